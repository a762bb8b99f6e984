/**
 * One build, stage by stage: {@link org.casebake.build.SiteBuild#run} makes one call per stage (config,
 * scan, parse and validate, cross-check, model, render, search, static files, privacy guard, publish)
 * and keeps, for long-running callers, the memories rebuilds reuse
 * ({@link org.casebake.build.RememberedMarkdown}, {@link org.casebake.build.PreparedThemes}), and the
 * {@link org.casebake.build.BuildCache} one-off builds keep on disk, outside the output, which is the
 * only thing here that reads or writes files of its own. Also the theme (built-in templates and
 * assets with the site's own laid over them).
 *
 * <p>Holds no stage logic of its own: a check or a transformation belongs to its stage's package.
 * Must not import {@code serve}, {@code cli} or {@code authoring}.
 */
package org.casebake.build;
