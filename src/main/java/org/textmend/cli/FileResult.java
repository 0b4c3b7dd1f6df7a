package org.textmend.cli;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.textmend.process.FurnitureTally;

/**
 * What processing one input produced, kept until its turn to be printed so that output order does
 * not depend on which thread finished first. Immutable.
 *
 * @param label the input as messages name it
 * @param status how it went
 * @param text bytes for standard output (the cleaned text in the default mode)
 * @param report text for standard output (a {@code --check} line or a diff)
 * @param messages lines for standard error ({@code --explain}, {@code --verbose}, errors)
 * @param stats counts for the summary and the report
 */
record FileResult(
    String label, Status status, byte[] text, String report, List<String> messages, Stats stats) {

  /** How processing one input went. */
  enum Status {
    UNCHANGED,
    CHANGED,
    FAILED,
    INTERNAL_ERROR
  }

  /**
   * Counts about one input.
   *
   * @param bytes how many bytes were read
   * @param encoding the encoding it was read in, or {@code null} when reading failed first
   * @param lines for JSON Lines, how many lines it held; otherwise -1
   * @param edits the edits per fixer
   * @param problems what went wrong
   * @param furniture the page furniture removed, per source
   */
  record Stats(
      long bytes,
      @Nullable String encoding,
      long lines,
      Map<String, Integer> edits,
      List<Problem> problems,
      Map<String, FurnitureTally.Source> furniture) {

    static final Stats NONE = new Stats(0, null, -1, Map.of(), List.of());

    Stats {
      edits = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(edits));
      problems = List.copyOf(problems);
      furniture = Map.copyOf(furniture);
    }

    /** Counts of an input that removed no furniture (or was not read). */
    Stats(
        long bytes,
        @Nullable String encoding,
        long lines,
        Map<String, Integer> edits,
        List<Problem> problems) {
      this(bytes, encoding, lines, edits, problems, Map.of());
    }

    Stats withProblem(Problem problem) {
      List<Problem> all = new java.util.ArrayList<>(problems);
      all.add(problem);
      return new Stats(bytes, encoding, lines, edits, all, furniture);
    }
  }

  FileResult {
    messages = List.copyOf(messages);
  }

  /** A failed input: {@code message} on standard error, and in the report without the label. */
  static FileResult failed(String label, List<String> messages, String message, Stats stats) {
    List<String> all = new java.util.ArrayList<>(messages);
    all.add(message);
    String prefix = Messages.PREFIX + label + ": ";
    String problem = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return new FileResult(
        label, Status.FAILED, new byte[0], "", all, stats.withProblem(new Problem(0, problem)));
  }
}
