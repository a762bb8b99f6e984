package org.casebake.cli;

import org.casebake.model.Audience;
import org.casebake.model.BuildOptions;
import org.casebake.serve.LivePreview;
import org.casebake.serve.PreviewSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code casebake serve}: previews the site on this computer and rebuilds it as sources change. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Preview the site on this computer (127.0.0.1 only); rebuild and reload the browser on every save.")
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "The site folder (with site-config.yml and content/). Default: the current folder.")
    private Path source = Path.of(".");

    @Option(names = "--port", paramLabel = "N", description = "The port on 127.0.0.1. Default: 8080; 0 picks any free port.")
    private int port = 8080;

    @Option(names = "--audience", paramLabel = "WHO", description = "student (default) or instructor (adds teaching notes).")
    private String audience = "student";

    @Option(names = "--drafts", description = "Include draft cases and comparisons.")
    private boolean drafts;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Audience who = AudienceOption.parse(audience, spec.commandLine());
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535, not " + port);
        }
        if (!Files.isDirectory(source)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--source " + source + " is not a folder");
        }
        PreviewSettings settings = new PreviewSettings(source, port, new BuildOptions(who, drafts), PreviewSettings.DEFAULT_QUIET_PERIOD);
        LivePreview preview;
        try {
            preview = LivePreview.start(settings, CasebakeCli.version(), out);
        } catch (BindException e) {
            err.println("casebake: port " + port + " on 127.0.0.1 is in use (stop the other server, or try --port 0 for any free port)");
            err.flush();
            return CasebakeCli.USAGE;
        } catch (IOException e) {
            err.println("casebake: cannot start the preview: " + e.getMessage());
            err.flush();
            return CasebakeCli.USAGE;
        }
        // Ctrl-C ends the JVM; the hook closes the watcher and the server on the way out.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            out.println("Preview stopped.");
            out.flush();
        }, "casebake-preview-stop"));
        preview.awaitClose();
        return 0;
    }
}
