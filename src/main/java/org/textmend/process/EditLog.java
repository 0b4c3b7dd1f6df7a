package org.textmend.process;

import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Step;

/**
 * Positions through an edit log, in time linear in the number of edits: forward, to find where a
 * seam between two chunks lands in the cleaned text, and backward, to report every edit at its
 * place in the input.
 *
 * <p>The rule at a seam {@code p}: an edit belongs to the text before {@code p} when it ends before
 * {@code p}, or ends at {@code p} and removes something; every other edit (one that starts at or
 * after {@code p}, crosses it, or inserts at it) belongs to the text after it. Two cleanings that
 * make the same edits around a seam therefore agree on where it lands. Stateless.
 */
final class EditLog {

  /** A seam at the end of the text: everything before it, also an insertion at the very end. */
  static final int END = Integer.MAX_VALUE;

  private EditLog() {}

  /** Whether {@code edit} belongs to the text before the seam {@code p}. */
  static boolean before(Edit edit, int p) {
    return edit.end() < p || (edit.end() == p && edit.start() < edit.end());
  }

  /** Where the seam {@code p} of the text before {@code step} lands in the text after it. */
  static int forward(Step step, int p) {
    if (p == END) {
      return END;
    }
    int shift = 0;
    for (Edit edit : step.edits()) {
      if (before(edit, p)) {
        shift += edit.delta();
      } else {
        // the first edit after the seam; one that crosses it moves the seam to its start
        return Math.min(p, edit.start()) + shift;
      }
    }
    return p + shift;
  }

  /** Where the seam {@code p} of the original text lands in the cleaned text. */
  static int forward(List<Step> steps, int p) {
    int at = p;
    for (Step step : steps) {
      at = forward(step, at);
    }
    return at;
  }

  /**
   * Maps ascending positions in the text after {@code step} to the text before it, in place, as
   * {@link Step#sourceOffset} does one at a time.
   */
  static void backward(Step step, int[] offsets, int count) {
    List<Edit> edits = step.edits();
    int i = 0;
    int shift = 0;
    for (int k = 0; k < count; k++) {
      int offset = offsets[k];
      int mapped = -1;
      while (i < edits.size()) {
        Edit edit = edits.get(i);
        int newStart = edit.start() + shift;
        if (offset < newStart) {
          break;
        }
        if (offset < newStart + edit.replacement().length()) {
          mapped = edit.start();
          break;
        }
        shift += edit.delta();
        i++;
      }
      offsets[k] = mapped >= 0 ? mapped : offset - shift;
    }
  }
}
