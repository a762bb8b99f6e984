package org.casebake.build;

import org.casebake.assemble.NearDuplicates;
import org.casebake.problem.Problem;

import java.util.List;

/**
 * Where the curation of a course stands: per case, what {@code casebake status} lists, and the
 * near-duplicate answers of the whole course.
 *
 * @param cases          every case folder with a case or an answer, by slug
 * @param nearDuplicates pairs of curated or pending answers that share much of their wording
 * @param unreadable     how many files have problems of their own (listed by {@code casebake check})
 */
public record CourseStatus(List<CaseStatus> cases, List<NearDuplicates.Pair> nearDuplicates, int unreadable) {

    public CourseStatus {
        cases = List.copyOf(cases);
        nearDuplicates = List.copyOf(nearDuplicates);
    }

    /**
     * One case's curation.
     *
     * @param slug             the case folder
     * @param title            the case's title ("" when its index.md has problems)
     * @param curated          answers published
     * @param pending          answers waiting for the instructor
     * @param rejected         answers never published
     * @param pendingFiles     the pending answers' files
     * @param withoutThemes    curated answers with no theme
     * @param withoutPositions curated answers with no position, when a comparison covers the case (else empty)
     * @param staleQuotes      quotes of curated or pending answers that the answer does not contain
     */
    public record CaseStatus(String slug, String title, int curated, int pending, int rejected,
                             List<String> pendingFiles, List<String> withoutThemes, List<String> withoutPositions,
                             List<Problem> staleQuotes) {

        public CaseStatus {
            pendingFiles = List.copyOf(pendingFiles);
            withoutThemes = List.copyOf(withoutThemes);
            withoutPositions = List.copyOf(withoutPositions);
            staleQuotes = List.copyOf(staleQuotes);
        }
    }
}
