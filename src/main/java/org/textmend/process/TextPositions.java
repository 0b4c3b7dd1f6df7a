package org.textmend.process;

import org.textmend.lexicon.LineIndex;

/**
 * Line and column numbers of positions in a text, both counted from 1. Lines and columns are those
 * of {@link LineIndex}: a line ends at LF, CRLF or a lone CR, and columns count code points, so an
 * emoji is one column.
 */
public final class TextPositions {

  private final String text;
  private final LineIndex lines;
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
    this.lines = LineIndex.of(text);
    this.anchor = anchor;
    this.anchorLine = anchorLine;
    this.anchorColumn = anchorColumn;
    this.anchorLineIndex = lines.lineOf(anchor);
  }

  /** {@code line:column} of the UTF-16 index {@code offset}. */
  public String at(int offset) {
    int line = lines.lineOf(offset);
    if (line == anchorLineIndex) {
      int column = anchorColumn + text.codePointCount(anchor, Math.max(anchor, offset));
      return anchorLine + ":" + column;
    }
    return (anchorLine + line - anchorLineIndex) + ":" + lines.column(offset);
  }
}
