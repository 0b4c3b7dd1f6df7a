package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.LineIndex;
import org.textmend.pipeline.Edit;

/**
 * Line walking shared by the structure fixers, which read only the few lines they need of a long
 * text. A line is {@code [start, end)} without its terminator; {@code next} is where the following
 * line starts. What ends a line is {@link LineIndex}'s rule ({@code \n}, {@code \r\n} and a lone
 * {@code \r}), so CRLF text gives the same edits as LF text, shifted.
 */
final class Lines {

  private Lines() {}

  /** One line of a text: content {@code [start, end)}, the next line starting at {@code next}. */
  record Line(int start, int end, int next) {
    int length() {
      return end - start;
    }
  }

  /** The line starting at {@code start} (which must be 0 or just after a terminator). */
  static Line lineAt(String text, int start) {
    int end = LineIndex.endOfLine(text, start);
    return new Line(start, end, LineIndex.nextStart(text, end));
  }

  /**
   * The line starting at {@code start}, or null when it is longer than {@code maxLength} (which is
   * then not read to its end).
   */
  static @Nullable Line lineAt(String text, int start, int maxLength) {
    int end = LineIndex.endOfLine(text, start, Math.min(text.length(), start + maxLength + 1));
    if (end - start > maxLength) {
      return null;
    }
    return new Line(start, end, LineIndex.nextStart(text, end));
  }

  /**
   * The start of the line before the line that starts at {@code start}, or -1 when {@code start} is
   * the first line.
   */
  static int previousStart(String text, int start) {
    if (start == 0) {
      return -1;
    }
    return LineIndex.startOfLine(text, LineIndex.previousEnd(text, start));
  }

  /** Whether {@code text[start, end)} holds only white space. */
  static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The first non-blank lines of {@code text}, at most {@code max} of them, ending before the first
   * non-blank line longer than {@code maxLength}: the top of a document ends where its text starts,
   * and that long line is not read to its end.
   */
  static List<Line> firstNonBlank(String text, int max, int maxLength) {
    List<Line> lines = new ArrayList<>(max);
    int at = 0;
    int length = text.length();
    while (at < length && lines.size() < max) {
      int end = LineIndex.endOfLine(text, at, Math.min(length, at + maxLength + 1));
      if (end - at > maxLength) {
        if (!isBlank(text, at, end)) {
          break;
        }
        end = lineAt(text, at).end();
        if (!isBlank(text, at, end)) {
          break;
        }
      }
      if (!isBlank(text, at, end)) {
        lines.add(new Line(at, end, LineIndex.nextStart(text, end)));
      }
      at = LineIndex.nextStart(text, end);
    }
    return lines;
  }

  /**
   * The last non-blank lines of {@code text}, at most {@code max}, the last one first, ending
   * before the first non-blank line (from the end) longer than {@code maxLength}, which is not read
   * to its start.
   */
  static List<Line> lastNonBlank(String text, int max, int maxLength) {
    List<Line> lines = new ArrayList<>(max);
    // the end of the last line's content: a final terminator does not start an empty line
    int end = text.length();
    if (end > 0 && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > 0 && text.charAt(end - 1) == '\r') {
      end--;
    }
    while (lines.size() < max) {
      int start = LineIndex.startOfLine(text, end, Math.max(0, end - maxLength - 1));
      if (end - start > maxLength) {
        if (!isBlank(text, start, end)) {
          break;
        }
        start = LineIndex.startOfLine(text, end);
        if (!isBlank(text, start, end)) {
          break;
        }
      }
      if (!isBlank(text, start, end)) {
        lines.add(new Line(start, end, LineIndex.nextStart(text, end)));
      }
      if (start == 0) {
        break;
      }
      end = LineIndex.previousEnd(text, start);
    }
    return lines;
  }

  /** Where the next non-blank line at or after {@code from} starts, or -1 when there is none. */
  static int nextNonBlank(String text, int from) {
    int at = from;
    while (at < text.length()) {
      Line line = lineAt(text, at);
      if (!isBlank(text, line.start(), line.end())) {
        return line.start();
      }
      at = line.next();
    }
    return -1;
  }

  /**
   * Where the content of the last non-blank line before the line starting at {@code start} ends, or
   * -1 when there is none.
   */
  static int previousNonBlankEnd(String text, int start) {
    int at = previousStart(text, start);
    while (at >= 0) {
      Line line = lineAt(text, at);
      if (!isBlank(text, line.start(), line.end())) {
        return line.end();
      }
      at = previousStart(text, at);
    }
    return -1;
  }

  /**
   * One deletion per line in {@code removed} (sorted, distinct, non-blank lines), chosen so that
   * the document stays tidy: a removed line takes the blank lines after it with it, so no blank
   * lines are left at the top and blank-line runs do not grow; a removed line with no kept text
   * after it takes the line break and blank lines before it instead, so the document still ends as
   * it did (with or without a final line break). Each removed line is its own edit, so that {@code
   * --explain} can show every one.
   */
  static List<Edit> removals(String text, List<Line> removed) {
    int count = removed.size();
    Edit[] edits = new Edit[count];
    boolean trailing = true;
    for (int i = count - 1; i >= 0; i--) {
      Line line = removed.get(i);
      int next = nextNonBlank(text, line.next());
      boolean nextRemoved = i + 1 < count && next == removed.get(i + 1).start();
      trailing = next < 0 || (nextRemoved && trailing);
      int before = trailing ? previousNonBlankEnd(text, line.start()) : -1;
      if (trailing && before >= 0) {
        edits[i] = Edit.delete(before, line.end());
      } else if (next >= 0) {
        edits[i] = Edit.delete(line.start(), next);
      } else {
        edits[i] = Edit.delete(line.start(), text.length());
      }
    }
    return List.of(edits);
  }
}
