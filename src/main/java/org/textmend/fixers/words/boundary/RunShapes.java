package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.Characters;

/**
 * Where punctuation may stand in a token of a run without spaces, for the {@link RunSegmenter}: the
 * costs of a mark in the wrong place (".The", "said(", a closing quote before its word), inside a
 * token ("said:In") or between a number and the word glued to it ("$300mto"), and the shapes that
 * may keep their marks: numbers (1.13, 464,000), abbreviations (U.S), capitals joined by an
 * ampersand (AT&T), short codes (G7, MP3) and domain names (fbi.gov). Static helpers only.
 */
final class RunShapes {

  /** The cost of punctuation where a token cannot have it: ".The", "said(". */
  static final double MISPLACED = 20.0;

  /** The cost of each punctuation mark inside a token: "said:In", "subject/matter". */
  static final double INSIDE = 8.0;

  /** The cost of a letter followed by a digit inside a token: "The67". */
  static final double LETTER_DIGIT = 6.0;

  /**
   * The cost of each letter of a unit glued to a number past its first: the word model lets any
   * three letters be a unit ("5m", "3bn", "21st"), and a run glues the next word to a number as
   * readily ("$300mto").
   */
  static final double UNIT_LETTER = 3.0;

  /**
   * Which straight double quotes of {@code text[start, end)} open a quotation: those preceded by an
   * even number of them in the run.
   */
  static boolean[] openingQuotes(char[] text, int start, int end) {
    boolean[] opening = new boolean[end - start];
    boolean open = true;
    for (int k = start; k < end; k++) {
      if (text[k] == '"') {
        opening[k - start] = open;
        open = !open;
      }
    }
    return opening;
  }

  /**
   * What {@link RunSegmenter} charges a token for punctuation in the wrong place in {@code
   * text[start, end)}; a straight double quote at {@code k} opens a quotation when {@code opening[k
   * - runStart]} says so.
   */
  static double shapePenalty(char[] text, int start, int end, boolean[] opening, int runStart) {
    double penalty = 0;
    char first = text[start];
    char last = text[end - 1];
    if (Characters.isClausePunctuation(first) || Characters.isClosing(first) || first == '%') {
      penalty += MISPLACED;
    }
    if (Characters.isOpening(last) && end - start > 1) {
      penalty += MISPLACED;
    }
    if (first == '"' && !opening[start - runStart]) {
      penalty += MISPLACED;
    }
    if (last == '"' && opening[end - 1 - runStart] && end - start > 1) {
      penalty += MISPLACED;
    }
    int i = start;
    int j = end;
    while (i < j && WordModel.isLeading(text[i])) {
      i++;
    }
    while (j > i && WordModel.isTrailing(text[j - 1])) {
      j--;
    }
    for (int k = i; k < j; k++) {
      char c = text[k];
      if (Character.isLetter(c)) {
        if (k + 1 < j && Character.isDigit(text[k + 1]) && !isShortCode(text, i, k + 1)) {
          penalty += LETTER_DIGIT;
        }
        if (k > i
            && Character.isDigit(text[k - 1])
            && k + 1 < j
            && Character.isLetter(text[k + 1])) {
          penalty += UNIT_LETTER * unitLength(text, k + 1, j); // "$300mto", "£125ma"
        }
      } else if (!Character.isDigit(c)
          && !Characters.isHyphen(c)
          && !Characters.isApostrophe(c)
          && !isNumberSeparator(text, k, i, j)
          && !isAbbreviationPoint(text, k, i, j)
          && !isCapitalsAmpersand(text, k, i, j)) {
        penalty += INSIDE;
      }
    }
    return penalty;
  }

  /**
   * Where the point of {@code text[start, end)} is when the token is a domain name: two or more
   * letters or digits, a point, and two or three lower-case letters ending the token, but for
   * trailing punctuation ("cityhall.org", "fbi.gov,"); -1 when it is not one.
   */
  static int domainPoint(char[] text, int start, int end) {
    int j = end;
    while (j > start && WordModel.isTrailing(text[j - 1])) {
      j--;
    }
    int k = j;
    while (k > start && Character.isLowerCase(text[k - 1])) {
      k--;
    }
    int point = k - 1;
    if (j - k < 2 || j - k > 3 || point - start < 2 || text[point] != '.') {
      return -1;
    }
    for (int m = start; m < point; m++) {
      if (!Character.isLetterOrDigit(text[m])) {
        return -1;
      }
    }
    return point;
  }

  /**
   * Whether the letters right before {@code text[digit]} are one or two capitals after the start of
   * the core or a non-letter: "G7", "MP3", "F1", which prose writes glued.
   */
  static boolean isShortCode(char[] text, int start, int digit) {
    int k = digit;
    while (k > start && Character.isUpperCase(text[k - 1])) {
      k--;
    }
    return digit - k >= 1 && digit - k <= 2 && (k == start || !Character.isLetter(text[k - 1]));
  }

  /** How many letters follow from {@code k} on up to {@code end}. */
  static int unitLength(char[] text, int k, int end) {
    int m = k;
    while (m < end && Character.isLetter(text[m])) {
      m++;
    }
    return m - k;
  }

  /** A point or comma between digits: 1.13, 464,000. */
  static boolean isNumberSeparator(char[] text, int k, int start, int end) {
    char c = text[k];
    return (c == '.' || c == ',')
        && k > start
        && k + 1 < end
        && Character.isDigit(text[k - 1])
        && Character.isDigit(text[k + 1]);
  }

  /** An ampersand between capitals: AT&T, M&S. */
  static boolean isCapitalsAmpersand(char[] text, int k, int start, int end) {
    return text[k] == '&'
        && k > start
        && k + 1 < end
        && Character.isUpperCase(text[k - 1])
        && Character.isUpperCase(text[k + 1]);
  }

  /** A point between single letters: U.S, e.g. */
  static boolean isAbbreviationPoint(char[] text, int k, int start, int end) {
    return text[k] == '.'
        && k > start
        && k + 1 < end
        && Character.isLetter(text[k - 1])
        && Character.isLetter(text[k + 1])
        && (k - 1 == start || !Character.isLetter(text[k - 2]))
        && (k + 2 == end || !Character.isLetter(text[k + 2]));
  }

  private RunShapes() {}
}
