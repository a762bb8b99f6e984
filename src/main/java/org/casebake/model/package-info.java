/**
 * The site model: immutable records only ({@link org.casebake.model.Site},
 * {@link org.casebake.model.CaseStudy}, {@link org.casebake.model.Question},
 * {@link org.casebake.model.StudentAnswer}, {@link org.casebake.model.Comparison}, ...), the values the
 * binders produce and the later stages read, plus {@link org.casebake.model.OutputFile}, one file of
 * the built site in memory, which {@code render} and {@code search} produce and {@code publish} writes.
 *
 * <p>No logic beyond validating a record's own arguments, no I/O, no third-party types. Imports only
 * {@code config}, {@code parse} (a rendered Markdown body) and {@code problem}.
 */
package org.casebake.model;
