package org.textmend.cli;

import java.util.List;

/**
 * What processing one input produced, kept until its turn to be printed so that output order does
 * not depend on which thread finished first. Immutable.
 *
 * @param status how it went
 * @param text bytes for standard output (the cleaned text in the default mode)
 * @param report text for standard output (a {@code --check} line or a diff)
 * @param messages lines for standard error ({@code --explain}, {@code --verbose}, errors)
 */
record FileResult(Status status, byte[] text, String report, List<String> messages) {

  /** How processing one input went. */
  enum Status {
    UNCHANGED,
    CHANGED,
    FAILED,
    INTERNAL_ERROR
  }

  FileResult {
    messages = List.copyOf(messages);
  }
}
