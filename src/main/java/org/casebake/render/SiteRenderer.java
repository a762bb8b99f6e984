package org.casebake.render;

import org.casebake.model.Site;
import org.casebake.publish.OutputFile;
import org.casebake.validate.Problem;
import org.casebake.validate.ProblemCollector;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Renders every page of a {@link Site} with the site's templates, in memory. A template error is
 * reported once per template position as {@code templates/x.ftl:line:col: error: ...}; nothing is
 * written by this stage.
 */
public final class SiteRenderer {

    private final JBakeTemplates templates;
    private final Function<String, String> templatePath;
    private final String version;

    /**
     * A renderer for templates in {@code templateFolder}.
     *
     * @param sourceFolder      the site's source folder
     * @param templateFolder    where the templates are read from
     * @param templatePath   how error messages name a template file: the site's own
     *                       ("templates/case.ftl") or the built-in theme's
     * @param version           Casebake's version, shown in the generator tag
     */
    public SiteRenderer(Path sourceFolder, Path templateFolder, Function<String, String> templatePath, String version) {
        this.templates = new JBakeTemplates(sourceFolder, templateFolder);
        this.templatePath = templatePath;
        this.version = version;
    }

    /** The rendered pages, in page order; empty entries for pages whose template failed (reported). */
    public List<OutputFile> render(Site site, ProblemCollector problems) {
        List<Page> pages = new PagePlanner(site, version).pages();
        List<Result> results = pages.parallelStream().map(this::renderOne).toList();
        TreeSet<String> reported = new TreeSet<>();
        for (Result r : results) {
            r.problem().filter(p -> reported.add(p.path() + ":" + p.line() + ":" + p.column() + p.message()))
                    .ifPresent(problems::add);
        }
        return results.stream().flatMap(r -> r.file().stream()).toList();
    }

    private Result renderOne(Page page) {
        try {
            return new Result(Optional.of(new OutputFile(page.path(), templates.render(page.template(), page.data()))),
                    Optional.empty());
        } catch (TemplateFailure f) {
            Problem problem = Problem.error(templatePath.apply(f.template()), f.line(), f.column(), f.getMessage(),
                    "while rendering " + page.path());
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private record Result(Optional<OutputFile> file, Optional<Problem> problem) {
    }
}
