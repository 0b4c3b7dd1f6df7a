/**
 * Recognising whole lines of site furniture: share buttons, advertisement labels, teasers, tag
 * lists, copyright and cookie notices. {@link org.textmend.fixers.structure.furniture.Furniture} is
 * the one public type, read by the boilerplate and breadcrumb fixers; the phrase lists and the
 * share-button reader are package-private.
 */
@NullMarked
package org.textmend.fixers.structure.furniture;

import org.jspecify.annotations.NullMarked;
