package org.casebake.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * What the build wrote into {@code casebake.properties}: Casebake's version, the Git commit it was
 * built from, and the repository whose releases publish it. A value the build could not fill in
 * (a build from a source archive has no commit) reads as the fallback, never as {@code ${...}}.
 *
 * @param version    e.g. {@code 0.1.0}
 * @param commit     the full commit id, or {@code unknown}
 * @param modified   true when the work tree had uncommitted changes at build time
 * @param repository the GitHub repository as {@code owner/name}
 */
public record BuildStamp(String version, String commit, boolean modified, String repository) {

    /** The commit of a build made without Git. */
    public static final String UNKNOWN = "unknown";

    /** The stamp of the running Casebake. */
    public static BuildStamp current() {
        Properties props = new Properties();
        try (InputStream in = BuildStamp.class.getResourceAsStream("casebake.properties")) {
            if (in != null) {
                props.load(in);
            }
        } catch (IOException e) {
            // Same as a build that wrote nothing: every value falls back.
        }
        return of(props);
    }

    /** The stamp from the properties as the build filtered them. */
    public static BuildStamp of(Properties props) {
        // The build writes the commit as git describe prints it: a '+' at the end marks uncommitted changes.
        String described = value(props, "commit", UNKNOWN);
        boolean modified = described.endsWith("+");
        String commit = modified ? described.substring(0, described.length() - 1) : described;
        return new BuildStamp(value(props, "version", "dev"), commit.matches("[0-9a-f]{7,64}") ? commit : UNKNOWN,
                modified, value(props, "repository", "casebake/casebake"));
    }

    /** One line for {@code --version}: {@code Casebake 0.1.0 (commit 1a2b…)}. */
    public String describe() {
        return "Casebake " + version + " (commit " + commit + (modified ? ", with uncommitted changes" : "") + ")";
    }

    /**
     * What a build cache's files are keyed by: this stamp and, as a version or commit does not
     * change with every build of the code (uncommitted changes, a build without Git), the size and
     * modification time of the jar or classes folder Casebake runs from.
     */
    public String codeIdentity() {
        StringBuilder identity = new StringBuilder(describe());
        try {
            Path code = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            identity.append('|').append(code).append('|').append(Files.size(code)).append('|')
                    .append(Files.getLastModifiedTime(code).toMillis());
        } catch (IOException | URISyntaxException | RuntimeException e) {
            // Code from nowhere readable: the stamp alone.
        }
        return identity.toString();
    }

    private static String value(Properties props, String key, String fallback) {
        String value = props.getProperty(key, "").strip();
        return value.isEmpty() || value.startsWith("${") ? fallback : value;
    }
}
