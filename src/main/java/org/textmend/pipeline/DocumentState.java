package org.textmend.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the fixers of one pipeline run over one document leave for the fixers after them, by type:
 * an analysis a later fixer can reuse when it is given the text the analysis describes. The {@link
 * Pipeline} makes one for each {@link Pipeline#explain} call and passes it to every {@link
 * DocumentFixer}, so nothing is shared between documents or threads. A holder must check that what
 * it finds describes the text it was given: a fixer in between may have changed it. Mutable and not
 * thread-safe: confined to one run.
 */
public final class DocumentState {

  private final Map<Class<?>, Object> values = new HashMap<>();

  /** The value of {@code type} a fixer left, or {@code null} for none. */
  public <T> @Nullable T get(Class<T> type) {
    return type.cast(values.get(type));
  }

  /** Leaves {@code value} for the fixers after this one; {@code null} removes the value. */
  public <T> void put(Class<T> type, @Nullable T value) {
    if (value == null) {
      values.remove(type);
    } else {
      values.put(type, type.cast(value));
    }
  }
}
