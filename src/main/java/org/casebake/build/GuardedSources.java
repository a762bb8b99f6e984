package org.casebake.build;

import org.casebake.config.SiteConfigLoader;
import org.casebake.model.Site;
import org.casebake.publish.PrivacyGuard;
import org.casebake.source.SourceFile;
import org.casebake.source.SourceKind;
import org.casebake.source.SourceSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The source files whose text a build publishes, for the privacy guard to say where a withheld
 * name was written: the settings, and the published cases, answers, comparisons and (in the
 * instructor's build) teaching notes. An answer's own {@code author:} line is left out: it is the
 * name the setting replaces.
 */
final class GuardedSources {

    private GuardedSources() {
    }

    static List<PrivacyGuard.Source> of(Site site, SourceSet sources, Path root) {
        Set<String> published = new HashSet<>();
        site.cases().forEach(c -> published.add(c.sourcePath()));
        site.answers().forEach(a -> published.add(a.sourcePath()));
        site.comparisons().forEach(c -> published.add(c.sourcePath()));
        site.teachingNotes().forEach(n -> published.add(n.sourcePath()));
        List<PrivacyGuard.Source> out = new ArrayList<>();
        settings(root).ifPresent(out::add);
        for (SourceFile file : sources.sources()) {
            if (published.contains(file.path())) {
                out.add(new PrivacyGuard.Source(file.path(), file.text(), PrivacyGuard.SourceKind.CONTENT,
                        file.kind() == SourceKind.ANSWER ? authorLine(file.text()) : 0));
            }
        }
        return out;
    }

    private static java.util.Optional<PrivacyGuard.Source> settings(Path root) {
        try {
            String text = Files.readString(root.resolve(SiteConfigLoader.FILE_NAME), StandardCharsets.UTF_8);
            text = text.replace("\r\n", "\n").replace('\r', '\n');
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return java.util.Optional.of(new PrivacyGuard.Source(SiteConfigLoader.FILE_NAME, text,
                    PrivacyGuard.SourceKind.SETTINGS, 0));
        } catch (IOException | RuntimeException e) {
            // The settings loaded a moment ago; a file that cannot be read now has nothing to place.
            return java.util.Optional.empty();
        }
    }

    /** The line of the front matter's {@code author:} field, or 0. Reads no further than the front matter. */
    static int authorLine(String text) {
        int line = 1;
        for (int start = 0; start <= text.length(); line++) {
            int end = text.indexOf('\n', start);
            int rowEnd = end < 0 ? text.length() : end;
            if (text.startsWith("author:", start)) {
                return line;
            }
            if (line > 1 && rowEnd - start == 3 && text.startsWith("---", start)) {
                return 0;
            }
            if (end < 0) {
                return 0;
            }
            start = end + 1;
        }
        return 0;
    }
}
