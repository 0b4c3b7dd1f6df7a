/**
 * Reading and writing files: finding inputs, decoding bytes, atomic writes. Knows nothing of
 * fixers.
 */
@NullMarked
package org.textmend.io;

import org.jspecify.annotations.NullMarked;
