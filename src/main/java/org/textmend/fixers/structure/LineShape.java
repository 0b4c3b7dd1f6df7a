package org.textmend.fixers.structure;

/**
 * What a line looks like, for deciding whether it is a piece of running text that a line break
 * interrupted: list items, indented blocks (code, verse, quotations), table rows, headings and
 * rules are not. Works on {@code text[start, end)} without allocating. Stateless.
 */
final class LineShape {

  private LineShape() {}

  /**
   * Whether the line has a shape that must not be joined to its neighbours: a list item ("- x", "•
   * x", "1. x", "a) x", "(2) x"), an indented line (a tab, or two or more leading spaces), a table
   * row (a tab or a run of three spaces inside, or a leading or repeated "|"), a quotation ("&gt;
   * x"), a Markdown heading ("# x"), a rule ("-----"), a line in capitals (a heading) or a line
   * ending with a brace (code).
   */
  static boolean isStructural(String text, int start, int end) {
    return hasStructuralEdges(text, start, end) || hasStructuralContent(text, start, end);
  }

  /**
   * The cheap half of {@link #isStructural}: what the first and last characters show (indent,
   * quotation, heading mark, bullet, number, brace).
   */
  static boolean hasStructuralEdges(String text, int start, int end) {
    if (end <= start) {
      return true;
    }
    char first = text.charAt(start);
    if (first == '\t' || (first == ' ' && start + 1 < end && text.charAt(start + 1) == ' ')) {
      return true;
    }
    int s = first == ' ' ? start + 1 : start;
    int e = trimmedEnd(text, s, end);
    if (e <= s) {
      return true;
    }
    char c = text.charAt(s);
    if (c == '>' || c == '|' || c == '#') {
      return true;
    }
    if (isBullet(c) && s + 1 < e && text.charAt(s + 1) == ' ') {
      return true;
    }
    if (isEnumeration(text, s, e)) {
      return true;
    }
    char last = text.charAt(e - 1);
    return last == '{' || last == '}' || last == '|';
  }

  /**
   * "Upstream-Name: harbour", "Subject: Ferry fares", "License: MIT": a field of a record or a mail
   * header, one capitalised word and a colon. Prose has such lines too ("Smith: \"We will go\""),
   * so only a field next to another field is kept apart ({@link UnwrapFixer} decides).
   */
  static boolean isField(String text, int start, int end) {
    int s = start < end && text.charAt(start) == ' ' ? start + 1 : start;
    int e = end;
    if (e - s < 2) {
      return false;
    }
    if (!Character.isUpperCase(text.charAt(s))) {
      return false;
    }
    int i = s + 1;
    int limit = Math.min(e, s + 30);
    while (i < limit && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
      i++;
    }
    return i < e && text.charAt(i) == ':' && (i + 1 == e || text.charAt(i + 1) == ' ');
  }

  /**
   * The other half of {@link #isStructural}, which reads the whole line: a tab or a run of three
   * spaces (columns), two bars (a table row), no letter (a rule), or capitals only (a heading).
   */
  static boolean hasStructuralContent(String text, int start, int end) {
    return (readContent(text, start, end) & STRUCTURAL_CONTENT) != 0;
  }

  /** The bit of {@link #readContent} that says the content is structural. */
  static final int STRUCTURAL_CONTENT = 1;

  /** How many words {@link #readContent} counts at most. */
  static final int MAX_COUNTED_WORDS = 64;

  /**
   * Reads the line once for {@link #hasStructuralContent} and {@link #wordCount}: bit 0 is set for
   * structural content, the bits above hold the number of words (at most {@value
   * #MAX_COUNTED_WORDS}).
   */
  static int readContent(String text, int start, int end) {
    int s = start < end && text.charAt(start) == ' ' ? start + 1 : start;
    int e = trimmedEnd(text, s, end);
    if (e <= s) {
      return STRUCTURAL_CONTENT;
    }
    boolean letter = false;
    boolean digit = false;
    boolean lower = false;
    boolean structural = false;
    int spaces = 0;
    int bars = 0;
    int words = 1;
    for (int i = s; i < e; i++) {
      char ch = text.charAt(i);
      if (ch >= 'a' && ch <= 'z') {
        lower = true;
        spaces = 0;
        continue;
      }
      if (ch == ' ') {
        if (spaces == 0) {
          words++;
        }
        if (++spaces >= 3) {
          structural = true;
        }
        continue;
      }
      spaces = 0;
      if (ch >= 'A' && ch <= 'Z') {
        letter = true;
      } else if (ch >= '0' && ch <= '9') {
        digit = true;
      } else if (ch == '\t') {
        structural = true;
        words++;
      } else if (ch == '|') {
        structural |= ++bars >= 2;
      } else if (ch >= 0x80) {
        if (Character.isLetter(ch)) {
          letter = true;
          lower |= Character.isLowerCase(ch);
        } else if (Character.isDigit(ch)) {
          digit = true;
        } else if (Character.isWhitespace(ch)) {
          words++;
        }
      }
    }
    letter |= lower;
    if (!letter) {
      structural |= !digit; // a rule ("-----", "* * *"); but "1998." ends a paragraph
    } else if (!lower) {
      structural |= isHeading(text, s, e);
    }
    return (Math.min(words, MAX_COUNTED_WORDS) << 1) | (structural ? STRUCTURAL_CONTENT : 0);
  }

  /**
   * A line in capitals is a heading ("TALKS TO RESUME", "INTRODUCTION") unless it is a short piece
   * ending a sentence, such as the last line of a paragraph: "(EU).", "UNESCO."
   */
  private static boolean isHeading(String text, int s, int e) {
    if (!hasCasedLetter(text, s, e)) {
      return false; // a script without case
    }
    char last = text.charAt(e - 1);
    if (last == '.' || last == ',' || last == ';' || last == ')') {
      return false;
    }
    return countLetters(text, s, e) >= 4;
  }

  /**
   * Whether the line is a list item: a bullet or a number, then a space ("- x", "• x", "1. x", "a)
   * x", "(2) x"), after at most one space. A wrapped item's further lines may be joined to it.
   */
  static boolean isListItem(String text, int start, int end) {
    int s = start < end && text.charAt(start) == ' ' ? start + 1 : start;
    int e = trimmedEnd(text, s, end);
    if (e - s < 2) {
      return false;
    }
    char c = text.charAt(s);
    return (isBullet(c) && text.charAt(s + 1) == ' ') || isEnumeration(text, s, e);
  }

  /**
   * Whether the line starts with a marker that prose can also put at a line start after a wrap: a
   * dash ("- and the ferry was late", where a spaced dash fell at the break) or a number ("12. The
   * figures"). Such a line is a list item only when it is not a lone continuation of running text;
   * {@link UnwrapFixer} decides from its neighbours.
   */
  static boolean startsWithAmbiguousMarker(String text, int start, int end) {
    int s = start < end && text.charAt(start) == ' ' ? start + 1 : start;
    if (s + 1 >= end) {
      return false;
    }
    char c = text.charAt(s);
    if (org.textmend.lexicon.Characters.isDash(c) && text.charAt(s + 1) == ' ') {
      return true;
    }
    int digits = s;
    while (digits < end && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    return digits > s
        && digits - s <= 3
        && digits + 1 < end
        && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
        && text.charAt(digits + 1) == ' ';
  }

  /**
   * Whether the line ends inside a sentence: it does not end with . ! ? : … or a closing quote
   * after one of them. A quoted word (called the plan "rushed" / in a statement) or a comma before
   * the quote ("at the harbour," / she said) continues the sentence, and so do ";" and ")".
   */
  static boolean endsMidSentence(String text, int start, int end) {
    int e = trimmedEnd(text, start, end);
    if (e <= start) {
      return false;
    }
    char last = text.charAt(e - 1);
    return switch (last) {
      case '.', '!', '?', ':', '…' -> false;
      case '"', '”', '’', '»', '\'' -> e - 2 >= start && isInsideSentence(text.charAt(e - 2));
      default -> true;
    };
  }

  private static boolean isInsideSentence(char beforeQuote) {
    return Character.isLetterOrDigit(beforeQuote) || beforeQuote == ',';
  }

  /** Whether the line ends with a letter and a hyphen: a word split at the line end ("govern-"). */
  static boolean endsWithSplitWord(String text, int start, int end) {
    int e = trimmedEnd(text, start, end);
    return e - start >= 2 && isHyphen(text.charAt(e - 1)) && Character.isLetter(text.charAt(e - 2));
  }

  /** A hyphen, U+2010 HYPHEN, or U+00AD SOFT HYPHEN (a break the typesetter was allowed). */
  static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == SOFT_HYPHEN;
  }

  /** U+00AD SOFT HYPHEN. */
  static final char SOFT_HYPHEN = '\u00AD';

  /** The end of {@code text[start, end)} without trailing white space. */
  static int trimmedEnd(String text, int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** The start of {@code text[start, end)} without leading white space. */
  static int trimmedStart(String text, int start, int end) {
    int s = start;
    while (s < end && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    return s;
  }

  /** The length of the first word (up to the first space) of {@code text[start, end)}. */
  static int firstWordLength(String text, int start, int end) {
    int s = trimmedStart(text, start, end);
    int e = s;
    while (e < end && !Character.isWhitespace(text.charAt(e))) {
      e++;
    }
    return e - s;
  }

  private static boolean isBullet(char c) {
    return switch (c) {
      case '-', '*', '+', '•', '·', '▪', '◦', '‣', '–', '—', '○', '■', '►', '✓', '✔' -> true;
      default -> false;
    };
  }

  /** "1. ", "12) ", "a) ", "(3) ", "(iv) ". */
  private static boolean isEnumeration(String text, int s, int e) {
    int i = s;
    boolean open = text.charAt(i) == '(';
    if (open) {
      i++;
    }
    int markStart = i;
    while (i < e && i - markStart < 4 && Character.isLetterOrDigit(text.charAt(i))) {
      i++;
    }
    int mark = i - markStart;
    if (mark == 0 || mark > 3 || i + 1 >= e) {
      return false; // "1998. The" ends a sentence with a year
    }
    boolean digits = true;
    for (int k = markStart; k < i; k++) {
      digits &= Character.isDigit(text.charAt(k));
    }
    boolean roman = isRoman(text, markStart, i);
    if (!digits && mark > 1 && !roman) {
      return false;
    }
    char close = text.charAt(i);
    boolean closes = open ? close == ')' : (close == '.' || close == ')');
    if (!closes || text.charAt(i + 1) != ' ') {
      return false;
    }
    // "a. " and "I. " could start a sentence only in odd prose; "5. " is a list.
    return digits || open || close == ')' || mark == 1 || roman;
  }

  private static boolean isRoman(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if ("ivxlIVXL".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return e > s;
  }

  private static int countLetters(String text, int s, int e) {
    int n = 0;
    for (int i = s; i < e; i++) {
      if (Character.isLetter(text.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static boolean hasCasedLetter(String text, int s, int e) {
    for (int i = s; i < e; i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
