/**
 * Fixers that repair characters: mojibake, HTML entities in plain text, invisible and control
 * characters, Unicode normalisation, and the opt-in ASCII folding of punctuation and letters.
 *
 * <p>They run first in the pipeline, so that every later fixer judges the characters the author
 * wrote. Each one leaves text that is already right byte-identical. The mojibake engine sits in the
 * subpackage {@code mojibake}.
 */
@NullMarked
package org.textmend.fixers.unicode;

import org.jspecify.annotations.NullMarked;
