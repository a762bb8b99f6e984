package org.casebake.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.core.TemplateClassResolver;
import freemarker.template.SimpleHash;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModelException;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.ModelAttributes;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.ModelExtractors;
import org.jbake.template.model.TemplateModel;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Renders a page with Freemarker as JBake sets it up: JBake's configuration (an optional
 * jbake.properties in the source folder), Freemarker configured as JBake's Freemarker engine
 * configures it, and JBake's model keys ({@code version}, {@code config}, {@code db} and its model
 * extractors). The only class that knows JBake and Freemarker: replacing the engine touches this
 * file alone.
 *
 * <p>Casebake uses JBake's template layer and does its own crawling, validation and page listing:
 * the model it passes in already holds every list a template needs, so JBake's OrientDB content
 * store is never started (it costs about two seconds and is only consulted for JBake's own model
 * keys such as {@code published_posts}, which Casebake's templates do not use).
 *
 * <p>Pages are processed here rather than by JBake's {@code FreemarkerTemplateEngine}, whose page
 * model answers every variable that is not one of JBake's keys by throwing and catching an
 * exception: a template reads {@code root} for every link, and filling in those exceptions' stack
 * traces took about a third of rendering time on a large course. {@link PageModel} resolves
 * variables in the same order without the exception.
 */
public final class JBakeTemplates {

    private final DefaultJBakeConfiguration config;
    private final Configuration freemarker;
    private final String version;
    private final Map<String, Object> configModel;
    private final DataOnlyObjectWrapper adapters = new DataOnlyObjectWrapper();
    private final Path templateFolder;

    /**
     * Engines for the templates in {@code templateFolder}.
     *
     * @param sourceFolder   the site's source folder (JBake reads an optional jbake.properties there)
     * @param templateFolder the folder holding the templates
     */
    public JBakeTemplates(Path sourceFolder, Path templateFolder) {
        this.config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(sourceFolder.toFile(), sourceFolder.resolve("target").toFile(), false);
        config.setTemplateFolder(templateFolder.toFile());
        config.setClearCache(true);
        this.freemarker = lockedDown(freemarkerAsJBakeSetsItUp(config), adapters);
        this.version = config.getVersion();
        this.configModel = config.asHashMap();
        this.templateFolder = templateFolder;
    }

    /** Renders {@code template} (a file name in the template folder) with {@code model}, as UTF-8. */
    public byte[] render(String template, Map<String, Object> model) throws TemplateFailure {
        if (!Files.isRegularFile(templateFolder.resolve(template))) {
            throw new TemplateFailure(template, 0, 0, "template not found in " + templateFolder.getFileName() + File.separator);
        }
        TemplateModel jbakeModel = new TemplateModel();
        for (Map.Entry<String, Object> entry : model.entrySet()) {
            jbakeModel.put(entry.getKey(), wrap(entry.getValue()));
        }
        // The keys JBake's renderer adds to every page's model, over the page's own.
        jbakeModel.setVersion(version);
        jbakeModel.setConfig(configModel);
        // Encoded as it is written: building the page as one string and encoding it afterwards
        // copied every page twice more; Utf8Output also skips the char buffers of a stream writer.
        Utf8Output out = new Utf8Output(16384);
        try {
            freemarker.getTemplate(template).process(new PageModel(jbakeModel), out);
        } catch (IOException | TemplateException e) {
            throw describe(template, e);
        } catch (RuntimeException e) {
            // JBake's own model keys fail this way (its content store is never started); with
            // unchecked exceptions wrapped below, only a failure outside any template position is left.
            throw new TemplateFailure(template, 0, 0, "template error: " + e);
        }
        out.close();
        return out.toByteArray();
    }

    /** The Freemarker configuration of JBake's {@code FreemarkerTemplateEngine}, setting for setting. */
    private static Configuration freemarkerAsJBakeSetsItUp(DefaultJBakeConfiguration config) {
        Configuration freemarker = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        freemarker.setDefaultEncoding(config.getRenderEncoding());
        freemarker.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            freemarker.setTimeZone(config.getFreemarkerTimeZone());
            freemarker.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            freemarker.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            // JBake carries on without a template folder too; render() then reports the template as not found.
        }
        return freemarker;
    }

    /**
     * Closes what a template could reach beyond its data, since templates are untrusted input (a pull
     * request can change them): {@code ?new} may make no object at all (the default lets it make
     * {@code freemarker.template.utility.Execute}, which runs a program), {@code ?api} is off, values
     * reach templates only as plain data, and templates load only from the template folder (
     * Freemarker's file loader refuses names that lead out of it). A template error is thrown, never
     * written into the page or logged: Casebake reports it once, as {@code templates/x.ftl:line:col}.
     */
    private static Configuration lockedDown(Configuration freemarker, DataOnlyObjectWrapper values) {
        freemarker.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        freemarker.setAPIBuiltinEnabled(false);
        freemarker.setObjectWrapper(values);
        freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        freemarker.setAttemptExceptionReporter((te, env) -> { });
        freemarker.setLogTemplateExceptions(false);
        freemarker.setWrapUncheckedExceptions(true);
        return freemarker;
    }

    /**
     * The root of a page's variables, resolved as JBake's page model resolves them: JBake's own keys
     * through JBake's model (made only if a template asks for one), every other name from the page.
     */
    private final class PageModel implements TemplateHashModel {

        private final TemplateModel page;
        private final SimpleHash eager;
        private FreemarkerTemplateEngine.LazyLoadingModel jbake;

        PageModel(TemplateModel page) {
            this.page = page;
            this.eager = new SimpleHash(page, freemarker.getObjectWrapper());
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            if (key.equals(ModelAttributes.DB) || key.equals(ModelAttributes.DATA) || ModelExtractors.getInstance().containsKey(key)) {
                if (jbake == null) {
                    jbake = new FreemarkerTemplateEngine.LazyLoadingModel(freemarker.getObjectWrapper(), page, null, config);
                }
                return jbake.get(key);
            }
            return eager.get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }
    }

    /**
     * Wraps a value for Freemarker with adapters that view Casebake's maps and lists in place.
     * JBake's Freemarker set-up would otherwise copy every map and list each time a template reads
     * it, which dominated rendering time on large courses.
     */
    private Object wrap(Object value) throws TemplateFailure {
        if (value == null) {
            return null;
        }
        try {
            return adapters.wrap(value);
        } catch (freemarker.template.TemplateModelException e) {
            throw new TemplateFailure("", 0, 0, "cannot pass " + value.getClass().getSimpleName() + " to a template");
        }
    }

    private static TemplateFailure describe(String template, Exception cause) {
        if (cause instanceof ParseException parse) {
            return new TemplateFailure(nameOr(parse.getTemplateName(), template), parse.getLineNumber(),
                    parse.getColumnNumber(), "template syntax: " + TemplateMessages.oneLine(parse.getEditorMessage()));
        }
        if (cause instanceof TemplateException te) {
            Integer line = te.getLineNumber();
            Integer column = te.getColumnNumber();
            return new TemplateFailure(nameOr(te.getTemplateSourceName(), template), line == null ? 0 : line,
                    column == null ? 0 : column, TemplateMessages.oneLine(te.getMessageWithoutStackTop()));
        }
        return new TemplateFailure(template, 0, 0, String.valueOf(cause.getMessage()));
    }

    private static String nameOr(String name, String fallback) {
        return name == null ? fallback : name;
    }
}
