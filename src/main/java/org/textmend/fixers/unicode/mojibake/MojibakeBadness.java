package org.textmend.fixers.unicode.mojibake;

import com.ibm.icu.lang.UCharacter;

/**
 * How strongly a stretch of text looks like UTF-8 read in a single-byte code page ({@link
 * #evidence}), and the characters around a stretch as the judgements see them. Whether what it
 * decodes to reads as text is {@link Plausibility}'s question. Stateless.
 *
 * <p>Evidence comes from character sequences that real text hardly ever has and mojibake always
 * has: a C1 control character; an accented capital such as {@code Ã}, {@code Â} or {@code Å}
 * followed by a symbol ({@code Ã©}, {@code Â£}, {@code Å‚}); {@code â€} followed by anything; a
 * box-drawing character glued to letters ({@code ┬á}, {@code ├⌐}). A closing quotation mark or a
 * dash after an accented capital ({@code É»}, {@code Ã…}) counts little, because French and
 * Portuguese capitals are followed by those in good text.
 */
final class MojibakeBadness {

  /** The evidence from which a repair is made without support from the rest of the document. */
  static final int STRONG = 3;

  private static final int MAX_SKIPPED = 16;

  private MojibakeBadness() {}

  /**
   * How strongly the UTF-8 sequences in {@code [start, end)} of {@code text}, read in {@code page},
   * look like mojibake rather than text.
   */
  static int evidence(CharSequence text, int start, int end, CodePage page) {
    int before = contextBefore(text, start);
    int after = contextAfter(text, end);
    if (symbolOrPunctuation(before) && symbolOrPunctuation(after)) {
      // Mojibake runs on until a letter, a digit or a space; between two other symbols it is
      // more likely a table of characters ("˜Â¯˘" on a keyboard chart).
      return Math.min(STRONG - 1, rawEvidence(text, start, end, page));
    }
    if (onlyBoxDrawing(text, start, end)
        && !UCharacter.isLetter(before)
        && !UCharacter.isLetter(after)) {
      // Box-drawing characters alone may be a drawing ("┌┐" reads as an Arabic letter); the
      // mojibake of a word in Cyrillic ("╨╢╨╡") is like that too, but never a whole document.
      return Math.min(STRONG - 1, rawEvidence(text, start, end, page));
    }
    return rawEvidence(text, start, end, page);
  }

  private static boolean symbolOrPunctuation(int cp) {
    if (cp < 0x80) {
      return false;
    }
    int type = UCharacter.getType(cp);
    return type >= UCharacter.DASH_PUNCTUATION && type <= UCharacter.OTHER_SYMBOL
        || type == UCharacter.INITIAL_PUNCTUATION
        || type == UCharacter.FINAL_PUNCTUATION;
  }

  private static int rawEvidence(CharSequence text, int start, int end, CodePage page) {
    int score = 0;
    int i = start;
    while (i < end) {
      if (Utf8Sequences.skippable(text.charAt(i), page)) {
        i++;
        continue;
      }
      int sequenceEnd = Utf8Sequences.sequenceEnd(Utf8Sequences.sequence(text, i, end, page));
      if (!page.windows()) {
        // Code page 437: every sequence starts with a box-drawing character (two bytes) or a Greek
        // or mathematical sign glued to accented letters or box-drawing (three, four bytes).
        score += STRONG;
        i = sequenceEnd;
        continue;
      }
      char lead = text.charAt(i);
      if (Utf8Sequences.sequenceLength(page.byteOf(lead)) == 2) {
        // Â and Ã start the mojibake of the Latin-1 range; Â before a symbol or a no-break space is
        // never a word, Ã is one in Portuguese ("IRMÃ”").
        score += lead == '\u00C2' ? 3 : lead == '\u00C3' ? 2 : 1;
        if (i == start) {
          int before = contextBefore(text, i);
          if (!Character.isLetter(before)) {
            score++; // a one-letter word: "Â£5", " Ã©cole"
          } else if (Character.isLowerCase(before) && Character.isUpperCase(lead)) {
            score++; // a capital inside a small-letter word: "cafÃ©"
          }
        }
      } else {
        score++;
      }
      for (int k = i + 1; k < sequenceEnd; k++) {
        char c = text.charAt(k);
        if (page.byteOf(c) >= 0) {
          score += continuationWeight(c);
        }
      }
      i = sequenceEnd;
    }
    return score;
  }

  /**
   * How unusual a windows-1252 character from bytes 0x80–0xBF is after a letter: 3 for a C1
   * control, 0 for the punctuation that does follow words (quotation marks, dashes, the ellipsis,
   * the no-break space, the soft hyphen), 1 for the letters (Czech and Slovak write "ÍŽ", "ÁŠ"), 2
   * for the rest (symbols, {@code ¡ ¿ „}...).
   */
  private static int continuationWeight(char c) {
    if (c >= 0x80 && c < 0xA0) {
      return 3;
    }
    switch (c) {
      case '\u0160': // Š
      case '\u0161': // š
      case '\u017D': // Ž
      case '\u017E': // ž
      case '\u0152': // Œ
      case '\u0153': // œ
      case '\u0178': // Ÿ
      case '\u0192': // ƒ
      case '\u00AA': // ª
      case '\u00BA': // º
        return 1;
      case '\u2019':
      case '\u201D':
      case '\u201C':
      case '\u2018':
      case '\u00BB':
      case '\u00AB':
      case '\u2026':
      case '\u2013':
      case '\u2014':
      case '\u2039':
      case '\u203A':
      case '\u00A0':
      case '\u00AD': // a soft hyphen follows letters in hyphenated text: "CHÂ\u00ADTEAU"
        return 0;
      default:
        return 2;
    }
  }

  /**
   * The code point before {@code index}, passing over invisible format and control characters (a
   * zero-width space or soft hyphen inside a word does not end the word); -1 at the start.
   */
  static int contextBefore(CharSequence text, int index) {
    int at = index;
    for (int skipped = 0; at > 0 && skipped < MAX_SKIPPED; skipped++) {
      int cp = Character.codePointBefore(text, at);
      if (!ignorable(cp)) {
        return cp;
      }
      at -= Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Whether {@code cp} is passed over when looking for the characters around a stretch: what the
   * invisible fixer removes (format characters, C0 controls other than line structure, DEL), so
   * that the verdict does not change once they are gone.
   */
  static boolean ignorable(int cp) {
    if (cp < 0x20) {
      return cp < 0x09 || cp > 0x0D;
    }
    return cp == 0x7F || UCharacter.getType(cp) == UCharacter.FORMAT;
  }

  /** The code point at {@code index}, passing over invisible format characters; -1 at the end. */
  static int contextAfter(CharSequence text, int index) {
    int at = index;
    for (int skipped = 0; at < text.length() && skipped < MAX_SKIPPED; skipped++) {
      int cp = Character.codePointAt(text, at);
      if (!ignorable(cp)) {
        return cp;
      }
      at += Character.charCount(cp);
    }
    return -1;
  }

  /**
   * Whether the character at {@code at} is box-drawing that belongs to a drawing, not to mojibake
   * read in code page 437 (a neighbouring stretch that is repaired too: "Å™┬¼").
   */
  static boolean drawing(CharSequence text, int at) {
    if (!boxDrawing(text.charAt(at))) {
      return false;
    }
    for (int from = at; from >= 0 && from > at - 4; from--) {
      long sequence = Utf8Sequences.sequence(text, from, text.length(), CodePage.CP437);
      if (sequence >= 0 && Utf8Sequences.sequenceEnd(sequence) > at) {
        return false;
      }
    }
    return true;
  }

  private static boolean onlyBoxDrawing(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!boxDrawing(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean boxDrawing(int cp) {
    return cp >= 0x2500 && cp <= 0x259F;
  }
}
