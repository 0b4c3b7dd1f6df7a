/**
 * Word knowledge: the built-in English lexicon compiled from a dictionary dependency, user
 * lexicons, and per-document word counts; and {@link org.textmend.lexicon.LineIndex}, the one
 * definition of a line for the whole code base.
 */
@NullMarked
package org.textmend.lexicon;

import org.jspecify.annotations.NullMarked;
