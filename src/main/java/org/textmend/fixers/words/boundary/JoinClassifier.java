package org.textmend.fixers.words.boundary;

import org.jspecify.annotations.Nullable;
import org.textmend.fixers.words.boundary.Boundaries.Kind;
import org.textmend.lexicon.Characters;

/**
 * Says which kind of join a place inside a token would be, from the characters around it: a change
 * of case is a {@link Kind#CAMEL} join ("deniedMoscow", "UKMinister"), a full stop before a capital
 * a {@link Kind#SENTENCE} one ("U.S.Army" where the width points there), most other places between
 * a word and a word or a bracket a {@link Kind#GLUED} one ("tostop", "September2001"), and places
 * inside currencies, dotted names and acronyms none. Not thread-safe; one per analysis.
 */
final class JoinClassifier {

  private final String text;
  private @Nullable QuoteRoles quotes;

  JoinClassifier(String text) {
    this.text = text;
  }

  /**
   * The kind of a join at {@code e} inside the token {@code text[start, end)} whose word starts at
   * {@code coreStart} (after any leading punctuation), or {@code null} when a boundary there is not
   * plausible.
   */
  @Nullable Kind kindAt(int start, int end, int coreStart, int e) {
    char left = text.charAt(e - 1);
    char right = text.charAt(e);
    if (Character.isLetter(left) && Character.isLetter(right)) {
      return betweenLetters(start, end, coreStart, e);
    }
    boolean leftWord = Character.isLetterOrDigit(left);
    boolean rightWord = Character.isLetterOrDigit(right);
    if (leftWord && rightWord) {
      return Kind.GLUED; // September2001, 59.2trillion
    }
    if (right == '"' && leftWord) {
      return quoteRole(e) != QuoteRoles.Role.CLOSING ? Kind.GLUED : null; // had"nothing
    }
    if (left == '"' && rightWord) {
      // resolution"between
      return quoteRole(e - 1) != QuoteRoles.Role.OPENING ? Kind.GLUED : null;
    }
    if (Characters.isCurrency(right) && leftWord && isCurrencyPrefix(start, e)) {
      // A$5.44, US$20, HK$3: the letters belong to the currency
      return null;
    }
    return atPunctuation(start, end, e, leftWord, rightWord);
  }

  /** {@link #kindAt} between two letters: a change of case, or none. */
  private @Nullable Kind betweenLetters(int start, int end, int coreStart, int e) {
    boolean leftUpper = Character.isUpperCase(text.charAt(e - 1));
    boolean rightUpper = Character.isUpperCase(text.charAt(e));
    if (!leftUpper && rightUpper) {
      return Kind.CAMEL; // deniedMoscow
    }
    if (leftUpper && rightUpper) {
      // An acronym or an initial before a capitalised word: UKMinister, CSweeney
      boolean acronymBefore =
          e - 2 >= start && isAcronymChar(text.charAt(e - 2)) || e - 1 == coreStart;
      boolean wordAfter = e + 1 < end && Character.isLowerCase(text.charAt(e + 1));
      return acronymBefore && wordAfter ? Kind.CAMEL : null;
    }
    if (leftUpper) {
      if (e - 1 == coreStart) {
        return Kind.GLUED; // Acontroversial, Ithink
      }
      boolean acronymBefore = e - 2 >= start && isAcronymChar(text.charAt(e - 2));
      return acronymBefore ? Kind.CAMEL : null; // IMFwarned, M&Sat
    }
    return Kind.GLUED;
  }

  /** {@link #kindAt} beside punctuation other than a straight double quote. */
  private @Nullable Kind atPunctuation(
      int start, int end, int e, boolean leftWord, boolean rightWord) {
    char left = text.charAt(e - 1);
    char right = text.charAt(e);
    if (leftWord && (Characters.isOpening(right) || Characters.isCurrency(right) || right == '-')) {
      return Kind.GLUED; // Industry(METI), from£2.50, yields-average
    }
    if (rightWord && (Characters.isClosing(left) || left == '%' || left == '-')) {
      return Kind.GLUED; // [Movement]and, 41%in, 1999-was
    }
    if (rightWord && left == '\'' && e - 2 >= start && text.charAt(e - 2) == 's') {
      return Kind.GLUED; // investors'fragile
    }
    if (leftWord && right == '\'' && e + 1 < end && Character.isLetter(text.charAt(e + 1))) {
      // an'all you can eat': an opening single quote, or an apostrophe (judged by its score); but
      // never before a clitic or a possessive ("Henin-Hardenne's", "they'll")
      return isClitic(e + 1, end) ? null : Kind.GLUED;
    }
    if (Characters.isDash(right) && (leftWord || WordModel.isTrailing(left))) {
      return Kind.GLUED; // 3%- it has, announced:- Duty
    }
    if (left == '&' && e - 1 == start && rightWord) {
      return Kind.GLUED; // Cable &Wireless
    }
    if (left == '.'
        && Character.isUpperCase(right)
        && e - 2 >= start
        && text.charAt(e - 2) != '.'
        && !hasOtherDot(start, end, e - 1)) {
      // U.S.Army, 0.5%.Overall: only where the line width points to a break
      return Kind.SENTENCE;
    }
    return null;
  }

  /**
   * Whether the letters from {@code from} to the word's end are a clitic: s, t, d, m, ll, re, ve.
   */
  private boolean isClitic(int from, int end) {
    int to = from;
    while (to < end && Character.isLetter(text.charAt(to))) {
      to++;
    }
    return switch (text.substring(from, to).toLowerCase(java.util.Locale.ROOT)) {
      case "s", "t", "d", "m", "ll", "re", "ve" -> true;
      default -> false;
    };
  }

  private QuoteRoles.Role quoteRole(int at) {
    QuoteRoles roles = quotes;
    if (roles == null) {
      roles = new QuoteRoles(text);
      quotes = roles;
    }
    return roles.role(at);
  }

  /** Whether {@code c} can end an acronym before a word: UKMinister, M&Sat, 3Gphones. */
  private static boolean isAcronymChar(char c) {
    return Character.isUpperCase(c) || c == '&' || Character.isDigit(c);
  }

  /**
   * Whether the letters from the token start to {@code e} are a currency prefix: one to three
   * capitals.
   */
  private boolean isCurrencyPrefix(int start, int e) {
    int from = e;
    while (from > start && Character.isUpperCase(text.charAt(from - 1))) {
      from--;
    }
    return e - from >= 1
        && e - from <= 3
        && (from == start || !Character.isLetterOrDigit(text.charAt(from - 1)));
  }

  /** Whether a point other than the one at {@code dot} sits between letters: a domain or a file. */
  private boolean hasOtherDot(int start, int end, int dot) {
    for (int k = start + 1; k < end - 1; k++) {
      if (k != dot
          && text.charAt(k) == '.'
          && Character.isLetter(text.charAt(k - 1))
          && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }
}
