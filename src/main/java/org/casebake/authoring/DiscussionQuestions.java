package org.casebake.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casebake.problem.Problem;

/**
 * Files the posts of a board with one discussion per question under that question
 * ({@code --question-from}): by {@code discussion}, the discussions in the order they first appear take
 * the case's questions in order; by {@code subject}, a discussion whose opening subject names a question
 * ("Q2", "Question 2", or the question's id as a word) takes that one. Posts of a discussion that maps to
 * no question are filed under the default questions, with a warning.
 */
final class DiscussionQuestions {

    private static final Pattern NUMBERED = Pattern.compile("(?i)\\b(?:q|question)\\s*#?\\s*(\\d{1,3})\\b");

    /** How discussions map to questions. */
    enum Mode {
        SUBJECT, DISCUSSION;

        static Mode named(String name) throws UsageException {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "subject" -> SUBJECT;
                case "discussion" -> DISCUSSION;
                default -> throw new UsageException("unknown --question-from '" + name + "'",
                        "use subject (a discussion's subject names its question) or discussion (the first"
                                + " discussion answers q1, the second q2, ...)");
            };
        }
    }

    private final Map<String, List<String>> byDiscussion = new LinkedHashMap<>();

    /** Maps the discussions of {@code posts} to {@code caseQuestions}; problems go to {@code problems}. */
    DiscussionQuestions(Mode mode, List<BoardPost> posts, List<String> caseQuestions, String shown,
            List<Problem> problems) {
        Map<String, BoardPost> openings = openings(posts);
        int index = 0;
        for (Map.Entry<String, BoardPost> discussion : openings.entrySet()) {
            String question = mode == Mode.DISCUSSION
                    ? (index < caseQuestions.size() ? caseQuestions.get(index) : null)
                    : named(discussion.getValue().subject(), caseQuestions);
            index++;
            if (question == null) {
                BoardPost opening = discussion.getValue();
                problems.add(Problem.warning(shown, opening.line(), 0, "discussion "
                        + discussion.getKey() + " (" + FrontMatterWriter.quote(opening.subject()) + ") maps to no"
                        + " question; its posts are filed under all the questions chosen",
                        mode == Mode.DISCUSSION ? "the case has " + caseQuestions.size() + " questions for "
                                + openings.size() + " discussions"
                                : "name the question in the discussion's subject, e.g. \"Q2: ...\""));
            } else {
                byDiscussion.put(discussion.getKey(), List.of(question));
            }
        }
    }

    /** The questions a post answers: its discussion's, or {@code fallback}. */
    List<String> questionsOf(BoardPost post, List<String> fallback) {
        return byDiscussion.getOrDefault(post.discussion(), fallback);
    }

    /** Each discussion's opening post (the first that replies to nothing, else its first post), in order. */
    private static Map<String, BoardPost> openings(List<BoardPost> posts) {
        Map<String, BoardPost> openings = new LinkedHashMap<>();
        for (BoardPost post : posts) {
            BoardPost known = openings.get(post.discussion());
            if (known == null || (known.isReply() && !post.isReply())) {
                openings.put(post.discussion(), post);
            }
        }
        return openings;
    }

    private static String named(String subject, List<String> caseQuestions) {
        String bare = subject.replaceFirst("(?i)^(re:\\s*)+", "");
        for (String id : caseQuestions) {
            if (Pattern.compile("(?i)(?<![\\p{L}\\p{N}])" + Pattern.quote(id) + "(?![\\p{L}\\p{N}])").matcher(bare)
                    .find()) {
                return id;
            }
        }
        Matcher numbered = NUMBERED.matcher(bare);
        if (numbered.find()) {
            int n = Integer.parseInt(numbered.group(1));
            return n >= 1 && n <= caseQuestions.size() ? caseQuestions.get(n - 1) : null;
        }
        return null;
    }
}
