package org.casebake.config;

import org.casebake.parse.YamlReader;
import org.casebake.problem.ProblemCollector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code site-config.yml} accepts as {@code baseUrl} and {@code language}, and the exact words
 * of each refusal. The problem fixtures show a few of these as a whole build; this is the full table.
 */
class SiteConfigCheckTest {

    @TempDir
    Path source;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.edu/~prof/mgmt301/ | https://example.edu/~prof/mgmt301/
            https://example.edu/~prof/mgmt301  | https://example.edu/~prof/mgmt301/
            https://example.edu                | https://example.edu/
            http://localhost:8080/c/           | http://localhost:8080/c/
            https://example.edu/a%20b/         | https://example.edu/a%20b/
            """)
    void acceptsAbsoluteHttpUrlsAndEndsThemWithASlash(String written, String used) throws IOException {
        SiteConfig config = load("baseUrl: \"" + written + "\"\n").orElseThrow();
        assertEquals(used, config.baseUrl());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            https://example.edu/c/?x=1      | baseUrl must not have a query ('?x=1') (page, sitemap and feed URLs are made by adding paths to baseUrl; remove '?x=1')
            https://example.edu/c/?         | baseUrl must not have a query ('?') (page, sitemap and feed URLs are made by adding paths to baseUrl; remove '?')
            https://example.edu/c/#top      | baseUrl must not have a fragment ('#top') (page, sitemap and feed URLs are made by adding paths to baseUrl; remove '#top')
            https://me@example.edu/c/       | baseUrl must not contain a user name or password (the URL is written into every page, the sitemap and the feed; remove what stands between '//' and '@')
            ftp://example.edu/c/            | baseUrl must start with https:// or http://, not 'ftp:' (for example https://example.edu/~prof/mgmt301/)
            file:///home/prof/site/         | baseUrl must start with https:// or http://, not 'file:' (for example https://example.edu/~prof/mgmt301/)
            HTTPS://example.edu/c/          | baseUrl must start with https:// or http://, not 'HTTPS:' (for example https://example.edu/~prof/mgmt301/)
            /~prof/mgmt301/                 | baseUrl must be an absolute URL starting with https:// or http://, not '/~prof/mgmt301/' (for example https://example.edu/~prof/mgmt301/)
            example.edu/c/                  | baseUrl must be an absolute URL starting with https:// or http://, not 'example.edu/c/' (for example https://example.edu/~prof/mgmt301/)
            https:///c/                     | baseUrl has no valid host name: 'https:///c/' (for example https://example.edu/~prof/mgmt301/)
            https:example.edu               | baseUrl has no valid host name: 'https:example.edu' (for example https://example.edu/~prof/mgmt301/)
            https://my_host.edu/c/          | baseUrl has no valid host name: 'https://my_host.edu/c/' (for example https://example.edu/~prof/mgmt301/)
            https://example.edu/my course/  | baseUrl must not contain white space: 'https://example.edu/my course/' (write a space as %20, or choose a path without spaces)
            https://example.edu/c/{x}/      | baseUrl is not a valid URL: 'https://example.edu/c/{x}/': illegal character in path at character 23 (for example https://example.edu/~prof/mgmt301/)
            https://example.edu/a/../c/     | baseUrl's path '/a/../c/' has empty, '.' or '..' segments (write it as '/c/')
            https://example.edu/./c/        | baseUrl's path '/./c/' has empty, '.' or '..' segments (write it as '/c/')
            https://example.edu//c//        | baseUrl's path '//c//' has empty, '.' or '..' segments (write it as '/c/')
            """)
    void refusesBaseUrlsThatWouldBreakPageSitemapOrFeedLinks(String written, String expected) throws IOException {
        assertEquals(List.of("site-config.yml:2:10: error: " + expected), problems("baseUrl: \"" + written + "\"\n"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "fr-CA", "pt-BR", "zh-Hant-TW", "de-CH-1996", "es-419", "EN-gb"})
    void acceptsWellFormedLanguageTags(String tag) throws IOException {
        assertEquals(tag, load("baseUrl: \"https://example.edu/\"\nlanguage: " + tag + "\n").orElseThrow().language());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            en_US    | language 'en_US' is not a well-formed BCP 47 tag (did you mean 'en-US'?)
            e        | language 'e' is not a well-formed BCP 47 tag (use a BCP 47 language tag such as en, de, fr, es or pt-BR)
            en-      | language 'en-' is not a well-formed BCP 47 tag (use a BCP 47 language tag such as en, de, fr, es or pt-BR)
            fr--CA   | language 'fr--CA' is not a well-formed BCP 47 tag (use a BCP 47 language tag such as en, de, fr, es or pt-BR)
            English  | language 'English' is a language's name, not its code (did you mean 'en'? use a BCP 47 language tag such as en, de, fr, es or pt-BR)
            deutsch  | language 'deutsch' is a language's name, not its code (did you mean 'de'? use a BCP 47 language tag such as en, de, fr, es or pt-BR)
            """)
    void refusesLanguagesThatAreNotWellFormedTags(String tag, String expected) throws IOException {
        assertEquals(List.of("site-config.yml:3:11: error: " + expected),
                problems("baseUrl: \"https://example.edu/\"\nlanguage: " + tag + "\n"));
    }

    @Test
    void aMissingSaltSaysHowToMakeOne() throws IOException {
        List<String> lines = problems("baseUrl: \"https://example.edu/\"\n", "");
        assertEquals(1, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("site-config.yml:1:1: error: privacy.salt is not set (under privacy:, add salt:"
                + " with a long random secret, e.g. what 'openssl rand -base64 24' prints;"), lines.get(0));
    }

    private Optional<SiteConfig> load(String settings) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        Optional<SiteConfig> config = load(settings, "privacy:\n  salt: \"test-salt\"\n", problems);
        assertEquals(List.of(), problems.report().formatLines());
        return config;
    }

    private List<String> problems(String settings) throws IOException {
        return problems(settings, "privacy:\n  salt: \"test-salt\"\n");
    }

    private List<String> problems(String settings, String privacy) throws IOException {
        ProblemCollector problems = new ProblemCollector();
        assertTrue(load(settings, privacy, problems).isEmpty(), "a refused configuration yields no SiteConfig");
        return problems.report().formatLines();
    }

    private Optional<SiteConfig> load(String settings, String privacy, ProblemCollector problems) throws IOException {
        Files.writeString(source.resolve("site-config.yml"), "title: \"Test\"\n" + settings + privacy, StandardCharsets.UTF_8);
        return new SiteConfigLoader(new YamlReader()).load(source, problems);
    }
}
