/**
 * The white-space fixer: trailing spaces, runs of spaces and blank lines, Unicode spaces between
 * words, the final newline and, when asked, one line-break style. It runs last, so that it tidies
 * what the other fixers leave.
 */
@NullMarked
package org.textmend.fixers.whitespace;

import org.jspecify.annotations.NullMarked;
