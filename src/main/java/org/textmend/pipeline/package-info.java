/**
 * The pipeline core: {@link org.textmend.pipeline.Fixer}s propose {@link
 * org.textmend.pipeline.Edit}s, the {@link org.textmend.pipeline.Pipeline} applies and logs them,
 * and the {@link org.textmend.pipeline.FixerRegistry} finds fixers by name. Knows no particular
 * fixer.
 */
@NullMarked
package org.textmend.pipeline;

import org.jspecify.annotations.NullMarked;
