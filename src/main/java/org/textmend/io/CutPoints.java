package org.textmend.io;

/**
 * Where {@link TextChunks} may cut a decoded text: the places where a chunk's body, lead-in or
 * lead-out may start or end. The text is {@code text[0, length)}, the part of the input decoded so
 * far; a cut at {@code i} falls between {@code text[i - 1]} and {@code text[i]}. In order of
 * preference a cut falls between paragraphs, at the start of a line, after a space, or between any
 * two characters except the halves of a surrogate pair or of a CR LF. Stateless.
 */
final class CutPoints {

  private CutPoints() {}

  /** The kinds of cut, the best first. */
  private enum Kind {
    PARAGRAPH,
    LINE,
    SPACE,
    CHARACTER
  }

  /**
   * The best cut in {@code [lo, hi]} (clamped to {@code text[0, length)}), searching from {@code
   * hi} down.
   */
  static int backward(char[] text, int length, int lo, int hi) {
    int top = Math.min(hi, length);
    int bottom = Math.max(lo, 1);
    return best(text, length, top, bottom, -1, top);
  }

  /**
   * The best cut in {@code [lo, hi]} (clamped to {@code text[0, length)}), searching from {@code
   * lo} up.
   */
  static int forward(char[] text, int length, int lo, int hi) {
    int bottom = Math.max(lo, 1);
    int top = Math.min(hi, length);
    if (bottom >= top) {
      return top;
    }
    return best(text, length, bottom, top, 1, top);
  }

  /**
   * The first cut of the best kind met walking from {@code from} to {@code to} (both included) in
   * steps of {@code step}; {@code none} when there is no cut at all.
   */
  private static int best(char[] text, int length, int from, int to, int step, int none) {
    for (Kind kind : Kind.values()) {
      for (int i = from; step > 0 ? i <= to : i >= to; i += step) {
        if (isCut(kind, text, length, i)) {
          return i;
        }
      }
    }
    return none;
  }

  private static boolean isCut(Kind kind, char[] text, int length, int i) {
    return switch (kind) {
      case PARAGRAPH -> isParagraphStart(text, length, i);
      case LINE -> isLineStart(text, length, i);
      case SPACE -> isAfterSpace(text, length, i);
      case CHARACTER -> isCharacterBoundary(text, length, i);
    };
  }

  /** Whether a line starts at {@code i}: after LF, or after a CR that no LF follows. */
  private static boolean isLineStart(char[] text, int length, int i) {
    if (i <= 0 || i >= length) {
      return false;
    }
    char before = text[i - 1];
    return before == '\n' || (before == '\r' && text[i] != '\n');
  }

  /** Whether a non-blank line starts at {@code i} right after a blank line. */
  private static boolean isParagraphStart(char[] text, int length, int i) {
    if (!isLineStart(text, length, i)) {
      return false;
    }
    int k = i;
    while (k < length && (text[k] == ' ' || text[k] == '\t')) {
      k++;
    }
    if (k >= length || text[k] == '\n' || text[k] == '\r') {
      return false; // this line is blank too (or not read yet)
    }
    int j = i - 1; // the line break before i
    if (text[j] == '\n' && j > 0 && text[j - 1] == '\r') {
      j--;
    }
    j--;
    while (j >= 0 && (text[j] == ' ' || text[j] == '\t')) {
      j--;
    }
    return j >= 0 && (text[j] == '\n' || text[j] == '\r');
  }

  private static boolean isAfterSpace(char[] text, int length, int i) {
    return i > 0 && i < length && text[i - 1] == ' ' && text[i] != ' ';
  }

  private static boolean isCharacterBoundary(char[] text, int length, int i) {
    if (i <= 0 || i >= length) {
      return false;
    }
    char before = text[i - 1];
    char after = text[i];
    return !(before == '\r' && after == '\n')
        && !(Character.isHighSurrogate(before) && Character.isLowSurrogate(after));
  }
}
