/**
 * Fixers of document structure: page furniture around the article (breadcrumb and crawl headers,
 * boilerplate lines, agency datelines) and paragraphs broken across lines (hard wraps, line-end
 * hyphens).
 *
 * <p>{@link org.textmend.fixers.structure.PageHeader} exposes what the breadcrumb fixer recognises
 * (the page title, the date and the source of a removed header line) to library callers. The
 * engines sit in subpackages: {@code header} reads header lines, {@code furniture} recognises lines
 * of site furniture. Line walking follows {@link org.textmend.lexicon.LineIndex}.
 */
@NullMarked
package org.textmend.fixers.structure;

import org.jspecify.annotations.NullMarked;
