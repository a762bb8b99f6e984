package org.casebake.publish;

import org.casebake.model.WithheldName;
import org.casebake.model.OutputFile;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The last check before anything is written: no output file, by name or content, contains a
 * student's name that the privacy setting withholds, in any spelling a reader would recognise
 * (see {@link ReaderWords} for what is read, {@link NamePatterns} for what matches).
 *
 * <p>Each occurrence is reported where it can be fixed: at the line and column of the source file
 * (an answer, a case, a comparison, the settings) that contains the name. Only a name found in the
 * output and in none of those files (put there by the site's own templates, say) is reported at
 * the output file. A problem says whose name it is only as the privacy setting shows it ("C. S."),
 * never the name: build logs may be public.
 *
 * <p>Where names are looked for: one-word names only in text that content makes (the search
 * index's text of every page item, text and Markdown files, file paths, the settings and content
 * sources), since a one-word name is often a word that the theme itself uses ("Page"); names of
 * two or more words everywhere, except that the code of stylesheets and scripts is read as plain
 * text, not as markup.
 */
public final class PrivacyGuard {

    /** How many output files are reported for a name found in no source. */
    private static final int FILES_NAMED = 5;
    /** The search index's text, as the build hands it over: content only. */
    private static final String INDEX_TEXT = "search/index.js";

    private static final Set<String> MARKUP = Set.of("html", "htm", "xml", "svg", "xhtml");
    private static final Set<String> CONTENT_TEXT = Set.of("txt", "md");
    private static final Set<String> CODE = Set.of("js", "json", "css", "mjs");

    private final List<WithheldName> names;
    private final NamePatterns patterns;

    /** A guard for these names. */
    public PrivacyGuard(List<WithheldName> names) {
        this.names = List.copyOf(names);
        this.patterns = new NamePatterns(names);
    }

    /**
     * A source file that may put text into the output.
     *
     * @param path       as problems print it
     * @param text       its text
     * @param kind       how it is read
     * @param ignoreLine a line not to read (an answer's own {@code author:} line), or 0
     */
    public record Source(String path, String text, SourceKind kind, int ignoreLine) {
    }

    /** How a source is read. */
    public enum SourceKind {
        /** The site's settings: read in every check, every name, one-word names included. */
        SETTINGS,
        /** Markdown: every name, one-word names included; read only to place a name found in the output. */
        CONTENT,
        /** Templates, stylesheets, scripts: names of two or more words. */
        CODE
    }

    /** Reports every file that contains a withheld name. */
    public void check(List<OutputFile> files, ProblemCollector problems) {
        check(files, List.of(), "", problems, new CleanFiles());
    }

    /**
     * Reports every withheld name found in {@code files}, at the {@code sources} that contain it, or
     * else at the output files. Skips files that {@code clean} holds from an earlier check against
     * the same names, and remembers the files found clean this time (for {@code casebake serve},
     * whose rebuilds change few files).
     *
     * @param outputLabel what output paths are printed under ("target/site/"), ending in '/' or empty
     */
    public void check(List<OutputFile> files, List<Source> sources, String outputLabel, ProblemCollector problems,
                      CleanFiles clean) {
        if (patterns.isEmpty()) {
            return;
        }
        clean.startCheck(names);
        List<FileHits> checked = files.parallelStream().filter(f -> !clean.contains(f)).map(this::hits).toList();
        Set<Integer> leaked = new TreeSet<>();
        checked.forEach(h -> leaked.addAll(h.students().keySet()));
        List<SourceHit> inSources = new ArrayList<>(sources.stream().filter(s -> s.kind() == SourceKind.SETTINGS)
                .flatMap(s -> hits(s).stream()).toList());
        inSources.forEach(h -> leaked.add(h.student()));
        if (!leaked.isEmpty()) {
            inSources.addAll(sources.parallelStream().filter(s -> s.kind() != SourceKind.SETTINGS)
                    .flatMap(s -> hits(s).stream()).filter(h -> leaked.contains(h.student())).toList());
        }
        report(leaked, checked, inSources, outputLabel, problems);
        Set<OutputFile> flagged = Collections.newSetFromMap(new IdentityHashMap<>());
        checked.stream().filter(h -> !h.students().isEmpty()).forEach(h -> flagged.add(h.file()));
        clean.remember(files.stream().filter(f -> !flagged.contains(f)).toList());
    }

    private record FileHits(OutputFile file, Map<Integer, Integer> students) {
    }

    private record SourceHit(String path, int line, int column, int student) {
    }

    private FileHits hits(OutputFile file) {
        String path = file.path();
        Map<Integer, Integer> found = new TreeMap<>();
        Map<Integer, Integer> inPath = NameHits.in(patterns, path.getBytes(StandardCharsets.UTF_8), false, true);
        inPath.keySet().forEach(s -> found.put(s, -1));
        String ext = path.substring(path.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean markup = MARKUP.contains(ext);
        if (markup || CODE.contains(ext) || CONTENT_TEXT.contains(ext)) {
            boolean oneWord = path.equals(INDEX_TEXT) || CONTENT_TEXT.contains(ext);
            NameHits.in(patterns, file.bytes(), markup, oneWord).forEach(found::putIfAbsent);
        }
        return new FileHits(file, found);
    }

    private List<SourceHit> hits(Source source) {
        byte[] text = source.text().getBytes(StandardCharsets.UTF_8);
        NameHits.Positions positions = new NameHits.Positions(text);
        List<SourceHit> out = new ArrayList<>();
        NameHits.everyOccurrence(patterns, text, true, source.kind() != SourceKind.CODE, (student, offset) -> {
            int line = positions.line(offset);
            if (line != source.ignoreLine()) {
                out.add(new SourceHit(source.path(), line, positions.column(offset), student));
            }
        });
        return out;
    }

    private void report(Set<Integer> leaked, List<FileHits> checked, List<SourceHit> inSources, String outputLabel,
                        ProblemCollector problems) {
        Set<Integer> placed = new TreeSet<>();
        for (SourceHit hit : inSources.stream().distinct().sorted(Comparator.comparing(SourceHit::path)
                .thenComparingInt(SourceHit::line).thenComparingInt(SourceHit::column).thenComparingInt(SourceHit::student)).toList()) {
            placed.add(hit.student());
            problems.add(Problem.error(hit.path(), hit.line(), hit.column(),
                    "the name of the student shown as \"" + shownAs(hit.student()) + "\" appears here",
                    hint(hit.student())));
        }
        for (int student : leaked) {
            if (placed.contains(student)) {
                continue;
            }
            List<FileHits> where = checked.stream().filter(h -> h.students().containsKey(student))
                    .sorted(Comparator.comparing(h -> h.file().path())).toList();
            for (FileHits file : where.subList(0, Math.min(FILES_NAMED, where.size()))) {
                int offset = file.students().get(student);
                NameHits.Positions positions = new NameHits.Positions(file.file().bytes());
                boolean inPath = offset < 0;
                String more = where.size() > FILES_NAMED && file == where.get(FILES_NAMED - 1)
                        ? "; and in " + (where.size() - FILES_NAMED) + " more output files" : "";
                problems.add(Problem.error(outputLabel + file.file().path(), inPath ? 1 : positions.line(offset),
                        inPath ? 1 : positions.column(offset), "the name of the student shown as \"" + shownAs(student)
                                + "\" appears in this output file" + (inPath ? "'s name" : "")
                                + ", put there by no answer, case, comparison or setting (a template or a file of the site's assets?)",
                        hint(student) + more));
            }
        }
    }

    private String shownAs(int student) {
        return patterns.students.get(student).shownAs();
    }

    private String hint(int student) {
        return "the privacy setting withholds it: leave it out or write \"" + shownAs(student)
                + "\", or set privacy.studentNames: full";
    }
}
