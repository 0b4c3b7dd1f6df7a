package org.textmend.pipeline;

import java.util.List;
import java.util.Objects;

/**
 * The edits one fixer made to the text it was given: a replayable entry of the edit log. Immutable.
 *
 * @param fixer the name of the fixer
 * @param edits its edits, sorted and non-overlapping, in the coordinates of the text before this
 *     step
 */
public record Step(String fixer, List<Edit> edits) {

  public Step {
    Objects.requireNonNull(fixer, "fixer");
    edits = List.copyOf(edits);
  }

  /** Applies this step's edits to {@code text}, the text the fixer was given. */
  public String applyTo(String text) {
    int grow = 0;
    for (Edit edit : edits) {
      grow += edit.delta();
    }
    StringBuilder out = new StringBuilder(Math.max(0, text.length() + grow));
    int at = 0;
    for (Edit edit : edits) {
      out.append(text, at, edit.start()).append(edit.replacement());
      at = edit.end();
    }
    return out.append(text, at, text.length()).toString();
  }

  /**
   * Maps a position in the text after this step to the position in the text before it. A position
   * inside a replacement maps to the start of the replaced range, so positions never run backwards.
   */
  public int sourceOffset(int offset) {
    int shift = 0;
    for (Edit edit : edits) {
      int newStart = edit.start() + shift;
      if (offset < newStart) {
        break;
      }
      int newEnd = newStart + edit.replacement().length();
      if (offset < newEnd) {
        return edit.start();
      }
      shift += edit.delta();
    }
    return offset - shift;
  }
}
