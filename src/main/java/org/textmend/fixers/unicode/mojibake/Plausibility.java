package org.textmend.fixers.unicode.mojibake;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Whether the decoding of a stretch of mojibake is text a person would write there. It is not when
 * it holds a character that is unassigned, private, a control, or of restricted use in modern text
 * according to Unicode's identifier data (IPA letters, N'Ko, Samaritan, obsolete Cyrillic...), a
 * letter glued to a letter of another script ({@code "caf"}+{@code 须}), a small letter ending a
 * capitalised word ({@code "CAF"}+{@code ɛ}), or when it stands next to box-drawing characters,
 * which are then a drawing. Stateless.
 */
final class Plausibility {

  private Plausibility() {}

  /**
   * Whether {@code repaired}, put in place of {@code [start, end)} of {@code text}, reads as text:
   * no rare or invalid character, no letter glued to a letter of another script, no small letter
   * ending a capitalised word, no box-drawing around it.
   */
  static boolean plausible(String repaired, CharSequence text, int start, int end) {
    int before = MojibakeBadness.contextBefore(text, start);
    int after = MojibakeBadness.contextAfter(text, end);
    // Right next to the stretch, not past invisible characters: past them a box-drawing character
    // may be the start of the next stretch of mojibake ("├â\u200B├â").
    if (start > 0 && MojibakeBadness.drawing(text, start - 1)
        || end < text.length() && MojibakeBadness.drawing(text, end)) {
      return false;
    }
    // The last letter or other character of a particular script, which the next one must match.
    int previousLetter = before >= 0 && ofAScript(before) ? before : -1;
    boolean single = repaired.codePointCount(0, repaired.length()) == 1;
    int first = -1;
    for (int i = 0; i < repaired.length(); ) {
      int cp = repaired.codePointAt(i);
      i += Character.charCount(cp);
      if (MojibakeBadness.ignorable(cp) && cp != 0x00AD) {
        continue; // inserted invisible characters that travel with the repair
      }
      if (first < 0) {
        first = cp;
      }
      int type = UCharacter.getType(cp);
      if (isMarkType(type)) {
        if (!markFits(cp, type, previousLetter, single)) {
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
    return capitalsAgree(repaired, text, start, end, first, before, after);
  }

  /**
   * Whether the mark {@code cp} fits where it stands. Marks are judged by the letter they sit on:
   * Hebrew points are "uncommon" by the identifier data, yet right on Hebrew letters; a Thaana mark
   * on a Latin letter is not, and a Hebrew accent after a space ("Ö’" read as U+0592) has no letter
   * to sit on.
   */
  private static boolean markFits(int cp, int type, int previousLetter, boolean single) {
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
    return true;
  }

  /**
   * Whether a repair of one accented capital and the character after it agrees with the capitals
   * around it: in a word in capitals, the repair must not give a small letter ("«CAFÉ»" is not
   * "«CAFɛ").
   */
  private static boolean capitalsAgree(
      String repaired, CharSequence text, int start, int end, int first, int before, int after) {
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
   * The number of characters in {@code [start, end)} that are not {@link
   * MojibakeBadness#ignorable}, the soft hyphen counting (it is byte 0xAD of windows-1252).
   */
  private static int visibleLength(CharSequence text, int start, int end) {
    int count = 0;
    for (int i = start; i < end; i++) {
      if (!MojibakeBadness.ignorable(text.charAt(i)) || text.charAt(i) == '\u00AD') {
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
