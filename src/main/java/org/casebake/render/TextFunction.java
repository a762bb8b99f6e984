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
 * {@code ${msg("answer.by", answer.author)}}. Gives the text as plain text, which the template
 * escapes like any value, so a course's text can never become markup or template code. When an
 * argument is markup (a link captured with {@code <#assign link><a ...>...</a></#assign>}), the
 * text is escaped here and the markup inserted as it is, and the result is markup.
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
        boolean markup = false;
        for (Object argument : arguments.subList(1, arguments.size())) {
            Object value = value((TemplateModel) argument);
            markup |= value instanceof TemplateTexts.Markup;
            args.add(value);
        }
        if (!markup) {
            return new SimpleScalar(texts.text(key, args));
        }
        HTMLOutputFormat html = HTMLOutputFormat.INSTANCE;
        return html.fromMarkup(texts.format(key, args, html::escapePlainText));
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
