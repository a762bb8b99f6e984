/**
 * What long-running builds keep between runs: results of pure stages, keyed by all of their inputs,
 * so {@code casebake serve} redoes only the work a save changed.
 */
package org.casebake.reuse;
