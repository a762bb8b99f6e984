package org.casebake.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * The only way values reach a template: strings, numbers, booleans, dates, and maps, lists and
 * arrays of them, viewed in place, and the course's texts as the function {@code msg}. Anything
 * else is refused instead of being handed to the template as a Java object whose methods it could
 * call: templates come from a course repository, and a pull request that changes one must not reach
 * the build machine's classes through a value.
 */
final class DataOnlyObjectWrapper extends DefaultObjectWrapper {

    DataOnlyObjectWrapper() {
        super(Configuration.VERSION_2_3_34);
        setUseAdaptersForContainers(true);
        writeProtect();
    }

    /**
     * Called for every value that is not plain data: such values never reach a template, except the
     * course's texts, which become the function {@code msg} ({@link TextFunction}).
     */
    @Override
    protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
        if (value instanceof TemplateTexts texts) {
            return new TextFunction(texts);
        }
        throw new TemplateModelException("a " + value.getClass().getSimpleName() + " cannot be shown to a template");
    }
}
