/**
 * The publish stage, the only one that writes: the {@link org.casebake.publish.PrivacyGuard} proves no
 * withheld student name is in any output file, reading each as the build makes it
 * ({@link org.casebake.publish.PrivacyGuard.Scan}), while {@link org.casebake.publish.StagedSite} writes
 * it into a fresh folder beside the output; only when the guard and every stage found no error does
 * {@link org.casebake.publish.SiteWriter} swap that folder in, so a failed build never leaves a
 * half-written site and the previous one stays as it was.
 * {@link org.casebake.publish.FolderTree} holds the folder operations (delete a tree, move atomically).
 *
 * <p>Knows files and names, not pages: imports {@code model} and {@code problem} only.
 */
package org.casebake.publish;
