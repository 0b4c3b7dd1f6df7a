package org.textmend.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One input of a run. Immutable.
 *
 * @param label how messages name it: the path as given or found, or {@code <stdin>}
 * @param path the file, or {@code null} for standard input
 * @param target where its result goes, for {@code -o} and {@code --output-dir}
 */
record Input(String label, @Nullable Path path, @Nullable Path target) {

  static final String STDIN_LABEL = "<stdin>";

  static Input stdin(@Nullable Path target) {
    return new Input(STDIN_LABEL, null, target);
  }

  boolean isStdin() {
    return path == null;
  }
}
