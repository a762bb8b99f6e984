package org.casebake.config;

import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;
import org.casebake.problem.Suggestions;
import org.casebake.source.SiteFolder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the {@link Messages} of a course's language. The texts of a key are looked for from the
 * most specific language to English: for {@code language: de-CH}, the course's
 * {@code messages/de-CH.properties}, Casebake's own {@code de-CH} texts, the course's
 * {@code messages/de.properties}, Casebake's {@code de} texts, the course's
 * {@code messages/en.properties}, and Casebake's English texts, which have every key.
 *
 * <p>A course's files are untrusted input read as plain text: a text is never template code. What is
 * wrong with them is a warning, so that a course still builds: a key Casebake does not know
 * (unless it starts with {@code course.}, the course's own), a placeholder the text will never be
 * given, a date pattern that is not one, a file in {@code messages/} that is never read, and every
 * key the course's language has no text for, which pages show in English.
 */
public final class MessagesLoader {

    /** The course's folder of messages files, relative to the source folder. */
    public static final String FOLDER = "messages";

    /** The extension of a messages file. */
    public static final String EXTENSION = ".properties";

    /** The language whose built-in texts have every key. */
    public static final String ENGLISH = "en";

    /** Where the built-in files are on the class path. */
    private static final String BUILT_IN = "/casebake-theme/messages/";

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    /** Up to this many missing keys are listed one warning each; more are listed in one warning. */
    private static final int LISTED_ONE_BY_ONE = 20;

    /** The key of the date pattern, checked as one. */
    static final String DATE_PATTERN = "date.pattern";

    /** The texts of {@code language}, with what is wrong with the course's files added to {@code problems}. */
    public Messages load(Path sourceRoot, String language, ProblemCollector problems) {
        List<String> chain = chain(language);
        Map<String, String> english = english().texts();
        Map<String, SiteFolder.Entry> courseFiles = courseFiles(sourceRoot, chain, language, problems);
        SortedMap<String, String> texts = new TreeMap<>(english);
        Map<String, String> origin = new HashMap<>();
        english.keySet().forEach(key -> origin.put(key, ENGLISH));
        for (int i = chain.size() - 1; i >= 0; i--) {
            String tag = chain.get(i);
            if (!tag.equals(ENGLISH)) {
                builtIn(tag).ifPresent(entries -> entries.forEach(e -> {
                    texts.put(e.key(), e.text());
                    origin.put(e.key(), tag);
                }));
            }
            SiteFolder.Entry file = courseFiles.get(tag.toLowerCase(Locale.ROOT));
            if (file != null) {
                for (MessagesFile.Entry e : courseEntries(file, english, problems)) {
                    texts.put(e.key(), e.text());
                    origin.put(e.key(), tag);
                }
            }
        }
        reportMissing(chain, english, origin, courseFiles, problems);
        return new Messages(language, texts);
    }

    /** Casebake's own English texts, as a course without texts of its own in English sees them. */
    public static Messages english() {
        return new Messages(ENGLISH, texts(builtIn(ENGLISH).orElseThrow(() -> new IllegalStateException("no built-in English texts"))));
    }

    /**
     * The tags to look for, most specific first, always ending in English: {@code de-CH} gives
     * {@code de-CH, de, en}; {@code zh-Hant-TW} gives {@code zh-Hant-TW, zh-Hant, zh, en}.
     */
    static List<String> chain(String language) {
        List<String> chain = new ArrayList<>();
        String tag = canonical(language).orElse(ENGLISH);
        while (!tag.isEmpty()) {
            chain.add(tag);
            int dash = tag.lastIndexOf('-');
            tag = dash < 0 ? "" : tag.substring(0, dash);
        }
        if (!chain.contains(ENGLISH)) {
            chain.add(ENGLISH);
        }
        return List.copyOf(chain);
    }

    private static Optional<String> canonical(String tag) {
        try {
            return Optional.of(new Locale.Builder().setLanguageTag(tag).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
            return Optional.empty();
        }
    }

    /** The course's messages files by lower-case tag; files that are never read are reported. */
    private static Map<String, SiteFolder.Entry> courseFiles(Path sourceRoot, List<String> chain, String language,
                                                             ProblemCollector problems) {
        Set<String> wanted = new HashSet<>();
        chain.forEach(tag -> wanted.add(tag.toLowerCase(Locale.ROOT)));
        Map<String, SiteFolder.Entry> files = new HashMap<>();
        for (SiteFolder.Entry entry : SiteFolder.of(sourceRoot).files(FOLDER, problems)) {
            String name = entry.path().substring(FOLDER.length() + 1);
            Optional<String> tag = name.endsWith(EXTENSION) && !name.contains("/")
                    ? canonical(name.substring(0, name.length() - EXTENSION.length())) : Optional.empty();
            if (tag.isEmpty()) {
                problems.add(Problem.warning(entry.path(), "not a messages file, so it is not read",
                        "name a messages file after its language, such as messages/de.properties or messages/de-CH.properties"));
            } else if (!wanted.contains(tag.get().toLowerCase(Locale.ROOT))) {
                if (isCasebakesOwn(tag.get(), entry)) {
                    continue;
                }
                problems.add(Problem.warning(entry.path(), "not read: the course's language is '" + language + "'",
                        "site-config.yml's language chooses the messages file; this one would be read for " + tag.get()));
            } else {
                files.put(tag.get().toLowerCase(Locale.ROOT), entry);
            }
        }
        return files;
    }

    /** The usable entries of a course's file; the others are reported and left out. */
    private static List<MessagesFile.Entry> courseEntries(SiteFolder.Entry file, Map<String, String> english,
                                                          ProblemCollector problems) {
        String text;
        try {
            text = utf8(SiteFolder.read(file));
        } catch (CharacterCodingException e) {
            problems.add(Problem.warning(file.path(), "not UTF-8, so it is not read", "save it as UTF-8"));
            return List.of();
        } catch (IOException e) {
            problems.add(Problem.warning(file.path(), "cannot read: " + e.getMessage(), null));
            return List.of();
        }
        List<MessagesFile.Entry> usable = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MessagesFile.Entry e : MessagesFile.parse(text, file.path(), problems)) {
            Optional<String> fault = fault(e, english);
            if (!seen.add(e.key())) {
                warn(problems, file, e, "'" + e.key() + "' is set twice", "the later line is used; delete the other");
            }
            if (fault.isPresent()) {
                warn(problems, file, e, fault.get(), hint(e, english));
            } else {
                usable.add(e);
            }
        }
        return usable;
    }

    /** What makes an entry of a course's file unusable, if anything. */
    private static Optional<String> fault(MessagesFile.Entry e, Map<String, String> english) {
        String key = e.key();
        if (key.startsWith(Messages.COURSE_PREFIX)) {
            return Optional.empty();
        }
        if (!english.containsKey(key)) {
            return Optional.of("unknown message key '" + key + "'");
        }
        int given = placeholderCount(english.get(key));
        Matcher m = PLACEHOLDER.matcher(e.text());
        while (m.find()) {
            if (m.group(1).length() > 2 || Integer.parseInt(m.group(1)) >= given) {
                return Optional.of("'" + key + "' has no value for " + m.group() + ", so this text is not used");
            }
        }
        if (key.equals(DATE_PATTERN)) {
            try {
                DateTimeFormatter.ofPattern(e.text());
            } catch (IllegalArgumentException bad) {
                return Optional.of("'" + e.text() + "' is not a date pattern, so it is not used");
            }
        }
        return Optional.empty();
    }

    private static String hint(MessagesFile.Entry e, Map<String, String> english) {
        if (!english.containsKey(e.key())) {
            return Suggestions.didYouMean(e.key(), english.keySet()).map(k -> "did you mean '" + k + "'? ").orElse("")
                    + "the line is ignored; a course's own keys for its templates start with " + Messages.COURSE_PREFIX;
        }
        if (e.key().equals(DATE_PATTERN)) {
            return "letters as in java.time.format.DateTimeFormatter, such as d MMMM yyyy; text in single quotes";
        }
        int given = placeholderCount(english.get(e.key()));
        return given == 0 ? "this text takes no placeholders" : "placeholders run from {0} to {" + (given - 1) + "}";
    }

    /** How many arguments a text is given: one more than its highest placeholder. */
    static int placeholderCount(String text) {
        int count = 0;
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (m.group(1).length() <= 2) {
                count = Math.max(count, Integer.parseInt(m.group(1)) + 1);
            }
        }
        return count;
    }

    /**
     * Every key the course's language has no text for is shown in English: listed, key by key, at
     * the course's most specific file; when the course has none and Casebake knows the language not
     * at all, said once.
     */
    private static void reportMissing(List<String> chain, Map<String, String> english, Map<String, String> origin,
                                      Map<String, SiteFolder.Entry> courseFiles, ProblemCollector problems) {
        String primary = Locale.forLanguageTag(chain.get(0)).getLanguage();
        if (primary.equals(ENGLISH)) {
            return;
        }
        Set<String> missing = new TreeSet<>();
        english.keySet().stream().filter(key -> origin.get(key).equals(ENGLISH)).forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        Optional<SiteFolder.Entry> file = chain.stream().filter(tag -> !tag.equals(ENGLISH))
                .map(tag -> courseFiles.get(tag.toLowerCase(Locale.ROOT))).filter(f -> f != null).findFirst();
        if (file.isEmpty()) {
            problems.add(Problem.warning(SiteConfigLoader.FILE_NAME, "Casebake has no texts in '" + chain.get(0)
                            + "': pages show " + missing.size() + " English texts such as '" + english.get(missing.iterator().next()) + "'",
                    "translate them in messages/" + primary + EXTENSION + " (copy Casebake's messages/en.properties; see docs/messages.md)"));
            return;
        }
        if (missing.size() > LISTED_ONE_BY_ONE) {
            problems.add(Problem.warning(file.get().path(), "no text for " + missing.size() + " keys, which pages show in English: "
                    + String.join(", ", missing), "add a line 'key = text' for each; Casebake's messages/en.properties has them all"));
            return;
        }
        for (String key : missing) {
            problems.add(Problem.warning(file.get().path(), "no text for '" + key + "': the English '" + english.get(key) + "' is shown",
                    "add the line: " + key + " = ..."));
        }
    }

    private static void warn(ProblemCollector problems, SiteFolder.Entry file, MessagesFile.Entry e, String message, String hint) {
        problems.add(Problem.warning(file.path(), e.line(), e.column(), message, hint));
    }

    /**
     * Whether a course file is an unchanged copy of Casebake's own texts (as in the sample course, or a
     * course that copied them to edit later): for another language than the course's, it is no mistake.
     */
    private static boolean isCasebakesOwn(String tag, SiteFolder.Entry entry) {
        try {
            Optional<byte[]> own = builtInBytes(tag);
            return own.isPresent() && java.util.Arrays.equals(own.get(), java.nio.file.Files.readAllBytes(entry.file()));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** Casebake's own texts in {@code tag}, if it has them. */
    private static Optional<List<MessagesFile.Entry>> builtIn(String tag) {
        try {
            Optional<byte[]> own = builtInBytes(tag);
            return own.isEmpty() ? Optional.empty()
                    : Optional.of(MessagesFile.parse(utf8(own.get()), "messages/" + tag + EXTENSION, new ProblemCollector()));
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes of Casebake's own messages file for {@code tag}, if it has one. */
    private static Optional<byte[]> builtInBytes(String tag) {
        try (InputStream in = MessagesLoader.class.getResourceAsStream(BUILT_IN + tag + EXTENSION)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortedMap<String, String> texts(List<MessagesFile.Entry> entries) {
        SortedMap<String, String> texts = new TreeMap<>();
        entries.forEach(e -> texts.put(e.key(), e.text()));
        return texts;
    }

    private static String utf8(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
