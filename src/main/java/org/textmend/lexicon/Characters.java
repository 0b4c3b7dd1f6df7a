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

  /** {@link Character#toLowerCase(char)}, fast for ASCII. */
  public static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }
}
