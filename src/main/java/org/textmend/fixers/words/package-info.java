/**
 * The word-boundary fixers: {@code sentence-spacing}, {@code camel-joins} and {@code glued-words},
 * each a thin view of one kind of join that the engine in {@code boundary} finds.
 */
@NullMarked
package org.textmend.fixers.words;

import org.jspecify.annotations.NullMarked;
