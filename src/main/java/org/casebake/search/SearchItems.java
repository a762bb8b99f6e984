package org.casebake.search;

import org.casebake.model.CaseStudy;
import org.casebake.model.Comparison;
import org.casebake.model.OutputFile;
import org.casebake.model.Question;
import org.casebake.model.Site;
import org.casebake.model.StudentAnswer;
import org.casebake.model.TeachingNote;
import org.casebake.parse.RenderedText;
import org.casebake.parse.TextSection;
import org.casebake.render.SiteLinks;
import org.casebake.render.ThemeLabel;
import org.casebake.source.Memo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What readers can find: every published case, question, answer and comparison of a {@link Site}
 * (and, in the instructor's build, the teaching notes),
 * as search items. Built from the site model, so the search index can hold nothing the pages do
 * not (no pending answer, no teaching note, no name beyond what the privacy setting displays).
 */
public final class SearchItems {

    private SearchItems() {
    }

    /**
     * The items of a case (with its questions), an answer, a teaching note or a comparison, and all
     * they were made from: for an answer, the answer, its case's slug, title and questions, its
     * themes' labels and the links to where it is shown.
     */
    public record MadeItems(List<Object> inputs, List<SearchItem> items) {
    }

    /**
     * Every item of {@code site}, linked to the pages {@code links} (made for this site) addresses.
     * Each case's, answer's, teaching note's and comparison's items are taken from {@code made} (under
     * its kind and name, such as {@code answer:<anchor>}) when made from equal inputs, so that a rebuild hands the search index
     * and the guard the same item objects for everything that did not change, and they can recognise
     * those by identity.
     */
    public static List<SearchItem> of(Site site, SiteLinks links, Memo<String, MadeItems> made) {
        Map<String, CaseStudy> cases = site.cases().stream().collect(Collectors.toMap(CaseStudy::slug, Function.identity()));
        List<SearchItem> items = new ArrayList<>();
        for (CaseStudy c : site.cases()) {
            items.addAll(made(made, "case:" + c.slug(), List.of(c), () -> caseItems(c)));
        }
        // Thousands of answers on a large course, each on its own: made side by side, kept in site order.
        // Loops, not streams, inside: this runs for every answer on every rebuild.
        site.answers().parallelStream().map(a -> {
            CaseStudy c = cases.get(a.caseSlug());
            List<String> urls;
            if (a.parts().isEmpty()) {
                urls = List.of(links.answer(a));
            } else {
                urls = new ArrayList<>(a.parts().size());
                for (String id : a.parts().keySet()) {
                    urls.add(links.answerTo(a, id));
                }
            }
            List<String> themes = new ArrayList<>(a.themes().size());
            for (String theme : a.themes()) {
                themes.add(ThemeLabel.of(site.config(), theme));
            }
            return made(made, "answer:" + a.anchor(), List.of(a, c.slug(), c.title(), c.questions(), themes, urls),
                    () -> answerItems(a, c, urls, themes));
        }).toList().forEach(items::addAll);
        // Teaching notes are in the site only for the instructor's build, and so only in its index.
        for (TeachingNote note : site.teachingNotes()) {
            CaseStudy c = cases.get(note.caseSlug());
            items.addAll(made(made, "notes:" + c.slug(), List.of(note, ref(c)), () -> List.of(SearchItem.teachingNote(
                    "notes:" + c.slug(), SiteLinks.teachingNotes(c.slug()), note.title(), ref(c), sections(note.body().sections())))));
        }
        for (Comparison comparison : site.comparisons()) {
            Optional<SearchItem.CaseRef> single = comparison.caseSlugs().size() == 1
                    ? Optional.of(ref(cases.get(comparison.caseSlugs().get(0)))) : Optional.empty();
            items.addAll(made(made, "comparison:" + comparison.slug(), List.of(comparison, single),
                    () -> List.of(comparison(comparison, single))));
        }
        return items;
    }

    /** The items {@code made} holds under {@code key} if made from {@code inputs}, else those {@code make} makes, kept. */
    private static List<SearchItem> made(Memo<String, MadeItems> made, String key, List<Object> inputs,
                                         Supplier<List<SearchItem>> make) {
        return made.recall(key).filter(before -> before.inputs().equals(inputs))
                .orElseGet(() -> made.remember(key, new MadeItems(inputs, make.get()))).items();
    }

    /** A case's item and one for each of its questions. */
    private static List<SearchItem> caseItems(CaseStudy c) {
        List<SearchItem> items = new ArrayList<>();
        List<SearchSection> sections = new ArrayList<>();
        if (!c.summary().isEmpty()) {
            sections.add(new SearchSection("", "", c.summary()));
        }
        sections.addAll(sections(c.body().sections()));
        items.add(SearchItem.caseStudy("case:" + c.slug(), SiteLinks.caseStudy(c.slug()), ref(c), c.tags(), sections));
        for (Question q : c.questions()) {
            items.add(SearchItem.question("question:" + c.slug() + ":" + q.id(), SiteLinks.question(c.slug(), q.id()),
                    "Q" + q.number() + " · " + q.prompt(), ref(c), q.id(), label(q)));
        }
        return List.copyOf(items);
    }

    /** An answer's items: one, or one for each part, with {@code urls} the links to each. */
    private static List<SearchItem> answerItems(StudentAnswer a, CaseStudy c, List<String> urls, List<String> themes) {
        if (a.parts().isEmpty()) {
            return List.of(answer(a, c, "answer:" + a.anchor(), urls.get(0), a.questionIds(), themes, a.body().sections()));
        }
        // An answer in parts is found part by part, each where its page shows it; the first part also
        // stands for the questions the answer lists without a part of their own.
        List<SearchItem> items = new ArrayList<>();
        List<String> unparted = a.questionIds().stream().filter(id -> !a.parts().containsKey(id)).toList();
        for (Map.Entry<String, RenderedText> part : a.parts().entrySet()) {
            List<String> ids = new ArrayList<>(List.of(part.getKey()));
            if (items.isEmpty()) {
                ids.addAll(unparted);
            }
            ids.sort(Comparator.comparingInt(a.questionIds()::indexOf));
            items.add(answer(a, c, "answer:" + a.anchor() + ":" + part.getKey(), urls.get(items.size()), ids, themes,
                    part.getValue().sections()));
        }
        return items;
    }

    private static SearchItem answer(StudentAnswer a, CaseStudy c, String id, String url, List<String> questionIds,
            List<String> themes, List<TextSection> text) {
        List<Question> questions = questionIds.stream().map(q -> c.question(q).orElseThrow()).toList();
        return SearchItem.answer(id, url, "Answer by " + a.displayName(), ref(c), questionIds,
                questions.stream().map(SearchItems::label).toList(), themes, a.featured(), a.displayName(), sections(text));
    }

    private static SearchItem comparison(Comparison comparison, Optional<SearchItem.CaseRef> single) {
        List<SearchSection> sections = new ArrayList<>(sections(comparison.intro().sections()));
        for (Comparison.Dimension d : comparison.dimensions()) {
            String text = comparison.sides().stream()
                    .map(s -> s.label() + ": " + d.cells().getOrDefault(s.id(), ""))
                    .collect(Collectors.joining(" "));
            sections.add(new SearchSection(d.label(), "dim-" + d.id(), text));
        }
        return SearchItem.comparison("comparison:" + comparison.slug(), SiteLinks.comparison(comparison.slug()),
                comparison.title(), single, sections);
    }

    private static SearchItem.CaseRef ref(CaseStudy c) {
        return new SearchItem.CaseRef(c.slug(), c.title());
    }

    /** A question as filters and results name it: its number and the start of its prompt. */
    private static String label(Question q) {
        String prompt = q.prompt();
        int cut = prompt.lastIndexOf(' ', 60);
        String start = prompt.length() <= 64 ? prompt : prompt.substring(0, cut > 30 ? cut : 60) + "…";
        return "Q" + q.number() + " · " + start;
    }

    private static List<SearchSection> sections(List<TextSection> sections) {
        return sections.stream().map(s -> new SearchSection(s.heading(), s.anchor(), s.text())).toList();
    }

    /**
     * Whether the privacy guard reads {@code file} as the items' texts ({@link #asGuardedText}) instead
     * of its bytes: the search index's packed data, where short runs of letters occur by chance.
     */
    public static boolean isIndexData(OutputFile file) {
        return file.path().startsWith("search/") && file.path().endsWith(".js");
    }

    /**
     * The text of {@code item} as the privacy guard reads it, one file per item. {@code texts} may keep
     * each item's file from build to build (by the item's identity: see {@link #of}), so the guard can
     * tell an unchanged item from its bytes' identity.
     */
    public static OutputFile asGuardedText(SearchItem item, Memo<SearchItem, OutputFile> texts) {
        return texts.get(item, SearchItems::asText);
    }

    private static OutputFile asText(SearchItem item) {
        StringBuilder text = new StringBuilder();
        text.append(item.url()).append('\n').append(item.title()).append('\n')
                .append(item.ofCase().map(SearchItem.CaseRef::title).orElse("")).append('\n')
                .append(item.author().orElse("")).append('\n')
                .append(String.join("\n", item.questionLabels())).append('\n')
                .append(String.join("\n", item.themes())).append('\n')
                .append(String.join("\n", item.tags())).append('\n');
        item.sections().forEach(s -> text.append(s.heading()).append('\n').append(s.anchor()).append('\n')
                .append(s.text()).append('\n'));
        return new OutputFile("search/index.js", text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
