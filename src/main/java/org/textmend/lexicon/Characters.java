package org.textmend.lexicon;

/**
 * Character tests shared by the lexicon and the fixers, with fast paths for ASCII, which is most of
 * the text they read.
 */
public final class Characters {

  private Characters() {}

  /**
   * Whether {@code c} separates tokens: ASCII white space, and every Unicode white-space or space
   * separator character (so a no-break space separates words too).
   */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Whether {@code text[i]} ends a line: an LF, or a CR not followed by an LF (old Mac line ends,
   * which the whitespace fixer keeps). The CR of a CRLF is white space before the break.
   */
  public static boolean isLineBreak(char[] text, int i) {
    char c = text[i];
    return c == '\n' || c == '\r' && (i + 1 == text.length || text[i + 1] != '\n');
  }

  /** {@link #isLineBreak(char[], int)} for any character sequence. */
  public static boolean isLineBreak(CharSequence text, int i) {
    char c = text.charAt(i);
    return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
  }

  /** {@link Character#toLowerCase(char)}, fast for ASCII. */
  public static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
