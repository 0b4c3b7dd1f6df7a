/**
 * The command-line tool: options, files, output and exit codes over the {@link
 * org.textmend.TextMend} facade. The only package that prints or exits.
 */
@NullMarked
package org.textmend.cli;

import org.jspecify.annotations.NullMarked;
