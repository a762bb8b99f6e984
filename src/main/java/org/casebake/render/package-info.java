/**
 * The render stage: plans every page of a {@link org.casebake.model.Site}
 * ({@link org.casebake.render.PagePlanner}), turns records into the plain maps templates read
 * ({@link org.casebake.render.TemplateData}, the template boundary), renders them with Freemarker
 * through JBake ({@link org.casebake.render.JBakeTemplates}, the only class that knows JBake) and draws
 * the SVG charts. Also owns the URL of every page ({@link org.casebake.render.SiteLinks}) and the one
 * page that shows each answer in full ({@link org.casebake.render.QuestionSheets}).
 *
 * <p>Renders in memory into {@link org.casebake.model.OutputFile}s and never writes a file: that is
 * {@code publish}. Must not import {@code search}, {@code publish}, {@code build} or anything above.
 */
package org.casebake.render;
