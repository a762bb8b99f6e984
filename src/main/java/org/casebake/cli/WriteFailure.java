package org.casebake.cli;

import org.casebake.problem.Problem;
import org.casebake.source.ContentLayout;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/** A file the authoring commands could not write, as a problem line naming the file. */
final class WriteFailure {

    private WriteFailure() {
    }

    /** {@code what} failed with {@code e}: the problem names the file when the error does, else the site folder. */
    static Problem problem(ContentLayout layout, IOException e, String what) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String reason = fs.getReason() != null ? fs.getReason() : e.getClass().getSimpleName();
            return Problem.error(layout.display(Path.of(fs.getFile())), what + ": " + reason, null);
        }
        return Problem.error(".", what + ": " + e.getMessage(), null);
    }
}
