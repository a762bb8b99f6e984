package org.casebake.search;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One published thing a student can find: a case, a question, a curated answer, a comparison or a
 * teaching note. Build items with the factory of their type ({@link #caseStudy}, {@link #question},
 * {@link #answer}, {@link #teachingNote}, {@link #comparison}): each takes what its type has and
 * nothing else, and the constructor refuses an item whose values do not fit its type (an answer
 * without an author, a case with one, a question of no case, ...).
 *
 * @param id             a stable identifier, unique among all items of a site
 * @param type           what kind of item this is
 * @param url            the site-relative address (no leading slash), may end in {@code #anchor}
 * @param title          the title shown in results
 * @param ofCase         the case the item belongs to; empty only for a comparison of several cases
 * @param questionIds    the ids of the questions the item belongs to (one for a question, any for an answer)
 * @param questionLabels the labels of those questions, in the same order
 * @param themes         the themes of an answer, as the site names them
 * @param tags           the tags of a case (a facet of their own: a case tag is not an answer's theme)
 * @param featured       whether the instructor featured the answer
 * @param author         the display name the privacy setting allows; present for answers only
 * @param sections       the searchable text, one block per heading
 */
public record SearchItem(String id, SearchItemType type, String url, String title, Optional<CaseRef> ofCase,
                         List<String> questionIds, List<String> questionLabels, List<String> themes, List<String> tags,
                         boolean featured, Optional<String> author, List<SearchSection> sections) {

    /** The case an item belongs to, as filters and results name it. */
    public record CaseRef(String slug, String title) {

        public CaseRef {
            Objects.requireNonNull(slug, "slug");
            Objects.requireNonNull(title, "title");
        }
    }

    public SearchItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(ofCase, "ofCase");
        Objects.requireNonNull(author, "author");
        questionIds = List.copyOf(questionIds);
        questionLabels = List.copyOf(questionLabels);
        themes = List.copyOf(themes);
        tags = List.copyOf(tags);
        sections = List.copyOf(sections);
        if (questionIds.size() != questionLabels.size()) {
            throw new IllegalArgumentException("item " + id + ": " + questionIds.size() + " question ids but "
                    + questionLabels.size() + " labels");
        }
        if (url.startsWith("/") || url.contains("://")) {
            throw new IllegalArgumentException("item " + id + ": url must be site-relative: " + url);
        }
        requireFit(type, id, ofCase.isPresent(), questionIds.size(), themes.isEmpty() && !featured, tags.isEmpty(),
                author.isPresent());
    }

    /** A case: its own page, under its own title. */
    public static SearchItem caseStudy(String id, String url, CaseRef theCase, List<String> tags,
                                       List<SearchSection> sections) {
        return new SearchItem(id, SearchItemType.CASE, url, theCase.title(), Optional.of(theCase), List.of(), List.of(),
                List.of(), tags, false, Optional.empty(), sections);
    }

    /** A question of a case; its page's text is found through the case and the answers. */
    public static SearchItem question(String id, String url, String title, CaseRef theCase, String questionId,
                                      String questionLabel) {
        return new SearchItem(id, SearchItemType.QUESTION, url, title, Optional.of(theCase), List.of(questionId),
                List.of(questionLabel), List.of(), List.of(), false, Optional.empty(), List.of());
    }

    /** A published answer, under the name the privacy setting shows. */
    public static SearchItem answer(String id, String url, String title, CaseRef theCase, List<String> questionIds,
                                    List<String> questionLabels, List<String> themes, boolean featured, String author,
                                    List<SearchSection> sections) {
        return new SearchItem(id, SearchItemType.ANSWER, url, title, Optional.of(theCase), questionIds, questionLabels,
                themes, List.of(), featured, Optional.of(author), sections);
    }

    /** The teaching notes of a case (in the instructor's build only). */
    public static SearchItem teachingNote(String id, String url, String title, CaseRef theCase,
                                          List<SearchSection> sections) {
        return new SearchItem(id, SearchItemType.TEACHING_NOTE, url, title, Optional.of(theCase), List.of(), List.of(),
                List.of(), List.of(), false, Optional.empty(), sections);
    }

    /** A comparison; it belongs to a case only when it covers one case. */
    public static SearchItem comparison(String id, String url, String title, Optional<CaseRef> singleCase,
                                        List<SearchSection> sections) {
        return new SearchItem(id, SearchItemType.COMPARISON, url, title, singleCase, List.of(), List.of(), List.of(),
                List.of(), false, Optional.empty(), sections);
    }

    /** Refuses values that the type of item does not have, or a value it cannot do without. */
    private static void requireFit(SearchItemType type, String id, boolean ofCase, int questions, boolean plain,
                                   boolean untagged, boolean author) {
        boolean answer = type == SearchItemType.ANSWER;
        boolean question = type == SearchItemType.QUESTION;
        requireFit(ofCase || type == SearchItemType.COMPARISON, type, id, "needs its case");
        requireFit(author == answer, type, id, answer ? "needs its author" : "has no author");
        requireFit(plain || answer, type, id, "has no themes and is never featured");
        requireFit(untagged || type == SearchItemType.CASE, type, id, "has no tags");
        requireFit(question ? questions == 1 : questions == 0 || answer, type, id,
                question ? "belongs to one question" : "belongs to no question");
    }

    private static void requireFit(boolean fits, SearchItemType type, String id, String rule) {
        if (!fits) {
            throw new IllegalArgumentException("item " + id + ": a " + type + " item " + rule);
        }
    }
}
