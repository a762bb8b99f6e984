package org.casebake.render;

import org.casebake.config.SiteConfig;

/**
 * The one rule for the words a theme is shown with, on pages and in search alike: the label
 * {@code site-config.yml} gives it, else its slug in words ("future-of-it" is "Future of it").
 */
public final class ThemeLabel {

    private ThemeLabel() {
    }

    /** The label of the theme {@code slug} in a site configured by {@code config}. */
    public static String of(SiteConfig config, String slug) {
        String label = config.themes().get(slug);
        if (label != null) {
            return label;
        }
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
