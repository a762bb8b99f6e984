package org.casebake.render;

import java.util.Map;

/**
 * One page to render: where it goes, which template renders it and the data the template sees.
 *
 * @param path     the output path, relative to the site root ("cases/netflix-oss-prize/index.html")
 * @param template the template file name ("case.ftl")
 * @param data     the template's data: plain maps, lists, strings, numbers and booleans
 */
public record Page(String path, String template, Map<String, Object> data) {

    /** The relative way back to the site root from this page ("../../" for "cases/x/index.html"). */
    public static String rootOf(String path) {
        int depth = (int) path.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }
}
