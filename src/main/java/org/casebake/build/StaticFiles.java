package org.casebake.build;

import org.casebake.model.Attachment;
import org.casebake.model.OutputFile;
import org.casebake.model.Site;
import org.casebake.problem.ProblemCollector;
import org.casebake.source.SiteFolder;
import org.casebake.source.SourceSet;
import org.casebake.source.StaticFile;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The files copied as they are: the built-in theme's assets, the site's own {@code assets/} over
 * them, and the files beside cases that published content links to (checked by the model stage).
 */
final class StaticFiles {

    private final Theme theme;

    StaticFiles(Theme theme) {
        this.theme = theme;
    }

    List<OutputFile> collect(Site site, SourceSet sources, ProblemCollector problems) {
        Map<String, byte[]> files = new TreeMap<>(theme.builtInAssets());
        for (StaticFile file : sources.staticFiles()) {
            try {
                files.put(file.sitePath(), SiteFolder.read(file.file()));
            } catch (IOException e) {
                problems.error(file.sitePath(), "cannot read: " + e.getMessage(), null);
            }
        }
        for (Attachment attachment : site.attachments()) {
            files.put(attachment.sitePath(), attachment.bytes());
        }
        return files.entrySet().stream().map(e -> new OutputFile(e.getKey(), e.getValue())).toList();
    }
}
