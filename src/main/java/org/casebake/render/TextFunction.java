package org.casebake.render;

import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code msg} in templates: {@code ${msg("nav.cases")}}, {@code ${msg("count.answers", n)}},
 * {@code ${msg("answer.on-case", caseLink)}}. Gives HTML markup: the text and its arguments
 * escaped here (so a course's text can never become markup or template code, and a student's name
 * in an argument is escaped as any value is), and an argument that is itself markup (a link
 * captured with {@code <#assign link><a ...>...</a></#assign>}) inserted as it is.
 */
final class TextFunction implements TemplateMethodModelEx {

    private final TemplateTexts texts;

    TextFunction(TemplateTexts texts) {
        this.texts = texts;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || !(arguments.get(0) instanceof TemplateScalarModel keyModel)) {
            throw new TemplateModelException("msg needs a message key, such as msg(\"nav.cases\")");
        }
        String key = keyModel.getAsString();
        if (!texts.has(key)) {
            throw new TemplateModelException("no text for message key '" + key + "'"
                    + " (add it to messages/<language>.properties; a course's own keys start with course.)");
        }
        List<Object> args = new ArrayList<>();
        for (Object argument : arguments.subList(1, arguments.size())) {
            args.add(value((TemplateModel) argument));
        }
        HTMLOutputFormat html = HTMLOutputFormat.INSTANCE;
        return html.fromMarkup(texts.format(key, args, TextFunction::escapeText, html::escapePlainText));
    }

    /**
     * A text's own words escaped as Freemarker escapes HTML, but for the apostrophe: texts are the
     * course's, like its templates, and an apostrophe written as {@code &#39;} would make every
     * English page differ from what the templates wrote before their texts moved to messages files.
     * Arguments, which can be a student's words, are escaped in full.
     */
    static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Object value(TemplateModel model) throws TemplateModelException {
        if (model instanceof TemplateNumberModel n) {
            return n.getAsNumber();
        }
        if (model instanceof TemplateMarkupOutputModel<?> m) {
            return new TemplateTexts.Markup(markupOf(m));
        }
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        throw new TemplateModelException("msg takes texts, numbers and markup as arguments");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String markupOf(TemplateMarkupOutputModel model) throws TemplateModelException {
        if (model.getOutputFormat() != HTMLOutputFormat.INSTANCE) {
            throw new TemplateModelException("msg takes HTML markup only");
        }
        return model.getOutputFormat().getMarkupString(model);
    }
}
