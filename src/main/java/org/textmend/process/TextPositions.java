package org.textmend.process;

import java.util.Arrays;

/**
 * Line and column numbers of positions in a text, both counted from 1. A line ends at LF, CRLF or a
 * lone CR; columns count code points, so an emoji is one column.
 */
public final class TextPositions {

  private final String text;
  private final int[] lineStarts;
  private final int anchor;
  private final long anchorLine;
  private final int anchorColumn;
  private final int anchorLineIndex;

  public TextPositions(String text) {
    this(text, 0, 1, 1);
  }

  /**
   * Positions in {@code text}, a part of a larger text in which {@code text[anchor]} is at line
   * {@code anchorLine}, column {@code anchorColumn}. Only positions from the anchor on are asked
   * for.
   */
  public TextPositions(String text, int anchor, long anchorLine, int anchorColumn) {
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
    this.anchor = anchor;
    this.anchorLine = anchorLine;
    this.anchorColumn = anchorColumn;
    this.anchorLineIndex = lineIndex(anchor);
  }

  /** {@code line:column} of the UTF-16 index {@code offset}. */
  public String at(int offset) {
    int line = lineIndex(offset);
    if (line == anchorLineIndex) {
      int column = anchorColumn + text.codePointCount(anchor, Math.max(anchor, offset));
      return anchorLine + ":" + column;
    }
    int column = text.codePointCount(lineStarts[line], offset) + 1;
    return (anchorLine + line - anchorLineIndex) + ":" + column;
  }

  private int lineIndex(int offset) {
    int line = Arrays.binarySearch(lineStarts, offset);
    return line < 0 ? -line - 2 : line;
  }
}
