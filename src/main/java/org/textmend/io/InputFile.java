package org.textmend.io;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to process, as found by {@link InputFinder}. Immutable.
 *
 * @param path the file, as named on the command line or found below a named directory
 * @param relative its path relative to the argument it came from: the file name for a file named
 *     directly, the path below the directory for a file found by walking one
 */
public record InputFile(Path path, Path relative) {

  public InputFile {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(relative, "relative");
  }
}
