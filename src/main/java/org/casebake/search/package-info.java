/**
 * The search stage: turns a {@link org.casebake.model.Site} into search items
 * ({@link org.casebake.search.SearchItems}), analyses them with Lucene (only in
 * {@link org.casebake.search.TextAnalyzer}) and writes the offline index as script files that
 * {@code assets/js/search-engine.js} loads ({@link org.casebake.search.SearchIndexBuilder}; a sharded
 * index's files deflated by {@link org.casebake.search.IndexPacker}, the only class that compresses).
 *
 * <p>Produces {@link org.casebake.model.OutputFile}s in memory and never writes a file. May import
 * {@code render} for page URLs; must not import {@code publish}, {@code build} or anything above.
 */
package org.casebake.search;
