package org.casebake.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The course team's settings from {@code site-config.yml}, checked and complete.
 *
 * @param title       the site's title, shown in every page header and the feed
 * @param description one line for the home page, search engines and the feed
 * @param baseUrl     the absolute URL the site is deployed at, always ending in '/'
 * @param language    a BCP 47 language tag for {@code <html lang>}
 * @param course      the course the cases belong to
 * @param privacy     how student names are shown
 * @param themes      labels for theme slugs, sorted by slug; may be empty
 */
public record SiteConfig(String title, String description, String baseUrl, String language, Course course,
                         Privacy privacy, Map<String, String> themes) {

    public SiteConfig {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(privacy, "privacy");
        themes = Map.copyOf(themes);
    }

    /** The path part of {@link #baseUrl}, e.g. {@code /~prof/mgmt301/}; always starts and ends with '/'. */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        int slash = baseUrl.indexOf('/', scheme < 0 ? 0 : scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    /**
     * The course: code, name, term and instructor, each possibly empty, and the other members of the
     * course staff (teaching assistants), whose posts on a board are not student answers.
     */
    public record Course(String code, String name, String term, String instructor, List<String> staff) {

        public Course {
            staff = List.copyOf(staff);
        }

        /** A course without other staff. */
        public Course(String code, String name, String term, String instructor) {
            this(code, name, term, instructor, List.of());
        }

        /** The instructor (when named) and the staff: everyone whose posts are not student answers. */
        public List<String> staffNames() {
            List<String> names = new java.util.ArrayList<>();
            if (!instructor.isBlank()) {
                names.add(instructor);
            }
            names.addAll(staff);
            return List.copyOf(names);
        }
    }

    /**
     * How student names are shown.
     *
     * @param studentNames the style
     * @param salt         the secret mixed into pseudonyms and answer anchors
     */
    public record Privacy(NameStyle studentNames, String salt) {
    }

    /** The ways of showing a student's name, from most to least private. */
    public enum NameStyle {
        /** "C. S." for "Colin Stevenson". */
        INITIALS("initials"),
        /** A stable alias derived from the salt, e.g. "Amber Heron". */
        PSEUDONYM("pseudonym"),
        /** "Colin" for "Colin Stevenson". */
        FIRST_NAME("first-name"),
        /** The name as the student wrote it. */
        FULL("full");

        private final String word;

        NameStyle(String word) {
            this.word = word;
        }

        /** The word used in {@code site-config.yml}. */
        public String word() {
            return word;
        }
    }
}
