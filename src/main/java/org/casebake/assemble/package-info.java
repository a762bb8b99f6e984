/**
 * The assemble stage: binds every source with the binder for its kind
 * ({@link org.casebake.assemble.SourceBinder}), checks the sources against each other
 * ({@link org.casebake.assemble.CrossReferenceChecker}) and builds the {@link org.casebake.model.Site}
 * ({@link org.casebake.assemble.SiteAssembler}): pending and rejected answers, drafts and (for students)
 * teaching notes are dropped here, and names are turned into what the privacy setting shows
 * ({@link org.casebake.assemble.StudentNames}).
 *
 * <p>Produces the model, never output: must not import {@code render}, {@code search} or
 * {@code publish}.
 */
package org.casebake.assemble;
