package org.casebake.build;

import org.casebake.problem.ProblemCollector;
import org.casebake.render.SiteRenderer;
import org.casebake.source.SiteFolder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Supplies a build with its theme and template engine: a fresh one per build, or, for long-running
 * callers ({@code casebake serve}), the one kept from the last build while the site's
 * {@code templates/} stay byte for byte the same, so templates are not copied and parsed again on
 * every rebuild.
 */
final class PreparedThemes implements AutoCloseable {

    /** A theme with the renderer that reads its templates. */
    record Prepared(Path source, Optional<String> templates, Theme theme, SiteRenderer renderer) {
    }

    private final boolean keep;
    private final String version;
    private Prepared kept;

    PreparedThemes(boolean keep, String version) {
        this.keep = keep;
        this.version = version;
    }

    /** The theme for a build of {@code source}. */
    Prepared take(Path source) {
        Optional<String> templates = keep ? templatesDigest(source) : Optional.empty();
        if (kept != null && kept.source().equals(source) && templates.isPresent() && kept.templates().equals(templates)) {
            return kept;
        }
        close();
        Theme theme = Theme.prepare(source);
        Prepared prepared = new Prepared(source, templates, theme,
                new SiteRenderer(source, theme.templateFolder(), theme::describe, version, keep));
        if (keep) {
            kept = prepared;
        }
        return prepared;
    }

    /** Ends a build's use of its theme: deleted now unless it is kept for the next build. */
    void release(Prepared prepared) {
        if (!keep) {
            prepared.theme().close();
        }
    }

    /** Deletes the kept theme's temporary folder, if any. */
    @Override
    public void close() {
        if (kept != null) {
            kept.theme().close();
            kept = null;
        }
    }

    /** The SHA-256 of the site's template files, names and contents; empty if they cannot be read. */
    private static Optional<String> templatesDigest(Path source) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            // Links that may not be followed are left out, as the theme leaves them out.
            for (SiteFolder.Entry file : SiteFolder.of(source).files("templates", new ProblemCollector())) {
                byte[] name = file.path().getBytes(StandardCharsets.UTF_8);
                byte[] content = SiteFolder.read(file);
                sha.update(ByteBuffer.allocate(16).putLong(name.length).putLong(content.length).array());
                sha.update(name);
                sha.update(content);
            }
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException | UncheckedIOException e) {
            // Unreadable now (a file being replaced, say): prepare the theme afresh.
            return Optional.empty();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
