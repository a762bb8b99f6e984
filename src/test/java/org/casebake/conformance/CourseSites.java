package org.casebake.conformance;

import org.casebake.bench.SyntheticCourse;
import org.casebake.testing.SiteFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The courses every page of which must be accessible and valid: the sample course, the fixture of
 * hostile answers, and a small generated course (the benchmark's generator: drafts, pending and
 * featured answers, a comparison over every case). Each is built as the student site.
 */
final class CourseSites {

    static final String SAMPLE = "sample";
    static final String HOSTILE = "hostile-answer";
    static final String GENERATED = "generated";
    static final List<String> NAMES = List.of(SAMPLE, HOSTILE, GENERATED);

    /** Enough cases and answers for every kind of page and several to a list; few, as axe takes a while a page. */
    private static final SyntheticCourse SMALL_COURSE = new SyntheticCourse(2, 4, SyntheticCourse.DEFAULT_SEED);

    private static final Pattern BASE_URL = Pattern.compile("(?m)^baseUrl:\\s*\"?([^\"\\s]+)");

    private CourseSites() {
    }

    /** A built course: its output folder, and the path of its {@code baseUrl}, where it is served. */
    record Built(Path output, String basePath) {
    }

    /** Builds the course called {@code name} in {@code work}. */
    static Built build(String name, Path work) {
        SiteFixture fixture = switch (name) {
            case SAMPLE -> SiteFixture.sample(work);
            case GENERATED -> SiteFixture.copyOf(generate(work.resolve("generated")), work);
            default -> SiteFixture.of(name, work);
        };
        fixture.build();
        Matcher baseUrl = BASE_URL.matcher(fixture.read("site-config.yml"));
        if (!baseUrl.find()) {
            throw new IllegalStateException(name + " has no baseUrl in its site-config.yml");
        }
        return new Built(fixture.output(), URI.create(baseUrl.group(1)).getPath());
    }

    private static Path generate(Path folder) {
        try {
            return SMALL_COURSE.writeTo(folder).root();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
