/**
 * The mojibake engine: UTF-8 read through windows-1252, ISO-8859-1 or code page 437, found, decoded
 * and judged. {@link org.textmend.fixers.unicode.mojibake.MojibakeRepair} is the one public type,
 * used by the {@code mojibake} and {@code html-entities} fixers; the code pages, the evidence and
 * plausibility judgements and the composition of rounds are package-private.
 */
@NullMarked
package org.textmend.fixers.unicode.mojibake;

import org.jspecify.annotations.NullMarked;
