/**
 * Fixers of document structure: page furniture around the article (breadcrumb and crawl headers,
 * boilerplate lines, agency datelines) and paragraphs broken across lines (hard wraps, line-end
 * hyphens).
 *
 * <p>{@link org.textmend.fixers.structure.PageHeader} exposes what the breadcrumb fixer recognises
 * (the page title, the date and the source of a removed header line) to library callers.
 */
@NullMarked
package org.textmend.fixers.structure;

import org.jspecify.annotations.NullMarked;
