package org.casebake.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.util.List;

/**
 * {@code link} in templates: {@code <a href="${link(q.url)}">}. The shortest relative address of a
 * site-relative URL from the page being rendered: {@code ../q2/index.html} between two questions of a
 * case, {@code #answer-1a2b} for an answer on the same page, where {@code ${root}${q.url}} would climb
 * to the site root and down again. Pages list thousands of answers, each with several links, so this
 * is a good part of a large course's bytes. Works from disk and under any sub-path, as {@code root}
 * does; on a page whose {@code root} is absolute (404.html) it is {@code root} plus the URL.
 *
 * @param page the output path of the page being rendered ("cases/x/questions/q1/index.html")
 * @param root the page's {@code root}: relative ("../../") or, for 404.html, the absolute base path
 */
record LinkFunction(String page, String root) implements TemplateMethodModelEx {

    /** The function for the page at {@code page}, whose links start from its own folder. */
    static LinkFunction from(String page) {
        return new LinkFunction(page, Page.rootOf(page));
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel url)) {
            throw new TemplateModelException("link needs one site-relative URL, such as link(c.url)");
        }
        return href(url.getAsString());
    }

    /** The address of {@code url} (site-relative, may end in a #fragment) from this page. */
    String href(String url) {
        if (!root.equals(Page.rootOf(page))) {
            return root + url;
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : url.substring(hash);
        if (path.equals(page) && !fragment.isEmpty()) {
            return fragment;
        }
        int common = 0;
        for (int i = 0; i < Math.min(page.length(), path.length()); i++) {
            if (page.charAt(i) != path.charAt(i)) {
                break;
            }
            if (page.charAt(i) == '/') {
                common = i + 1;
            }
        }
        int ups = (int) page.substring(common).chars().filter(c -> c == '/').count();
        return "../".repeat(ups) + path.substring(common) + fragment;
    }
}
