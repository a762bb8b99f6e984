package org.casebake.model;

import org.casebake.config.SiteConfig;

import java.util.List;
import java.util.Optional;

/**
 * Everything that will be published by one build, already filtered by status, drafts and audience:
 * whatever is in here may appear in the output, and nothing else may.
 *
 * @param config        the site settings
 * @param audience      who the build is for
 * @param withDrafts    true when drafts are included
 * @param cases         the published cases, newest first
 * @param answers       the published answers, by case then featured first then source path
 * @param teachingNotes the teaching notes (empty unless the audience is instructor)
 * @param comparisons   the published comparisons, by slug
 * @param withheldNames names the output must not contain
 */
public record Site(SiteConfig config, Audience audience, boolean withDrafts, List<CaseStudy> cases,
                   List<StudentAnswer> answers, List<TeachingNote> teachingNotes, List<Comparison> comparisons,
                   List<WithheldName> withheldNames) {

    public Site {
        cases = List.copyOf(cases);
        answers = List.copyOf(answers);
        teachingNotes = List.copyOf(teachingNotes);
        comparisons = List.copyOf(comparisons);
        withheldNames = List.copyOf(withheldNames);
    }

    /** The published answers to one case. */
    public List<StudentAnswer> answersTo(String caseSlug) {
        return answers.stream().filter(a -> a.caseSlug().equals(caseSlug)).toList();
    }

    /** The teaching note of a case, if published in this build. */
    public Optional<TeachingNote> teachingNote(String caseSlug) {
        return teachingNotes.stream().filter(n -> n.caseSlug().equals(caseSlug)).findFirst();
    }

    /** The comparisons an answer's case feeds. */
    public List<Comparison> comparisonsCovering(String caseSlug) {
        return comparisons.stream().filter(c -> c.covers(caseSlug)).toList();
    }
}
