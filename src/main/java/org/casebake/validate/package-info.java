/**
 * The validate stage: one binder per source kind checks a parsed file's front matter field by field
 * ({@link org.casebake.validate.CaseBinder}, {@link org.casebake.validate.AnswerBinder},
 * {@link org.casebake.validate.ComparisonBinder}, {@link org.casebake.validate.TeachingNoteBinder})
 * into a bound record that keeps the positions later cross-checks report on.
 *
 * <p>Looks at one file at a time: checks across files belong to {@code assemble}. Imports
 * {@code model}, {@code parse}, {@code source} and {@code problem}; never renders Markdown.
 */
package org.casebake.validate;
