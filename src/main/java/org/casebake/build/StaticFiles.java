package org.casebake.build;

import org.casebake.model.OutputFile;
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
 * them, and images beside cases.
 */
final class StaticFiles {

    private final Theme theme;

    StaticFiles(Theme theme) {
        this.theme = theme;
    }

    List<OutputFile> collect(SourceSet sources, ProblemCollector problems) {
        Map<String, byte[]> files = new TreeMap<>(theme.builtInAssets());
        for (StaticFile file : sources.staticFiles()) {
            try {
                files.put(file.sitePath(), SiteFolder.read(file.file()));
            } catch (IOException e) {
                problems.error(file.sitePath(), "cannot read: " + e.getMessage(), null);
            }
        }
        return files.entrySet().stream().map(e -> new OutputFile(e.getKey(), e.getValue())).toList();
    }
}
