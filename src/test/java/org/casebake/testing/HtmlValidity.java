package org.casebake.testing;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Nu Html Checker (the checker behind validator.w3.org/nu), run on the HTML files of a built
 * site: its HTML schema, its assertions (ARIA, attributes that may appear together) and its table,
 * microdata and Unicode checks, as {@code vnu --errors-only} reports them. Warnings and information
 * are not reported. The only class that sees the checker's types.
 *
 * <p>The checker's libraries are on the classpath of the tests tagged {@value AxeCheck#TAG} only
 * (see pom.xml): a test using this class carries that tag.
 */
public final class HtmlValidity {

    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator checker;
    private final Errors errors = new Errors();

    /** A checker with the HTML schema loaded (a second or two); one per test class is enough. */
    public HtmlValidity() {
        // Log4j is the checker's own logger, configured here from its own settings; no language guessing.
        checker = new SimpleDocumentValidator(true, false, false);
        try {
            checker.setUpMainSchema(HTML_SCHEMA, errors);
            checker.setUpValidatorAndParsers(errors, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu Html Checker could not load its HTML schema: " + e, e);
        }
        if (!errors.found.isEmpty()) {
            throw new IllegalStateException("the Nu Html Checker's HTML schema has errors: " + errors.found);
        }
    }

    /**
     * The errors in every {@code .html} file below {@code folder}, files in sorted order, each as
     * {@code path:line:col: error: message} with the path relative to {@code folder}.
     */
    public List<String> errorsInSite(Path folder) {
        List<String> found = new ArrayList<>();
        for (Path page : htmlFiles(folder)) {
            String name = folder.relativize(page).toString().replace('\\', '/');
            for (String error : errorsIn(page)) {
                found.add(name + ":" + error);
            }
        }
        return found;
    }

    /** The errors in one HTML file (read as UTF-8), each as {@code line:col: error: message}. */
    public List<String> errorsIn(Path page) {
        errors.found.clear();
        try {
            checker.checkHtmlFile(page.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            errors.found.add("0:0: error: the checker stopped: " + e.getMessage());
        }
        return List.copyOf(errors.found);
    }

    private static List<Path> htmlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Collects the errors of the document being checked; the checker reports through it. */
    private static final class Errors implements ErrorHandler {
        private final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Warnings (such as "consider adding a lang attribute") are advice, not invalidity.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": error: " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
