package org.casebake.render;

import org.casebake.config.Messages;
import org.casebake.model.OutputFile;
import org.casebake.model.Site;
import org.casebake.problem.Problem;
import org.casebake.problem.ProblemCollector;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Renders every page of a {@link Site} with the site's templates, in memory. A template error is
 * reported once per template position as {@code templates/x.ftl:line:col: error: ...}; nothing is
 * written by this stage.
 *
 * <p>A page's bytes depend on its template and its data alone, and the templates of one renderer
 * do not change ({@code casebake serve} makes a new renderer when they do). So the renderer
 * remembers, for each page of its last render, the template, the data and the bytes, and gives a
 * page whose template and data are equal to the remembered ones the same bytes without rendering
 * it again: a rebuild after one answer changed renders only the pages that show it. Pages whose
 * template failed are not remembered, and neither are pages the last render did not have. A
 * renderer for one build remembers nothing, neither pages nor their shared data, so that each page
 * can be let go once its sink has it.
 */
public final class SiteRenderer {

    private final JBakeTemplates templates;
    private final Function<String, String> templatePath;
    private final String version;
    private final boolean remembering;
    /** The pages of the last render, by path. */
    private Map<String, Remembered> remembered = Map.of();
    /** Parts of the last render's page data, carried to the next. */
    private SharedData shared = SharedData.none();

    /**
     * A renderer for templates in {@code templateFolder}.
     *
     * @param sourceFolder      the site's source folder
     * @param templateFolder    where the templates are read from
     * @param templatePath   how error messages name a template file: the site's own
     *                       ("templates/case.ftl") or the built-in theme's
     * @param version           Casebake's version, shown in the generator tag
     * @param remembering       whether to remember each render's pages for the next one
     */
    public SiteRenderer(Path sourceFolder, Path templateFolder, Function<String, String> templatePath, String version,
                        boolean remembering) {
        this.templates = new JBakeTemplates(sourceFolder, templateFolder);
        this.templatePath = templatePath;
        this.version = version;
        this.remembering = remembering;
    }

    /**
     * Renders every page with the texts of {@code messages}, linked as {@code links} (made for this
     * {@code site}) says, and hands each to {@code sink} as it is done, from several threads at once
     * and in no particular order; a page whose template failed is reported instead, once per template
     * position, in page order.
     */
    public synchronized void render(Site site, SiteLinks links, Messages messages, ProblemCollector problems,
                                    Consumer<OutputFile> sink) {
        SharedData planned = shared;
        PagePlanner planner = new PagePlanner(site, links, version, planned, new TemplateTexts(messages));
        List<Page> pages = planner.pages();
        // Carried over only for a next render: a renderer for one build would keep every page's parts alive.
        shared = remembering ? planned.next() : SharedData.none();
        Map<String, Remembered> before = remembered;
        boolean rooted = site.hasSiteRootLinks();
        List<Result> results = pages.parallelStream().map(page -> {
            Result r = renderOne(page, before.get(page.path()), rooted, links);
            r.file().ifPresent(sink);
            return remembering ? r : new Result(Optional.empty(), r.problem());
        }).toList();
        Map<String, Remembered> now = new HashMap<>();
        TreeSet<String> reported = new TreeSet<>();
        for (int i = 0; i < pages.size(); i++) {
            Result r = results.get(i);
            Page page = pages.get(i);
            r.file().ifPresent(f -> now.put(page.path(), new Remembered(page.template(), page.data(), f.bytes())));
            r.problem().filter(p -> reported.add(p.path() + ":" + p.line() + ":" + p.column() + p.message()))
                    .ifPresent(problems::add);
        }
        remembered = now;
    }

    private Result renderOne(Page page, Remembered before, boolean rooted, SiteLinks links) {
        if (before != null && before.template().equals(page.template()) && before.data().equals(page.data())) {
            return new Result(Optional.of(new OutputFile(page.path(), before.bytes())), Optional.empty());
        }
        try {
            byte[] bytes = templates.render(page.template(), page.data());
            if (rooted && page.data().get("root") instanceof String root) {
                bytes = SiteRootLinks.resolve(bytes, root, links::answer);
            }
            return new Result(Optional.of(new OutputFile(page.path(), bytes)), Optional.empty());
        } catch (TemplateFailure f) {
            Problem problem = Problem.error(templatePath.apply(f.template()), f.line(), f.column(), f.getMessage(),
                    "while rendering " + page.path());
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }

    private record Result(Optional<OutputFile> file, Optional<Problem> problem) {
    }

    /** A page as the last render made it; the bytes are shared with its output file and never changed. */
    private record Remembered(String template, Map<String, Object> data, byte[] bytes) {
    }
}
