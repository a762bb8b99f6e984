package org.casebake.model;

/**
 * What a build publishes beyond the defaults.
 *
 * @param audience   who the site is for; teaching notes only for instructors
 * @param withDrafts whether draft cases and comparisons are published
 */
public record BuildOptions(Audience audience, boolean withDrafts) {

    /** The public student site: no drafts, no teaching notes. */
    public static BuildOptions studentSite() {
        return new BuildOptions(Audience.STUDENT, false);
    }
}
