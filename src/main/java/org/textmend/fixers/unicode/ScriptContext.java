package org.textmend.fixers.unicode;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * What the characters around an invisible character need: whether a zero-width joiner or non-joiner
 * does a job there, whether a zero-width space separates words of a script written without spaces,
 * whether a line holds right-to-left text. All answers come from Unicode properties through ICU,
 * not from lists of scripts. Stateless.
 */
final class ScriptContext {

  private static final int VARIATION_SELECTOR_16 = 0xFE0F;
  private static final int ZWNJ = 0x200C;
  private static final int ZWJ = 0x200D;
  private static final int MAX_MARKS = 8;

  private ScriptContext() {}

  /**
   * Whether a joiner (U+200C or U+200D) next to {@code cp} can change how it is shaped: Arabic-like
   * joining scripts (Arabic, Persian, Syriac, N'Ko, Mongolian...) and the Brahmic scripts whose
   * conjuncts and half forms it controls (Devanagari, Bengali, Sinhala, Malayalam...).
   */
  static boolean shapesWithJoiner(int cp) {
    if (cp == ZWNJ || cp == ZWJ) {
      return false; // the joiners themselves (ZWJ is join-causing) say nothing about the script
    }
    int joining = UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
    if (joining == UCharacter.JoiningType.DUAL_JOINING
        || joining == UCharacter.JoiningType.RIGHT_JOINING
        || joining == UCharacter.JoiningType.LEFT_JOINING
        || joining == UCharacter.JoiningType.JOIN_CAUSING) {
      return true;
    }
    int script = UScript.getScript(cp);
    if (script == UScript.COMMON || script == UScript.INHERITED || script == UScript.UNKNOWN) {
      // Indic_Syllabic_Category also tags ASCII digits, the hyphen and the no-break space, which a
      // joiner does nothing to.
      return false;
    }
    return UCharacter.getIntPropertyValue(cp, UProperty.INDIC_SYLLABIC_CATEGORY)
        != UCharacter.IndicSyllabicCategory.OTHER;
  }

  /** Whether {@code cp} can come before the zero-width joiner of an emoji ZWJ sequence. */
  static boolean emojiBeforeJoiner(int cp) {
    if (cp == ZWNJ || cp == ZWJ) {
      return false; // a joiner is an emoji component, but not one a second joiner can follow
    }
    return cp == VARIATION_SELECTOR_16
        || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT);
  }

  /** Whether {@code cp} can come after the zero-width joiner of an emoji ZWJ sequence. */
  static boolean emojiAfterJoiner(int cp) {
    if (cp == ZWNJ || cp == ZWJ) {
      return false;
    }
    return UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)
        || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_COMPONENT);
  }

  /**
   * Whether {@code cp} belongs to a script written without spaces between words (Thai, Lao, Khmer,
   * Myanmar...), where a zero-width space is the word separator: line-break class SA.
   */
  static boolean wordsUnspaced(int cp) {
    return UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK)
        == UCharacter.LineBreak.COMPLEX_CONTEXT;
  }

  /** Whether {@code cp} is right-to-left for the bidi algorithm (classes R, AL and AN). */
  static boolean rightToLeft(int cp) {
    if (cp < 0x0590) {
      return false; // Latin, Greek, Cyrillic, Armenian... : nothing right-to-left below Hebrew
    }
    int direction = UCharacter.getDirection(cp);
    return direction == UCharacterDirection.RIGHT_TO_LEFT
        || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC
        || direction == UCharacterDirection.ARABIC_NUMBER;
  }

  /**
   * The code point before {@code index}, skipping up to a few combining marks so that a joiner
   * after "letter + vowel sign" is judged by the letter; -1 at the start of the text.
   */
  static int baseBefore(CharSequence text, int index) {
    int at = index;
    int first = -1;
    for (int marks = 0; at > 0 && marks <= MAX_MARKS; marks++) {
      int cp = Character.codePointBefore(text, at);
      at -= Character.charCount(cp);
      if (first < 0) {
        first = cp;
      }
      if (!isMark(cp)) {
        return cp;
      }
    }
    return first;
  }

  /** The code point at {@code index}, or -1 at the end of the text. */
  static int at(CharSequence text, int index) {
    return index < text.length() ? Character.codePointAt(text, index) : -1;
  }

  /** The code point before {@code index}, or -1 at the start of the text. */
  static int before(CharSequence text, int index) {
    return index > 0 ? Character.codePointBefore(text, index) : -1;
  }

  private static boolean isMark(int cp) {
    int type = UCharacter.getType(cp);
    return type == UCharacter.NON_SPACING_MARK
        || type == UCharacter.COMBINING_SPACING_MARK
        || type == UCharacter.ENCLOSING_MARK;
  }
}
