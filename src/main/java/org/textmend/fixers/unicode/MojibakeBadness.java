package org.textmend.fixers.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * The two judgements behind a mojibake repair: how strongly a stretch of text looks like UTF-8 read
 * in a single-byte code page ({@link #evidence}), and whether what it decodes to is text a person
 * would write there ({@link #plausible}). Stateless.
 *
 * <p>Evidence comes from character sequences that real text hardly ever has and mojibake always
 * has: a C1 control character; an accented capital such as {@code Ã}, {@code Â} or {@code Å}
 * followed by a symbol ({@code Ã©}, {@code Â£}, {@code Å‚}); {@code â€} followed by anything; a
 * box-drawing character glued to letters ({@code ┬á}, {@code ├⌐}). A closing quotation mark or a
 * dash after an accented capital ({@code É»}, {@code Ã…}) counts little, because French and
 * Portuguese capitals are followed by those in good text.
 *
 * <p>Plausibility rejects a decoding to a character that is unassigned, private, a control, or of
 * restricted use in modern text according to Unicode's identifier data (IPA letters, N'Ko,
 * Samaritan, obsolete Cyrillic...), a letter glued to a letter of another script ({@code
 * "caf"}+{@code 须}), a small letter ending a capitalised word ({@code "CAF"}+{@code ɛ}), and any
 * decoding next to box-drawing characters, which are then a drawing.
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
      if (MojibakeFixer.skippable(text.charAt(i), page)) {
        i++;
        continue;
      }
      int sequenceEnd = MojibakeFixer.sequenceEnd(MojibakeFixer.sequence(text, i, end, page));
      if (!page.windows()) {
        // Code page 437: every sequence starts with a box-drawing character (two bytes) or a Greek
        // or mathematical sign glued to accented letters or box-drawing (three, four bytes).
        score += STRONG;
        i = sequenceEnd;
        continue;
      }
      char lead = text.charAt(i);
      if (MojibakeFixer.sequenceLength(page.byteOf(lead)) == 2) {
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
   * Whether {@code repaired}, put in place of {@code [start, end)} of {@code text}, reads as text:
   * no rare or invalid character, no letter glued to a letter of another script, no small letter
   * ending a capitalised word, no box-drawing around it.
   */
  static boolean plausible(String repaired, CharSequence text, int start, int end) {
    int before = contextBefore(text, start);
    int after = contextAfter(text, end);
    // Right next to the stretch, not past invisible characters: past them a box-drawing character
    // may be the start of the next stretch of mojibake ("├â\u200B├â").
    if (start > 0 && drawing(text, start - 1) || end < text.length() && drawing(text, end)) {
      return false;
    }
    // The last letter or other character of a particular script, which the next one must match.
    int previousLetter = before >= 0 && ofAScript(before) ? before : -1;
    boolean single = repaired.codePointCount(0, repaired.length()) == 1;
    int first = -1;
    for (int i = 0; i < repaired.length(); ) {
      int cp = repaired.codePointAt(i);
      i += Character.charCount(cp);
      if (ignorable(cp) && cp != 0x00AD) {
        continue; // inserted invisible characters that travel with the repair
      }
      if (first < 0) {
        first = cp;
      }
      int type = UCharacter.getType(cp);
      if (isMarkType(type)) {
        // Marks are judged by the letter they sit on: Hebrew points are "uncommon" by the
        // identifier data, yet right on Hebrew letters; a Thaana mark on a Latin letter is not,
        // and a Hebrew accent after a space ("Ö’" read as U+0592) has no letter to sit on.
        int script = UScript.getScript(cp);
        boolean ownScript = script != UScript.INHERITED && script != UScript.COMMON;
        if (previousLetter >= 0 ? !sameWriting(previousLetter, cp) : ownScript) {
          return false;
        }
        // A lone rare combining mark ("ÍŽ" in Czech capitals read as U+034E) is no repair; within a
        // longer stretch it can be decomposed polytonic Greek (U+0313, U+0342).
        if (!ownScript && single && !usable(cp, type)) {
          return false;
        }
        continue;
      }
      if (!usable(cp, type) && !(uncommon(cp) && usableUncommon(cp, single, before, after))) {
        return false;
      }
      if (isLetterType(type) || ofAScript(cp)) {
        // Also symbols of a script: an Ethiopic tonal mark is no more at home after "ü" than an
        // Ethiopic letter ("äöüßÄÖÜ" read in code page 437).
        if (previousLetter >= 0
            && !sameWriting(previousLetter, cp)
            && !(previousLetter == before && acronymBeside(before, repaired))) {
          return false;
        }
        previousLetter = cp;
      } else if (type != UCharacter.FORMAT) {
        previousLetter = -1; // a joiner or another format character stays inside the word
      }
    }
    if (after >= 0
        && previousLetter >= 0
        && ofAScript(after)
        && !sameWriting(previousLetter, after)
        && !acronymBeside(after, repaired)) {
      return false;
    }
    if (visibleLength(text, start, end) != 2 || !UCharacter.isUpperCase(text.charAt(start))) {
      return true;
    }
    // One accented capital and the character after it: maybe a capital in a word in capitals.
    if (first >= 0 && hasCapital(first) && capitalisedBefore(text, start)) {
      return false; // "«CAFÉ»" is not "«CAFɛ"
    }
    if (before >= 0
        && after >= 0
        && UCharacter.isUpperCase(before)
        && UCharacter.isUpperCase(after)) {
      // Inside a word in capitals: "NÃ\u00ADO" (with a soft hyphen) is not "NíO", and
      // "CHÂ\u00ADTEAU" is not "CH" + soft hyphen + "TEAU".
      for (int i = 0; i < repaired.length(); ) {
        int cp = repaired.codePointAt(i);
        if (hasCapital(cp) || cp == 0x00AD) {
          return false;
        }
        i += Character.charCount(cp);
      }
    }
    return true;
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
   * The number of characters in {@code [start, end)} that are not {@link #ignorable}, the soft
   * hyphen counting (it is byte 0xAD of windows-1252).
   */
  private static int visibleLength(CharSequence text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (!ignorable(text.charAt(i)) || text.charAt(i) == '\u00AD') {
        count++;
      }
    }
    return count;
  }

  /** Whether {@code cp} is a small letter that has a capital (ß has none, so "STRAßE" is fine). */
  private static boolean hasCapital(int cp) {
    return UCharacter.isLowerCase(cp) && UCharacter.toUpperCase(cp) != cp;
  }

  /** Whether the two letters before {@code start} are capitals: "CAF" before "ɛ" from "É»". */
  private static boolean capitalisedBefore(CharSequence text, int start) {
    if (start < 2) {
      return false;
    }
    int last = Character.codePointBefore(text, start);
    int lastStart = start - Character.charCount(last);
    if (lastStart < 1 || !UCharacter.isUpperCase(last)) {
      return false;
    }
    return UCharacter.isUpperCase(Character.codePointBefore(text, lastStart));
  }

  private static boolean usable(int cp, int type) {
    switch (type) {
      case UCharacter.UNASSIGNED:
      case UCharacter.PRIVATE_USE:
      case UCharacter.SURROGATE:
      case UCharacter.CONTROL:
        return false;
      default:
        break;
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT)
        || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
      return true; // emoji and their parts: skin tones, keycaps, tags
    }
    if (UCharacter.getIntPropertyValue(cp, UProperty.HANGUL_SYLLABLE_TYPE)
        != UCharacter.HangulSyllableType.NOT_APPLICABLE) {
      return true; // conjoining jamo, "obsolete" as identifiers but how NFD writes Korean
    }
    if (cp >= 0x100
        && cp <= 0x24F
        && UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.NOT_NFKC)) {
      return false; // compatibility letters of Latin Extended: ĳ, ŉ, ſ, Ŀ, ǆ ("─│" is not "ĳ")
    }
    return !UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.NOT_CHARACTER)
        && !UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.DEPRECATED)
        && !UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.LIMITED_USE)
        && !UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.EXCLUSION)
        && !UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.TECHNICAL)
        && !uncommon(cp);
  }

  /**
   * Whether {@code cp} is uncommon or obsolete by Unicode's identifier data: rare in general, yet
   * in daily use in some texts (Romanian ţ, Bulgarian ѝ, the Arabic tatweel, Oriya digits).
   */
  private static boolean uncommon(int cp) {
    return UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.UNCOMMON_USE)
        || UCharacter.hasIdentifierType(cp, UCharacter.IdentifierType.OBSOLETE);
  }

  /**
   * Whether two adjacent letters can belong to one word: the same script (by Script_Extensions), or
   * scripts that one writing system mixes (Han with kana or Hangul).
   */
  private static boolean sameWriting(int a, int b) {
    int scriptA = UScript.getScript(a);
    int scriptB = UScript.getScript(b);
    if (scriptA == scriptB
        || scriptA == UScript.COMMON
        || scriptA == UScript.INHERITED
        || scriptB == UScript.COMMON
        || scriptB == UScript.INHERITED
        || UScript.hasScript(a, scriptB)
        || UScript.hasScript(b, scriptA)) {
      return true;
    }
    return eastAsian(scriptA) && eastAsian(scriptB);
  }

  /**
   * Whether an uncommon character is still plausible: part of a longer decoded stretch (a word of
   * mojibake), or touching no letter of another script ("baÅ£hari" is "baţhari").
   */
  private static boolean usableUncommon(int cp, boolean single, int before, int after) {
    if (!single) {
      return true;
    }
    // Alone it may be a word of its own (Bulgarian "ѝ"), or sit among letters of its script.
    int script = UScript.getScript(cp);
    return !(before >= 0 && UCharacter.isLetter(before) && UScript.getScript(before) != script)
        && !(after >= 0 && UCharacter.isLetter(after) && UScript.getScript(after) != script);
  }

  /**
   * Whether {@code neighbour}, a letter of another script than the decoded text, may still touch
   * it: an ASCII capital of an acronym glued to a word of two or more letters, as Asian and
   * Cyrillic texts write "URLটি", "PNGसँग", "UF金融".
   */
  private static boolean acronymBeside(int neighbour, String repaired) {
    if (neighbour < 'A' || neighbour > 'Z') {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < repaired.length() && letters < 2; ) {
      int cp = repaired.codePointAt(i);
      if (UCharacter.isLetter(cp)) {
        letters++;
      }
      i += Character.charCount(cp);
    }
    return letters >= 2;
  }

  /** Whether {@code cp} is a letter, or a character of a particular script (not Common). */
  private static boolean ofAScript(int cp) {
    if (UCharacter.isLetter(cp)) {
      return true;
    }
    int script = UScript.getScript(cp);
    return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN;
  }

  private static boolean eastAsian(int script) {
    return script == UScript.HAN
        || script == UScript.HIRAGANA
        || script == UScript.KATAKANA
        || script == UScript.HANGUL
        || script == UScript.BOPOMOFO;
  }

  /**
   * Whether the character at {@code at} is box-drawing that belongs to a drawing, not to mojibake
   * read in code page 437 (a neighbouring stretch that is repaired too: "Å™┬¼").
   */
  private static boolean drawing(CharSequence text, int at) {
    if (!boxDrawing(text.charAt(at))) {
      return false;
    }
    for (int from = at; from >= 0 && from > at - 4; from--) {
      long sequence = MojibakeFixer.sequence(text, from, text.length(), CodePage.CP437);
      if (sequence >= 0 && MojibakeFixer.sequenceEnd(sequence) > at) {
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

  private static boolean isLetterType(int type) {
    return type == UCharacter.UPPERCASE_LETTER
        || type == UCharacter.LOWERCASE_LETTER
        || type == UCharacter.TITLECASE_LETTER
        || type == UCharacter.MODIFIER_LETTER
        || type == UCharacter.OTHER_LETTER;
  }

  private static boolean isMarkType(int type) {
    return type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK
        || type == UCharacter.ENCLOSING_MARK;
  }
}
