package org.textmend.process;

import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Formats the edit log for {@code --explain}: one line per edit, {@code file:line:col fixer
 * "before" → "after"}, with the position in the original input and invisible characters escaped so
 * that every edit stays on one line.
 */
public final class ExplainFormat {

  /** Longer texts are cut to this many code points, followed by how many were left out. */
  static final int MAX_SHOWN = 80;

  private ExplainFormat() {}

  /** Appends one line per edit of {@code explained} to {@code lines}. */
  public static void lines(String label, ExplainedText explained, List<String> lines) {
    lines(
        label,
        explained,
        0,
        EditLog.END,
        new TextPositions(explained.original()),
        (edit, fixer, before, line) -> lines.add(line));
  }

  /**
   * As {@link #lines(String, ExplainedText, List)}, ending the line of an edit with {@code (NOTE)}
   * when {@code note}, given the fixer's name and the text the edit replaces, returns one: the
   * reason of a learned removal ({@code learned: 27 of 30 documents of scraped/site-a}).
   */
  public static void lines(
      String label,
      ExplainedText explained,
      List<String> lines,
      BiFunction<String, String, @Nullable String> note) {
    lines(
        label,
        explained,
        0,
        EditLog.END,
        new TextPositions(explained.original()),
        (edit, fixer, before, line) -> {
          String reason = note.apply(fixer, before);
          lines.add(reason == null ? line : line + " (" + reason + ")");
        });
  }

  /** Receives each edit of a log with the text it replaces and its {@code --explain} line. */
  interface EditVisitor {
    void visit(Edit edit, String fixer, String before, String line);
  }

  /**
   * Calls {@code visitor} for each edit of {@code explained} that belongs to the original text
   * between the seams {@code from} and {@code to} (see {@link EditLog}), in order, with its line.
   * Positions in the text before each step are mapped back to the original in one sweep per step,
   * so a text with many edits costs no more than a few passes over them.
   */
  static void lines(
      String label,
      ExplainedText explained,
      int from,
      int to,
      TextPositions positions,
      EditVisitor visitor) {
    String current = explained.original();
    List<Step> steps = explained.steps();
    int start = from;
    int end = to;
    for (int s = 0; s < steps.size(); s++) {
      Step step = steps.get(s);
      List<Edit> edits = step.edits();
      int[] at = new int[edits.size()];
      int count = 0;
      for (Edit edit : edits) {
        if (!EditLog.before(edit, start) && EditLog.before(edit, end)) {
          at[count++] = edit.start();
        }
      }
      for (int back = s - 1; back >= 0 && count > 0; back--) {
        EditLog.backward(steps.get(back), at, count);
      }
      int k = 0;
      for (Edit edit : edits) {
        if (!EditLog.before(edit, start) && EditLog.before(edit, end)) {
          String before = current.substring(edit.start(), edit.end());
          visitor.visit(
              edit,
              step.fixer(),
              before,
              label
                  + ":"
                  + positions.at(at[k++])
                  + " "
                  + step.fixer()
                  + " "
                  + quote(before)
                  + " → "
                  + quote(edit.replacement()));
        }
      }
      start = EditLog.forward(step, start);
      end = EditLog.forward(step, end);
      if (s + 1 < steps.size()) {
        current = step.applyTo(current);
      }
    }
  }

  /**
   * {@code text} in double quotes, with {@code \n}, {@code \r}, {@code \t}, {@code \\}, {@code \"}
   * and other invisible characters (controls, format characters, spaces other than U+0020, line
   * separators, lone surrogates) written as escapes such as {@code \u00A0} or {@code \U000E0041}.
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    int shown = 0;
    int i = 0;
    while (i < text.length()) {
      if (shown == MAX_SHOWN) {
        out.append('"').append("…(").append(text.codePointCount(i, text.length()));
        return out.append(" more)").toString();
      }
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      shown++;
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        default -> {
          if (isInvisible(c)) {
            out.append(c < 0x10000 ? String.format("\\u%04X", c) : String.format("\\U%08X", c));
          } else {
            out.appendCodePoint(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isInvisible(int c) {
    if (c == ' ') {
      return false;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.SPACE_SEPARATOR:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
      case Character.UNASSIGNED:
      case Character.PRIVATE_USE:
        return true;
      default:
        return c >= 0xFE00 && c <= 0xFE0F; // variation selectors
    }
  }
}
