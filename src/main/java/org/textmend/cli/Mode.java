package org.textmend.cli;

/** Where the results of a run go. */
enum Mode {
  /** Standard output (the default). */
  STDOUT,
  /** One file named by {@code -o}. */
  OUTPUT_FILE,
  /** A mirror of the inputs under {@code --output-dir}. */
  OUTPUT_DIR,
  /** Back over the inputs, {@code --in-place}. */
  IN_PLACE,
  /** Nowhere: list the inputs that would change, {@code --check}. */
  CHECK,
  /** A unified diff on standard output, {@code --diff}. */
  DIFF;

  /** Whether directories given as inputs are walked. */
  boolean walksDirectories() {
    return this == OUTPUT_DIR || this == IN_PLACE || this == CHECK || this == DIFF;
  }
}
