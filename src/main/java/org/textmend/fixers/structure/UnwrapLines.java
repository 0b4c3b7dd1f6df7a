package org.textmend.fixers.structure;

import java.util.Arrays;
import org.textmend.lexicon.LineIndex;

/**
 * The lines of a text for {@link UnwrapFixer}, on a {@link LineIndex}, with what the fixer asks of
 * each computed once: blank, structural (a list item, an indented line, a table row…) or plain, the
 * number of words, and the length of the run of non-blank lines it belongs to.
 */
final class UnwrapLines {
  private static final byte PLAIN = 0;
  private static final byte BLANK = 1;
  private static final byte STRUCTURAL = 2;
  private static final byte MARKER = 3;
  private static final byte ITEM = 4;
  private static final byte UNREAD = 5;

  private final String text;

  /** The lines the fixer reads: a final line break does not start another (empty) line. */
  private final int size;

  private final int[] starts;
  private final int[] ends;
  private final byte[] flags;
  private int[] runLengths;
  private int[] contents;

  private UnwrapLines(String text) {
    this.text = text;
    LineIndex index = LineIndex.of(text);
    this.size = index.linesBeforeFinalBreak();
    this.starts = new int[size];
    this.ends = new int[size];
    this.flags = new byte[size];
    for (int i = 0; i < size; i++) {
      starts[i] = index.start(i);
      ends[i] = index.end(i);
      flags[i] = firstFlag(starts[i], ends[i]);
    }
  }

  static UnwrapLines of(String text) {
    UnwrapLines table = new UnwrapLines(text);
    table.resolveMarkers();
    table.computeRuns();
    return table;
  }

  /** What the edges of a line tell about it; {@link #UNREAD} when its content must be read. */
  private byte firstFlag(int start, int end) {
    if (Lines.isBlank(text, start, end)) {
      return BLANK;
    } else if (LineShape.hasStructuralEdges(text, start, end)) {
      if (LineShape.startsWithAmbiguousMarker(text, start, end)) {
        return MARKER;
      } else if (LineShape.isListItem(text, start, end)) {
        return ITEM;
      }
      return STRUCTURAL;
    }
    return UNREAD;
  }

  /**
   * The flag of line {@code i}, reading the whole line only now: most lines of a document with one
   * paragraph per line are never asked about.
   */
  private byte flag(int i) {
    if (flags[i] == UNREAD) {
      int content = content(i);
      flags[i] = (content & LineShape.STRUCTURAL_CONTENT) != 0 ? STRUCTURAL : PLAIN;
    }
    return flags[i];
  }

  /** What {@link LineShape#readContent} says of line {@code i}, read once. */
  private int content(int i) {
    if (contents == null) {
      contents = new int[size];
      Arrays.fill(contents, -1);
    }
    if (contents[i] < 0) {
      contents[i] = LineShape.readContent(text, starts[i], ends[i]);
    }
    return contents[i];
  }

  /** The number of words on line {@code i} (counted up to a bound). */
  int words(int i) {
    return content(i) >>> 1;
  }

  /**
   * Settles lines that are fields of a record (structural when next to another field) and lines
   * that start with a dash or a number: a lone such line right after a line that ends inside a
   * sentence continues it ("... the crossing took an hour" / "- and the ferry was late");
   * otherwise, or next to another such line, it is a list item.
   */
  private void resolveMarkers() {
    boolean[] fields = new boolean[size];
    for (int i = 0; i < size; i++) {
      fields[i] = flags[i] != BLANK && LineShape.isField(text, starts[i], ends[i]);
    }
    for (int i = 0; i < size; i++) {
      // "Format: ..." above "Upstream-Name: ...": fields of a record stay on their lines
      if (fields[i] && ((i > 0 && fields[i - 1]) || (i + 1 < size && fields[i + 1]))) {
        flags[i] = STRUCTURAL;
      }
    }
    for (int i = 0; i < size; i++) {
      if (flags[i] != MARKER) {
        continue;
      }
      boolean continuation =
          i > 0
              && flag(i - 1) == PLAIN
              && LineShape.endsMidSentence(text, starts[i - 1], ends[i - 1])
              && (i + 1 >= size || (flags[i + 1] != MARKER && flags[i + 1] != ITEM));
      flags[i] = continuation ? PLAIN : ITEM;
    }
  }

  /** For each line, the number of lines in its run of consecutive non-blank lines. */
  private void computeRuns() {
    runLengths = new int[size];
    int i = 0;
    while (i < size) {
      if (blank(i)) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < size && !blank(last + 1)) {
        last++;
      }
      for (int k = i; k <= last; k++) {
        runLengths[k] = last - i + 1;
      }
      i = last + 1;
    }
  }

  int size() {
    return size;
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  boolean blank(int i) {
    return flags[i] == BLANK;
  }

  /** Not running text: a list item, an indented line, a table row, a heading, a rule. */
  boolean structural(int i) {
    byte flag = flag(i);
    return flag == STRUCTURAL || flag == ITEM;
  }

  /** A list item: structural, but the first line of a wrapped item may take its next lines. */
  boolean item(int i) {
    return flags[i] == ITEM;
  }

  int runLength(int i) {
    return runLengths[i];
  }

  int trimmedLength(int i) {
    return LineShape.trimmedEnd(text, starts[i], ends[i]) - starts[i];
  }

  int firstWordLength(int i) {
    return LineShape.firstWordLength(text, starts[i], ends[i]);
  }
}
