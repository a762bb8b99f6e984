package org.casebake.render;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Freemarker's explanation of a template error as one line an instructor can act on: its tips,
 * stack and the temporary folder the templates are read from left out, and the errors of what
 * templates may not do (make Java objects, call Java, read files outside {@code templates/}) said
 * in Casebake's words.
 */
final class TemplateMessages {

    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite(Pattern.compile("Instantiating (\\S+) is not allowed in the template for security reasons\\."),
                    "templates may not make Java objects: ?new refused to make $1"),
            new Rewrite(Pattern.compile("Can't use \\?api, because the \"api_builtin_enabled\" configuration setting is false\\..*?"
                    + "(The blamed expression: ==> \\S+)?$"), "templates may not call Java: ?api is switched off"),
            new Rewrite(Pattern.compile("^Template inclusion failed \\(for parameter value (\".*?\")\\): Template not found for name \".*?\"\\."
                    + " Reason given: Backing out from the template root directory is not allowed\\..*"),
                    "template $1 is outside templates/: templates may only include templates"),
            new Rewrite(Pattern.compile(" The name was interpreted by this TemplateLoader: .*"), ""));

    private TemplateMessages() {
    }

    /** Freemarker's message up to its tips and stack, on one line, in Casebake's words where it has them. */
    static String oneLine(String message) {
        if (message == null) {
            return "template error";
        }
        StringBuilder out = new StringBuilder();
        for (String line : message.strip().split("\n")) {
            if (line.startsWith("----") || line.startsWith("Tip:")) {
                break;
            }
            out.append(line.replaceAll("\\[in template .*?\\]", "").strip()).append(' ');
        }
        String text = out.toString().replaceAll("\\s+", " ").strip();
        for (Rewrite rewrite : REWRITES) {
            Matcher m = rewrite.pattern().matcher(text);
            if (m.find()) {
                text = m.replaceFirst(rewrite.replacement()).strip();
            }
        }
        return text;
    }

    private record Rewrite(Pattern pattern, String replacement) {
    }
}
