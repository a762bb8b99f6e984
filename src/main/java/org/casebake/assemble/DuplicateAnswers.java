package org.casebake.assemble;

import org.casebake.model.AnswerStatus;
import org.casebake.problem.Problem;
import org.casebake.validate.BoundAnswer;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Near-duplicate answers among the answers an instructor still publishes or may publish (curated and
 * pending; a rejected answer is already dealt with), compared by their text without the starter
 * file's comments. What {@code check}, {@code status} and the curation view report.
 */
public final class DuplicateAnswers {

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);

    private final NearDuplicates finder = new NearDuplicates();

    /** The pairs of near-duplicate answers among {@code answers}, in path order. */
    public List<NearDuplicates.Pair> among(List<BoundAnswer> answers) {
        return finder.among(answers.stream().filter(a -> a.status() != AnswerStatus.REJECTED)
                .map(a -> new NearDuplicates.Text(a.path(), COMMENT.matcher(a.body()).replaceAll(" "))).toList());
    }

    /** The warning for one pair, on the second file of the pair and naming the first. */
    public static Problem warning(NearDuplicates.Pair pair) {
        return Problem.warning(pair.second(), "this answer and " + pair.first() + " are near duplicates: "
                        + pair.percent() + "% of their 5-word passages are the same, " + pair.containedPercent()
                        + "% of the shorter one's, e.g. \"" + pair.overlap() + "\"",
                "check that each is the student's own work; reject the copy if the same text was posted twice");
    }
}
