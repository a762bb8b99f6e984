package org.casebake.serve;

import org.casebake.model.BuildOptions;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How to run a live preview.
 *
 * @param source      the site folder (with site-config.yml and content/)
 * @param port        the loopback port; 0 for any free port
 * @param options     for whom the previewed site is built, and whether with drafts
 * @param quietPeriod how long the sources must be still before a rebuild starts
 */
public record PreviewSettings(Path source, int port, BuildOptions options, Duration quietPeriod) {

    /** The quiet period {@code casebake serve} uses: long enough to merge one save's writes, short enough not to notice. */
    public static final Duration DEFAULT_QUIET_PERIOD = Duration.ofMillis(50);

    public PreviewSettings {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(quietPeriod, "quietPeriod");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, not " + port);
        }
    }
}
