/**
 * Learned page furniture: what repeats across the documents of one source (a site, a folder) is the
 * site, not the article.
 *
 * <p>A batch is cleaned in two passes. The first pass reads each document, hashes its lines with
 * {@link org.textmend.process.furniture.LineFingerprint} and counts them per source in a {@link
 * org.textmend.process.furniture.FurnitureCounts}, a table of bounded size that merges with another
 * (so that partitions of a distributed job can count apart). {@link
 * org.textmend.process.furniture.FurnitureProfile#learn} keeps what passes the {@link
 * org.textmend.process.furniture.FurnitureThresholds}; a profile is written to and read from a
 * small text format, and {@link org.textmend.TextMend.Builder#furniture} builds a pipeline whose
 * {@code learned-furniture} fixer removes a source's learned lines in the second pass.
 *
 * <p>This package reads no file by name and prints nothing; it depends on nothing of textmend but
 * itself, so that fixers and the facade can both use it.
 */
@NullMarked
package org.textmend.process.furniture;

import org.jspecify.annotations.NullMarked;
