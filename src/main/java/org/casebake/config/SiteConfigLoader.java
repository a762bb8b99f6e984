package org.casebake.config;

import org.casebake.parse.Fields;
import org.casebake.parse.YamlNode;
import org.casebake.parse.YamlReader;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.SiteFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Loads {@code site-config.yml} from the source folder into a {@link SiteConfig}. Unknown keys are
 * errors with a "did you mean", as in front matter: a misspelt {@code privacy} block must not fall
 * back to publishing full names.
 */
public final class SiteConfigLoader {

    /** The file name, relative to the source folder. */
    public static final String FILE_NAME = "site-config.yml";

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final YamlReader yaml;

    /** A loader that reads YAML with the given reader. */
    public SiteConfigLoader(YamlReader yaml) {
        this.yaml = yaml;
    }

    /** Loads the configuration; empty when a problem was reported. */
    public Optional<SiteConfig> load(Path sourceRoot, ProblemCollector problems) {
        int linkErrors = problems.errorCount();
        Optional<SiteFolder.Entry> file = SiteFolder.of(sourceRoot).file(FILE_NAME, problems);
        if (problems.errorCount() > linkErrors) {
            return Optional.empty();
        }
        if (file.isEmpty()) {
            problems.error(FILE_NAME, "missing site configuration",
                    "create site-config.yml in " + sourceRoot.toAbsolutePath().normalize() + " with at least title and baseUrl");
            return Optional.empty();
        }
        String text;
        try {
            text = new String(SiteFolder.read(file.get()), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            problems.error(FILE_NAME, "cannot read: " + e.getMessage(), null);
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int errorsBefore = problems.errorCount();
        Optional<YamlNode> root = yaml.read(text, FILE_NAME, 1, problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        if (root.isEmpty() || !(root.get() instanceof YamlNode.Mapping mapping)) {
            problems.error(FILE_NAME, 1, 1, "site-config.yml must contain settings ('name: value')", "at least title and baseUrl");
            return Optional.empty();
        }
        Fields fields = new Fields(FILE_NAME, "", mapping, problems);
        SiteConfig config = bind(fields);
        return problems.errorCount() > errorsBefore ? Optional.empty() : Optional.of(config);
    }

    private static SiteConfig bind(Fields fields) {
        String title = fields.text("title", true).orElse("");
        String description = fields.text("description", false).orElse("");
        String baseUrl = fields.text("baseUrl", true).map(url -> checkBaseUrl(url, fields)).orElse("https://example.invalid/");
        String language = fields.text("language", false).map(tag -> checkLanguage(tag, fields)).orElse("en");
        SiteConfig.Course course = fields.mapping("course", false).map(SiteConfigLoader::course)
                .orElse(new SiteConfig.Course("", "", "", ""));
        SiteConfig.Privacy privacy = fields.mapping("privacy", false).map(SiteConfigLoader::privacy)
                .orElse(new SiteConfig.Privacy(SiteConfig.NameStyle.INITIALS, ""));
        Map<String, String> themes = fields.mapping("themes", false).map(SiteConfigLoader::themes).orElse(Map.of());
        fields.rejectUnknown();
        if (privacy.studentNames() != SiteConfig.NameStyle.FULL && privacy.salt().isBlank()) {
            // Answer anchors (and pseudonyms) are hashes of the answer's file path; answer files are
            // often named after students, so without a secret the hash could be matched to a class list.
            int[] at = fields.positionOf("privacy");
            fields.problems().error(FILE_NAME, at[0], at[1], "privacy.salt is not set",
                    "under privacy:, add salt: with a long random secret, e.g. what 'openssl rand -base64 24' prints;"
                            + " casebake init writes one for a new course. Answer anchors and pseudonyms are derived from it so they"
                            + " cannot be traced back to students");
        }
        return new SiteConfig(title, description, baseUrl, language, course, privacy, themes);
    }

    private static String checkBaseUrl(String url, Fields fields) {
        BaseUrlChecker.faults(url).forEach(fault -> fields.error("baseUrl", fault.message(), fault.hint()));
        return BaseUrlChecker.withTrailingSlash(url);
    }

    private static String checkLanguage(String tag, Fields fields) {
        LanguageTagChecker.fault(tag).ifPresent(fault -> fields.error("language", fault.message(), fault.hint()));
        return tag;
    }

    private static SiteConfig.Course course(Fields f) {
        SiteConfig.Course course = new SiteConfig.Course(f.text("code", false).orElse(""), f.text("name", false).orElse(""),
                f.text("term", false).orElse(""), f.text("instructor", false).orElse(""), f.textList("staff", false));
        f.rejectUnknown();
        return course;
    }

    private static SiteConfig.Privacy privacy(Fields f) {
        List<String> words = Arrays.stream(SiteConfig.NameStyle.values()).map(SiteConfig.NameStyle::word).toList();
        SiteConfig.NameStyle style = f.choice("studentNames", words, SiteConfigLoader::style, SiteConfig.NameStyle.INITIALS)
                .orElse(SiteConfig.NameStyle.INITIALS);
        String salt = f.text("salt", false).orElse("");
        f.rejectUnknown();
        return new SiteConfig.Privacy(style, salt);
    }

    private static SiteConfig.NameStyle style(String word) {
        return Arrays.stream(SiteConfig.NameStyle.values()).filter(s -> s.word().equals(word)).findFirst().orElseThrow();
    }

    private static Map<String, String> themes(Fields f) {
        Map<String, String> themes = new TreeMap<>();
        for (YamlNode.Entry entry : f.entries()) {
            if (!SLUG.matcher(entry.key()).matches()) {
                f.error(entry.key(), "theme slug '" + entry.key() + "' must be lower-case letters, digits and hyphens",
                        "for example open-source");
            } else if (entry.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) {
                themes.put(entry.key(), s.text().strip());
            } else {
                f.error(entry.key(), "theme '" + entry.key() + "' needs a label", "for example " + entry.key() + ": \"Open source\"");
            }
        }
        return themes;
    }
}
