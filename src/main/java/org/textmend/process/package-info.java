/**
 * Cleaning beyond one string: texts of any size read in chunks from a stream, JSON Lines, and the
 * metadata of a removed page header. Built on the {@link org.textmend.TextMend} facade; never
 * prints, exits or reads a file by name: errors are exceptions or values in the results.
 */
@NullMarked
package org.textmend.process;

import org.jspecify.annotations.NullMarked;
