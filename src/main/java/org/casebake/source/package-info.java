/**
 * The scan stage: finds the site's sources under {@code content/} and the static files to copy, in
 * sorted order, and reads each text into a normalised {@link org.casebake.source.SourceFile} (no
 * byte-order mark, LF line endings). Also home of {@link org.casebake.source.Memo}, the pure-function
 * memory that long-running builds ({@code casebake serve}) keep between runs, because the scanner is
 * the lowest stage that remembers, and of {@link org.casebake.source.ListingMemory}, the last listing
 * of the folders that a rebuild told what changed ({@link org.casebake.source.SourceChanges}) stats
 * again only as far as it must.
 *
 * <p>Imports only {@code problem}. Must not parse what it reads: front matter and Markdown are
 * {@code parse}'s.
 */
package org.casebake.source;
