package org.textmend.fixers.whitespace;

import org.textmend.lexicon.LineIndex;

/**
 * The lines of a text as {@link WhitespaceFixer} reads them, on a {@link LineIndex}: for each,
 * where it starts, where its content ends, where the next line starts, where its indentation ends
 * and its trailing white space starts; and how many line breaks of each kind the text holds.
 */
final class WhitespaceLines {
  private static final int FIELDS = 2;
  private final LineIndex index;
  private final int[] data;
  private final boolean[] runs;

  /**
   * Whether a line may hold something spaceRuns changes: two spaces in a row or a Unicode space.
   */
  private final boolean[] spaced;

  /** The lines the fixer edits: a final line break does not start another (empty) line. */
  final int count;

  int lf;
  int crlf;
  int cr;

  private WhitespaceLines(LineIndex index) {
    this.index = index;
    this.count = index.linesBeforeFinalBreak();
    this.data = new int[FIELDS * count];
    this.runs = new boolean[count];
    this.spaced = new boolean[count];
  }

  /** The lines of {@code text}, whose characters are {@code chars}. */
  static WhitespaceLines of(String text, char[] chars) {
    WhitespaceLines lines = new WhitespaceLines(LineIndex.of(text));
    for (int i = 0; i < lines.count; i++) {
      int end = lines.end(i);
      int breakLength = lines.next(i) - end;
      if (breakLength == 2) {
        lines.crlf++;
      } else if (breakLength == 1) {
        if (chars[end] == '\r') {
          lines.cr++;
        } else {
          lines.lf++;
        }
      }
      lines.add(chars, i);
    }
    return lines;
  }

  /**
   * Whether {@code text[start, end)} holds two spaces in a row or a Unicode space, the only things
   * spaceRuns works on; most lines hold neither, and are passed over.
   */
  private static boolean maySpaceRun(char[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (c == ' ') {
        if (k + 1 < end && text[k + 1] == ' ') {
          return true;
        }
      } else if (c > 0x7f && Spaces.isSpaceSeparator(c)) {
        return true;
      }
    }
    return false;
  }

  private void add(char[] text, int line) {
    int start = start(line);
    int end = end(line);
    boolean spaces = maySpaceRun(text, start, end);
    int indentEnd = start;
    while (indentEnd < end && Spaces.isLineSpace(text[indentEnd])) {
      indentEnd++;
    }
    int trail = end;
    while (trail > indentEnd && Spaces.isLineSpace(text[trail - 1])) {
      trail--;
    }
    // Whether the line has a run of two or more plain spaces. A run mixed with other spaces does
    // not count: it is either turned into one space or left as it is, never collapsed, so
    // counting it would let this line's neighbours change their minds on a second pass.
    boolean run = false;
    for (int k = indentEnd; spaces && k < trail && !run; ) {
      if (!Spaces.isRunSpace(text[k])) {
        k++;
        continue;
      }
      int runStart = k;
      k = Spaces.runEnd(text, k, trail);
      run = k - runStart > 1 && Spaces.isPlain(text, runStart, k);
    }
    int base = FIELDS * line;
    data[base] = indentEnd;
    data[base + 1] = trail;
    if (indentEnd > start && isCodeIndent(text, start, indentEnd)) {
      data[base] = -indentEnd - 1; // marks the line as preformatted
    }
    runs[line] = run;
    spaced[line] = spaces;
  }

  /** Whether the indentation {@code [start, end)} marks code: a tab, or four or more spaces. */
  private static boolean isCodeIndent(char[] text, int start, int end) {
    if (end - start >= 4) {
      return true;
    }
    for (int i = start; i < end; i++) {
      if (text[i] == '\t') {
        return true;
      }
    }
    return false;
  }

  int start(int i) {
    return index.start(i);
  }

  int end(int i) {
    return index.end(i);
  }

  int next(int i) {
    return index.next(i);
  }

  int indentEnd(int i) {
    int value = data[FIELDS * i];
    return value < 0 ? -value - 1 : value;
  }

  int trail(int i) {
    return data[FIELDS * i + 1];
  }

  boolean isBlank(int i) {
    return indentEnd(i) == end(i);
  }

  boolean hasSpaceRun(int i) {
    return spaced[i];
  }

  boolean isPreformatted(int i) {
    if (data[FIELDS * i] < 0) {
      return true;
    }
    return runs[i] && ((i > 0 && runs[i - 1]) || (i + 1 < count && runs[i + 1]));
  }
}
