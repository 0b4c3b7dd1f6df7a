package org.textmend.lexicon;

import java.util.Arrays;
import java.util.Objects;

/**
 * The lines of a text, and the one definition of a line break for the whole code base: LF, CRLF, or
 * a lone CR. Line {@code i} has its content at {@code [start(i), end(i))}; its terminator, if any,
 * runs from {@code end(i)} to {@code next(i)}, where line {@code i + 1} starts. A text that ends
 * with a line break has an empty last line after it, so {@code "a\n"} has two lines and {@code ""}
 * has one.
 *
 * <pre>{@code
 * LineIndex index = LineIndex.of("one\r\ntwo\rthree\n");
 * index.lineCount()        // 4: "one", "two", "three" and the empty line after the final break
 * index.lineOf(6)          // 1 ("w" of "two")
 * index.column(6)          // 2, counted from 1 in code points
 * }</pre>
 *
 * <p>The static methods walk a text from line to line without building an index, for callers that
 * read only a few lines of a long text. Immutable and thread-safe.
 */
public final class LineIndex {

  private final String text;

  /** Where each line starts; {@code starts[0] == 0}. */
  private final int[] starts;

  /** Where the content of each line ends, before its terminator. */
  private final int[] ends;

  private LineIndex(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** Indexes the lines of {@code text} in one pass. */
  public static LineIndex of(String text) {
    Objects.requireNonNull(text, "text");
    int[] starts = new int[16];
    int[] ends = new int[16];
    int count = 0;
    int length = text.length();
    int at = 0;
    while (true) {
      int start = at;
      while (at < length && !isBreak(text.charAt(at))) {
        at++;
      }
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
        ends = Arrays.copyOf(ends, count * 2);
      }
      starts[count] = start;
      ends[count] = at;
      count++;
      if (at == length) {
        break;
      }
      at = nextStart(text, at);
    }
    return new LineIndex(text, Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
  }

  /** How many lines the text has, counting the empty line after a final line break. */
  public int lineCount() {
    return starts.length;
  }

  /**
   * How many lines hold text or end with a line break: {@link #lineCount()} without the empty line
   * after a final line break, and at least one. Fixers that edit line by line see these lines.
   */
  public int linesBeforeFinalBreak() {
    int count = starts.length;
    return count > 1 && starts[count - 1] == text.length() ? count - 1 : count;
  }

  /** Where line {@code line} (counted from 0) starts. */
  public int start(int line) {
    return starts[line];
  }

  /** Where the content of line {@code line} ends, before its line break. */
  public int end(int line) {
    return ends[line];
  }

  /** Where the line after line {@code line} starts; the text's length for the last line. */
  public int next(int line) {
    return line + 1 < starts.length ? starts[line + 1] : text.length();
  }

  /**
   * The line (counted from 0) that holds the UTF-16 index {@code offset}; an offset inside a line
   * break, or the text's length, belongs to the line the break ends.
   */
  public int lineOf(int offset) {
    int line = Arrays.binarySearch(starts, offset);
    return line < 0 ? -line - 2 : line;
  }

  /**
   * The column of the UTF-16 index {@code offset} for a message: counted from 1 in code points, so
   * that an emoji is one column.
   */
  public int column(int offset) {
    return text.codePointCount(starts[lineOf(offset)], offset) + 1;
  }

  /** Whether {@code c} ends a line: LF or CR (a CR followed by LF ends one line, not two). */
  public static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** How many line breaks {@code text} holds, a CRLF counting once. */
  public static long breakCount(CharSequence text) {
    long count = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      if (Characters.isLineBreak(text, i)) {
        count++;
      }
    }
    return count;
  }

  /** Where the content of the line that starts at {@code start} ends, before its line break. */
  public static int endOfLine(CharSequence text, int start) {
    return endOfLine(text, start, text.length());
  }

  /**
   * Where the content of the line that starts at {@code start} ends, reading no further than {@code
   * limit}: {@code limit} when no line break comes before it. A caller that wants only short lines
   * does not read a long one to its end.
   */
  public static int endOfLine(CharSequence text, int start, int limit) {
    int end = start;
    while (end < limit && !isBreak(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * Where the next line starts after a line whose content ends at {@code end} (at its line break or
   * at the end of the text, which is then returned).
   */
  public static int nextStart(CharSequence text, int end) {
    if (end >= text.length()) {
      return text.length();
    }
    if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return end + 1;
  }

  /**
   * Where the content of the line before the line that starts at {@code start} ends: before the
   * line break that precedes {@code start}, a CRLF counting as one. {@code start} must be above 0
   * and just after a line break.
   */
  public static int previousEnd(CharSequence text, int start) {
    int end = start - 1;
    if (text.charAt(end) == '\n' && end > 0 && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  /** Where the line that holds the content ending at {@code end} starts. */
  public static int startOfLine(CharSequence text, int end) {
    return startOfLine(text, end, 0);
  }

  /**
   * Where the line that holds the content ending at {@code end} starts, reading back no further
   * than {@code floor}: {@code floor} when no line break comes after it.
   */
  public static int startOfLine(CharSequence text, int end, int floor) {
    int at = end;
    while (at > floor && !isBreak(text.charAt(at - 1))) {
      at--;
    }
    return at;
  }
}
