package org.textmend.process;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Keeps a record value's ending as it was: a value (a JSON field, a table cell) is text, not a
 * file. Stateless.
 */
public final class ValueEnding {

  private ValueEnding() {}

  /**
   * The edit log without a final line break that the cleaning added to a value that ended without
   * one: a file ends with a line break, a field's value does not have to, and a record whose text
   * is otherwise clean must come out unchanged. Only a break made by the last step's last edit, at
   * the very end, is taken back; the log stays consistent.
   */
  public static ExplainedText keep(ExplainedText explained) {
    String original = explained.original();
    String text = explained.text();
    int added = breakLength(text);
    List<Step> steps = explained.steps();
    if (added == 0 || breakLength(original) > 0 || steps.isEmpty()) {
      return explained;
    }
    Step step = steps.get(steps.size() - 1);
    List<Edit> edits = step.edits();
    Edit edit = edits.get(edits.size() - 1);
    int inputLength = text.length();
    for (Edit e : edits) {
      inputLength -= e.delta();
    }
    String replacement = edit.replacement();
    if (edit.end() != inputLength
        || replacement.length() < added
        || !replacement.endsWith(text.substring(text.length() - added))) {
      return explained;
    }
    List<Edit> kept = new ArrayList<>(edits.subList(0, edits.size() - 1));
    String shorter = replacement.substring(0, replacement.length() - added);
    if (!(shorter.isEmpty() && edit.start() == edit.end())) {
      kept.add(new Edit(edit.start(), edit.end(), shorter));
    }
    List<Step> newSteps = new ArrayList<>(steps.subList(0, steps.size() - 1));
    if (!kept.isEmpty()) {
      newSteps.add(new Step(step.fixer(), kept));
    }
    return new ExplainedText(original, text.substring(0, text.length() - added), newSteps);
  }

  /** The length of the line break that ends {@code text}: 0, 1 or 2 (CR LF). */
  private static int breakLength(String text) {
    int n = text.length();
    if (n == 0) {
      return 0;
    }
    char last = text.charAt(n - 1);
    if (last == '\n') {
      return n >= 2 && text.charAt(n - 2) == '\r' ? 2 : 1;
    }
    return last == '\r' ? 1 : 0;
  }
}
