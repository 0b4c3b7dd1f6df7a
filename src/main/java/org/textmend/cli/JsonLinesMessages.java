package org.textmend.cli;

import java.util.ArrayList;
import java.util.List;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.JsonLinesCleaner.Explanation;
import org.textmend.process.JsonLinesCleaner.MalformedLine;

/**
 * The command line's words for what cleaning JSON Lines reported: a message per malformed line and
 * the {@code --explain} lines, in line order, and the problems for the report. Stateless.
 */
final class JsonLinesMessages {

  private static final String PASSED = ". The line was passed through unchanged.";

  private JsonLinesMessages() {}

  /** The lines for standard error about {@code block} of {@code label}, in line order. */
  static List<String> messages(String label, JsonLinesCleaner.Block block) {
    List<String> messages = new ArrayList<>();
    List<Explanation> explanations = block.explanations();
    int e = 0;
    for (MalformedLine bad : block.malformed()) {
      // a malformed line has no edits, so the two lists interleave by line number
      while (e < explanations.size() && explanations.get(e).line() < bad.line()) {
        messages.add(explanations.get(e++).text());
      }
      String where = label + ":" + bad.line() + (bad.column() > 0 ? ":" + bad.column() : "");
      messages.add(Messages.about(where, bad.description() + PASSED));
    }
    while (e < explanations.size()) {
      messages.add(explanations.get(e++).text());
    }
    return messages;
  }

  /** The malformed lines of {@code block}, for the report. */
  static List<Problem> problems(JsonLinesCleaner.Block block) {
    List<Problem> problems = new ArrayList<>();
    for (MalformedLine bad : block.malformed()) {
      String column = bad.column() > 0 ? "column " + bad.column() + ": " : "";
      problems.add(new Problem(bad.line(), column + bad.description() + PASSED));
    }
    return problems;
  }
}
