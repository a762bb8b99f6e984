package org.casebake.publish;

import org.casebake.model.WithheldName;
import org.casebake.model.OutputFile;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;

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

    /** The names this guard looks for. */
    public List<WithheldName> names() {
        return names;
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
        check(files, List.of(), "", problems, CleanFiles.none());
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
        Scan scan = scan(clean);
        IntStream.range(0, files.size()).parallel().forEach(i -> scan.read(files.get(i), i));
        scan.report(sources, outputLabel, problems);
    }

    /**
     * A check that reads output files one at a time, as the build produces them, and keeps of each
     * only where it found a name: a build need not hold its whole site in memory to be guarded.
     * What {@link Scan#report} reports is what {@link #check} reports for the same files.
     *
     * @param clean files found clean by an earlier check against the same names, skipped, and updated
     *              by {@link Scan#report} with the files found clean now
     */
    public Scan scan(CleanFiles clean) {
        return new Scan(clean);
    }

    /** One check of a site's output files; {@link #read} may be called from several threads at once. */
    public final class Scan {

        private final CleanFiles clean;
        private final Queue<FileHits> flagged = new ConcurrentLinkedQueue<>();
        private final Queue<OutputFile> cleanNow = new ConcurrentLinkedQueue<>();

        private Scan(CleanFiles clean) {
            this.clean = clean;
            if (!patterns.isEmpty()) {
                clean.startCheck(names);
            }
        }

        /** Reads one output file. */
        public void read(OutputFile file) {
            read(file, 0);
        }

        /**
         * Reads one of several output files with the same path (the search index's text, one per
         * item): among those, problems name the one of the lowest {@code order} first.
         */
        public void read(OutputFile file, int order) {
            if (patterns.isEmpty()) {
                return;
            }
            Optional<FileHits> hits = clean.contains(file) ? Optional.empty() : hits(file, order);
            hits.ifPresentOrElse(flagged::add, () -> {
                if (clean.keeping()) {
                    cleanNow.add(file);
                }
            });
        }

        /** Reports what the files read contain, at the {@code sources} that contain it or else at the files. */
        public void report(List<Source> sources, String outputLabel, ProblemCollector problems) {
            if (patterns.isEmpty()) {
                return;
            }
            List<FileHits> checked = flagged.stream().sorted(Comparator.comparing(FileHits::path)
                    .thenComparingInt(FileHits::order)).toList();
            Set<Integer> leaked = new TreeSet<>();
            checked.forEach(h -> leaked.addAll(h.students().keySet()));
            List<SourceHit> inSources = new ArrayList<>(sources.stream().filter(s -> s.kind() == SourceKind.SETTINGS)
                    .flatMap(s -> hits(s).stream()).toList());
            inSources.forEach(h -> leaked.add(h.student()));
            if (!leaked.isEmpty()) {
                inSources.addAll(sources.parallelStream().filter(s -> s.kind() != SourceKind.SETTINGS)
                        .flatMap(s -> hits(s).stream()).filter(h -> leaked.contains(h.student())).toList());
            }
            PrivacyGuard.this.report(leaked, checked, inSources, outputLabel, problems);
            clean.remember(List.copyOf(cleanNow));
        }
    }

    /** Where a file holds each student's name: the first place, or {@link Spot#IN_PATH}. */
    private record FileHits(String path, int order, Map<Integer, Spot> students) {
    }

    /** A line and column of a file, or its path. */
    private record Spot(int line, int column) {
        static final Spot IN_PATH = new Spot(-1, -1);

        boolean inPath() {
            return line < 0;
        }
    }

    private record SourceHit(String path, int line, int column, int student) {
    }

    /** The names in {@code file}, empty when it has none. */
    private Optional<FileHits> hits(OutputFile file, int order) {
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
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NameHits.Positions positions = new NameHits.Positions(file.bytes());
        Map<Integer, Spot> spots = new TreeMap<>();
        found.forEach((student, offset) -> spots.put(student,
                offset < 0 ? Spot.IN_PATH : new Spot(positions.line(offset), positions.column(offset))));
        return Optional.of(new FileHits(path, order, spots));
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
            List<FileHits> where = checked.stream().filter(h -> h.students().containsKey(student)).toList();
            for (FileHits file : where.subList(0, Math.min(FILES_NAMED, where.size()))) {
                Spot spot = file.students().get(student);
                boolean inPath = spot.inPath();
                String more = where.size() > FILES_NAMED && file == where.get(FILES_NAMED - 1)
                        ? "; and in " + (where.size() - FILES_NAMED) + " more output files" : "";
                problems.add(Problem.error(outputLabel + file.path(), inPath ? 1 : spot.line(),
                        inPath ? 1 : spot.column(), "the name of the student shown as \"" + shownAs(student)
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
