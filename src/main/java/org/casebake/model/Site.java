package org.casebake.model;

import org.casebake.config.SiteConfig;
import org.casebake.parse.RenderedText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything that will be published by one build, already filtered by status, drafts and audience:
 * whatever is in here may appear in the output, and nothing else may.
 *
 * <p>Immutable. Answers are indexed by case once, so pages can ask for a case's answers without
 * scanning every answer of the course.
 */
public final class Site {

    private final SiteConfig config;
    private final Audience audience;
    private final boolean withDrafts;
    private final List<CaseStudy> cases;
    private final List<StudentAnswer> answers;
    private final List<TeachingNote> teachingNotes;
    private final List<Comparison> comparisons;
    private final List<WithheldName> withheldNames;
    private final Map<String, List<StudentAnswer>> answersByCase;
    private final List<Attachment> attachments;
    private final boolean siteRootLinks;

    /**
     * @param config        the site settings
     * @param audience      who the build is for
     * @param withDrafts    true when drafts are included
     * @param cases         the published cases, newest first
     * @param answers       the published answers, by case then featured first then source path
     * @param teachingNotes the teaching notes (empty unless the audience is instructor)
     * @param comparisons   the published comparisons, by slug
     * @param withheldNames names the output must not contain
     * @param attachments   the files published bodies link to, by site path
     */
    public Site(SiteConfig config, Audience audience, boolean withDrafts, List<CaseStudy> cases,
                List<StudentAnswer> answers, List<TeachingNote> teachingNotes, List<Comparison> comparisons,
                List<WithheldName> withheldNames, List<Attachment> attachments) {
        this.config = config;
        this.audience = audience;
        this.withDrafts = withDrafts;
        this.cases = List.copyOf(cases);
        this.answers = List.copyOf(answers);
        this.teachingNotes = List.copyOf(teachingNotes);
        this.comparisons = List.copyOf(comparisons);
        this.withheldNames = List.copyOf(withheldNames);
        this.attachments = List.copyOf(attachments);
        this.siteRootLinks = Stream.of(this.cases.stream().map(CaseStudy::body), this.answers.stream().map(StudentAnswer::body),
                        this.teachingNotes.stream().map(TeachingNote::body), this.comparisons.stream().map(Comparison::intro))
                .flatMap(s -> s)
                .anyMatch(b -> !b.links().isEmpty() && b.html().contains(RenderedText.SITE_ROOT));
        Map<String, List<StudentAnswer>> byCase = new LinkedHashMap<>();
        for (StudentAnswer a : this.answers) {
            byCase.computeIfAbsent(a.caseSlug(), k -> new java.util.ArrayList<>()).add(a);
        }
        byCase.replaceAll((k, v) -> List.copyOf(v));
        this.answersByCase = Map.copyOf(byCase);
    }

    public SiteConfig config() {
        return config;
    }

    public Audience audience() {
        return audience;
    }

    public boolean withDrafts() {
        return withDrafts;
    }

    public List<CaseStudy> cases() {
        return cases;
    }

    public List<StudentAnswer> answers() {
        return answers;
    }

    public List<TeachingNote> teachingNotes() {
        return teachingNotes;
    }

    public List<Comparison> comparisons() {
        return comparisons;
    }

    public List<WithheldName> withheldNames() {
        return withheldNames;
    }

    /** The files published bodies link to or show, by site path: the only files from case folders in the output. */
    public List<Attachment> attachments() {
        return attachments;
    }

    /** True when a body links to a figure or page from the site root ({@link RenderedText#SITE_ROOT}). */
    public boolean hasSiteRootLinks() {
        return siteRootLinks;
    }

    /** The published answers to one case, in publishing order. */
    public List<StudentAnswer> answersTo(String caseSlug) {
        return answersByCase.getOrDefault(caseSlug, List.of());
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
