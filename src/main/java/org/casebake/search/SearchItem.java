package org.casebake.search;

import java.util.List;
import java.util.Objects;

/**
 * One published thing a student can find: a case, a question, a curated answer or a comparison.
 *
 * @param id             a stable identifier, unique among all items of a site
 * @param type           what kind of item this is
 * @param url            the site-relative address (no leading slash), may end in {@code #anchor}
 * @param title          the title shown in results
 * @param caseSlug       the case the item belongs to, or null for a comparison of several cases
 * @param caseTitle      the title of that case, or null when caseSlug is null
 * @param questionIds    the ids of the questions the item belongs to (empty for cases and comparisons)
 * @param questionLabels the labels of those questions, in the same order
 * @param themes         the themes of an answer, as the site names them
 * @param tags           the tags of a case (a facet of their own: a case tag is not an answer's theme)
 * @param featured       whether the instructor featured the item
 * @param author         the display name the privacy setting allows (answers only), else null
 * @param sections       the searchable text, one block per heading
 */
public record SearchItem(String id, SearchItemType type, String url, String title, String caseSlug,
                         String caseTitle, List<String> questionIds, List<String> questionLabels,
                         List<String> themes, List<String> tags, boolean featured, String author, List<SearchSection> sections) {

    public SearchItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
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
    }
}
