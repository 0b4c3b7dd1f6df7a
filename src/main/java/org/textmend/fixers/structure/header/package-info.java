/**
 * Reading the header lines of a scraped page: crumb trails, crawl and publication metadata, rows of
 * language links. {@link org.textmend.fixers.structure.header.HeaderLine} is the one public type,
 * read by the structure fixers and by {@link org.textmend.fixers.structure.PageHeader}; the rest is
 * package-private. The package depends on nothing else of {@code fixers.structure}, so that the two
 * packages form no cycle.
 */
@NullMarked
package org.textmend.fixers.structure.header;

import org.jspecify.annotations.NullMarked;
