/**
 * The publish stage, the only one that writes: the {@link org.casebake.publish.PrivacyGuard} proves no
 * withheld student name is in any output file, then {@link org.casebake.publish.SiteWriter} writes the
 * whole site into a fresh folder and swaps it in, so a failed build never leaves a half-written site.
 * {@link org.casebake.publish.FolderTree} holds the folder operations (delete a tree, move atomically).
 *
 * <p>Knows files and names, not pages: imports {@code model} and {@code problem} only.
 */
package org.casebake.publish;
