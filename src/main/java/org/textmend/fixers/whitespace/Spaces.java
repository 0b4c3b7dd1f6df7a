package org.textmend.fixers.whitespace;

/**
 * Which white space {@link WhitespaceFixer} treats as a space: the Unicode space separators, less
 * the ideographic space inside a line and the Ogham space mark.
 */
final class Spaces {

  private Spaces() {}

  /** A Unicode space separator other than U+0020 that may be turned into a plain space. */
  static boolean isWordSpace(char c) {
    return c > 0x7f && c != '\u3000' && c != '\u1680' && isSpaceSeparator(c);
  }

  /** Whether {@code c} belongs in a run of spaces between words: a plain space or a word space. */
  static boolean isRunSpace(char c) {
    return c == ' ' || isWordSpace(c);
  }

  /**
   * Where the run of {@link #isRunSpace} characters from {@code start} ends, before {@code limit}.
   */
  static int runEnd(char[] text, int start, int limit) {
    int end = start;
    while (end < limit && isRunSpace(text[end])) {
      end++;
    }
    return end;
  }

  /** Whether {@code text[start, end)} holds only plain spaces (U+0020). */
  static boolean isPlain(char[] text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (text[i] != ' ') {
        return false;
      }
    }
    return true;
  }

  /** White space that may end a line or fill a blank one: spaces, tabs, Unicode spaces. */
  static boolean isLineSpace(char c) {
    return c == ' ' || c == '\t' || (c > 0x7f && c != '\u1680' && isSpaceSeparator(c));
  }

  /**
   * The characters of the basic multilingual plane whose Unicode category is "space separator", as
   * a bit set taken from the JDK's character data when the class loads (about a millisecond),
   * because asking {@link Character#getType} for every letter beyond ASCII is the slowest part of
   * scanning a text.
   */
  private static final long[] SPACE_SEPARATORS = spaceSeparators();

  private static long[] spaceSeparators() {
    long[] bits = new long[1 << 10];
    for (int c = 0; c <= 0xffff; c++) {
      if (Character.getType(c) == Character.SPACE_SEPARATOR) {
        bits[c >>> 6] |= 1L << c;
      }
    }
    return bits;
  }

  static boolean isSpaceSeparator(char c) {
    return (SPACE_SEPARATORS[c >>> 6] & (1L << c)) != 0;
  }
}
