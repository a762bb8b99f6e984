/**
 * The base every stage may import: a {@link org.casebake.problem.Problem} printed as
 * {@code path:line:col: error: message (hint)}, the {@link org.casebake.problem.ProblemCollector} one
 * build fills, the capped {@link org.casebake.problem.ProblemReport}, a {@link org.casebake.problem.Located}
 * value with its position, and the "did you mean" {@link org.casebake.problem.Suggestions}.
 *
 * <p>Owns nothing of the pipeline: it must import no other Casebake package and no third-party
 * library. Keep it small; a type belongs here only when several stages need it.
 */
package org.casebake.problem;
