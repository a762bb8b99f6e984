package org.casebake.cli;

import org.casebake.publish.FolderTree;
import org.casebake.publish.PublishGate;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * What {@code casebake build} does when Ctrl-C or a SIGTERM ends it: no swap of the output folder
 * begins, one already begun finishes, the staging folder is removed where it can be (the next
 * build removes what is left), and one line says which site the output folder holds.
 */
final class InterruptedBuild {

    private InterruptedBuild() {
    }

    /** Run by the shutdown hook. */
    static void stop(PublishGate publishing, PrintWriter err) {
        PublishGate.Outcome outcome = publishing.close();
        outcome.leftover().ifPresent(staging -> {
            try {
                FolderTree.delete(staging);
            } catch (IOException e) {
                // The build thread may still be writing into it; the next build removes it.
            }
        });
        err.println(outcome.published()
                ? "casebake: interrupted after the new site was published"
                : "casebake: interrupted; the output folder is as it was before this build");
        err.flush();
    }

    /** After the build: the hook is no longer needed, unless the JVM is already on its way out. */
    static void forget(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it has the last word.
        }
    }
}
