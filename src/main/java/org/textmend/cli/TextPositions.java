package org.textmend.cli;

import java.util.Arrays;

/**
 * Line and column numbers of positions in a text, both counted from 1. A line ends at LF, CRLF or a
 * lone CR; columns count code points, so an emoji is one column.
 */
final class TextPositions {

  private final String text;
  private final int[] lineStarts;

  TextPositions(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** {@code line:column} of the UTF-16 index {@code offset}. */
  String at(int offset) {
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int column = text.codePointCount(lineStarts[line], offset) + 1;
    return (line + 1) + ":" + column;
  }
}
