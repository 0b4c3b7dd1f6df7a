package org.textmend.fixers.unicode.mojibake;

/**
 * UTF-8 sequences in text read through a single-byte code page: the characters whose bytes in the
 * page make one well-formed UTF-8 sequence, and the code point it encodes. Stateless.
 */
final class Utf8Sequences {

  /** How many invisible characters may sit between two bytes of a sequence. */
  static final int MAX_SKIPPED = 4;

  private Utf8Sequences() {}

  /** The length of a UTF-8 sequence that starts with byte {@code lead}; 0 for any other byte. */
  static int sequenceLength(int lead) {
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }

  /**
   * The well-formed UTF-8 sequence whose bytes are the {@code page} bytes of the characters from
   * {@code at}: its code point and end packed by {@link #sequenceEnd} and {@link #codePoint}, or
   * -1. Invisible characters that the page does not have (a zero-width space, a byte-order mark)
   * may sit between the bytes and become part of the stretch, as when they were inserted into text
   * that was mojibake already; left out, the repair would wait for the invisible fixer to remove
   * them and happen only on a second run.
   */
  static long sequence(CharSequence text, int at, int limit, CodePage page) {
    int lead = page.byteOf(text.charAt(at));
    int length = sequenceLength(lead);
    if (length == 0) {
      return -1;
    }
    int codePoint = lead & (0x7F >> length);
    int p = at + 1;
    for (int k = 1; k < length; k++) {
      for (int skipped = 0;
          p < limit && skipped < MAX_SKIPPED && skippable(text.charAt(p), page);
          skipped++) {
        p++;
      }
      if (p >= limit) {
        return -1;
      }
      int b = page.byteOf(text.charAt(p));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      if (k == 1
          && ((lead == 0xE0 && b < 0xA0)
              || (lead == 0xED && b > 0x9F)
              || (lead == 0xF0 && b < 0x90)
              || (lead == 0xF4 && b > 0x8F))) {
        return -1; // overlong, surrogate or beyond U+10FFFF
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
      p++;
    }
    return ((long) codePoint << 32) | p;
  }

  /** The end of a sequence found by {@link #sequence}. */
  static int sequenceEnd(long sequence) {
    return (int) sequence;
  }

  /** The code point of a sequence found by {@link #sequence}. */
  static int codePoint(long sequence) {
    return (int) (sequence >>> 32);
  }

  /**
   * Whether {@code c} is an invisible or control character that cannot be a byte of a UTF-8
   * sequence in {@code page} (the soft hyphen is byte 0xAD of windows-1252 and can), so that it may
   * sit inside a stretch of mojibake as an insertion.
   */
  static boolean skippable(char c, CodePage page) {
    if (!MojibakeBadness.ignorable(c)) {
      return false;
    }
    int b = page.byteOf(c);
    return b < 0x80 || b > 0xBF;
  }
}
