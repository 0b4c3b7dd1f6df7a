/** The built-in fixers, one class per fixer, each with its nested {@code Provider}. */
@NullMarked
package org.textmend.fixers;

import org.jspecify.annotations.NullMarked;
