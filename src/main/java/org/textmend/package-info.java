/**
 * textmend: repairs and normalises text scraped from the web or extracted from documents. Start at
 * {@link org.textmend.TextMend}.
 */
@NullMarked
package org.textmend;

import org.jspecify.annotations.NullMarked;
