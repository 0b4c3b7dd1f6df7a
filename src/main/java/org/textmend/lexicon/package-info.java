/**
 * Word knowledge: the built-in English lexicon compiled from a dictionary dependency, user
 * lexicons, and per-document word counts.
 */
@NullMarked
package org.textmend.lexicon;

import org.jspecify.annotations.NullMarked;
