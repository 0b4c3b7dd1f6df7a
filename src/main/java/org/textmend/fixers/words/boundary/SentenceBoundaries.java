package org.textmend.fixers.words.boundary;

import java.util.function.IntConsumer;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;

/**
 * Finds where a space is missing after sentence punctuation or a comma: "Turkey.Erdogan",
 * "allies,and", {@code side.”Russia}, {@code ceasefire.“...This}.
 *
 * <p>Not a sentence end: abbreviations and initials (U.S., e.g., J.R.R. — a one-letter word before
 * the point), decimals, thousands, times and ratios (3.5, 1,250,000, 10:45, 4:1 — no letter after
 * the mark), domains, file names and versions (example.com, Node.js, v2.3.1 — a lower-case letter
 * or a digit after the point), URLs, e-mail addresses and code ({@link
 * Characters#isAddressOrCode}), ellipses, and data with several commas in one token (CSV). A
 * straight double quote after the mark stays with the clause before it when it closes a quotation
 * and goes with the next one when it opens one ({@link QuoteRoles}). One instance serves one text;
 * not thread-safe.
 */
final class SentenceBoundaries {

  /**
   * The minimum length of the word before a full stop, so that initials such as "U.S" are not
   * sentence ends.
   */
  private static final int MIN_WORD_BEFORE_STOP = 2;

  private final String text;
  private @Nullable QuoteRoles quotes;

  /** Finds sentence boundaries in {@code text}. */
  SentenceBoundaries(String text) {
    this.text = text;
  }

  private QuoteRoles quotes() {
    QuoteRoles roles = quotes;
    if (roles == null) {
      roles = new QuoteRoles(text);
      quotes = roles;
    }
    return roles;
  }

  /**
   * Calls {@code found} with each position of the token {@code text[start, end)} where a space
   * belongs after sentence punctuation or a comma, in increasing order.
   */
  void find(int start, int end, IntConsumer found) {
    if (!mayHold(text, start, end)
        || Characters.isAddressOrCode(text, start, end)
        || isData(text, start, end)) {
      return;
    }
    for (int k = start; k < end - 1; k++) {
      char c = text.charAt(k);
      if (!Characters.isClausePunctuation(c)) {
        continue;
      }
      int boundary = boundaryAfter(text, start, end, k);
      if (boundary > 0) {
        found.accept(boundary);
      }
    }
  }

  /**
   * The place after a full stop in {@code text[start, end)} that a word in capitals follows
   * ("fighting.UKIP", "talks.NATO", "estimated.A"), or -1. The rules of {@link #find} do not take
   * such a place, which is also how file names with upper-case extensions look ("report.PDF"), so
   * it is only a weak sign of a sentence end, for the line width to confirm.
   */
  int acronymAfterStop(int start, int end) {
    int stop = -1;
    for (int k = start; k < end; k++) {
      if (text.charAt(k) == '.') {
        if (stop >= 0) {
          return -1; // dotted: U.S.A, a.B.C, file.tar.GZ
        }
        stop = k;
      }
    }
    if (stop < 0 || Characters.isAddressOrCode(text, start, end)) {
      return -1;
    }
    int wordStart = stop;
    while (wordStart > start && Character.isLowerCase(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    if (stop - wordStart < 3) {
      return -1;
    }
    int p = stop + 1;
    while (p < end && Character.isUpperCase(text.charAt(p))) {
      p++;
    }
    int capitals = p - stop - 1;
    char first = capitals > 0 ? text.charAt(stop + 1) : ' ';
    if (capitals == 0 || capitals == 1 && first != 'A' && first != 'I') {
      return -1; // but "estimated.A report", "said.I think" are the words "A" and "I"
    }
    boolean wordEnds =
        p == end
            || Characters.isClausePunctuation(text.charAt(p)) && p + 1 == end
            || text.charAt(p) == '\'' && p + 2 == end && text.charAt(p + 1) == 's';
    return wordEnds ? stop + 1 : -1;
  }

  /** Whether the token has punctuation of a clause end before its last character. */
  private static boolean mayHold(String text, int start, int end) {
    for (int k = start; k < end - 1; k++) {
      if (Characters.isClausePunctuation(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The position where a space belongs after the mark at {@code mark}, or -1 when none does. The
   * boundary follows any closing quotes or brackets that end the clause.
   */
  private int boundaryAfter(String text, int start, int end, int mark) {
    char c = text.charAt(mark);
    if (c == '.'
        && (mark + 1 < end && text.charAt(mark + 1) == '.'
            || mark > start && text.charAt(mark - 1) == '.')) {
      return -1; // an ellipsis, or the point of one
    }
    int wordStart = mark;
    if (wordStart > start && text.charAt(wordStart - 1) == '%') {
      wordStart--; // 0.5%.Overall
    }
    while (wordStart > start && Character.isLetterOrDigit(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    int before = mark - wordStart;
    boolean closedBefore =
        mark > start
            && (Characters.isClosing(text.charAt(mark - 1)) || text.charAt(mark - 1) == '"');
    if (before == 0 && !closedBefore) {
      return -1; // nothing that ends a clause stands before the mark: "?!", ".,"
    }
    int p = afterClosers(end, mark);
    if (p < 0 || p >= end || !startsNextClause(text, p, end, c, p > mark + 1)) {
      return -1;
    }
    return isTooShortBefore(text, start, wordStart, mark, closedBefore) ? -1 : p;
  }

  /**
   * Where the next clause may start after the mark at {@code mark}: past the closing quotes and
   * brackets that stay with the clause (side.” Russia); -1 when a straight quote there has no clear
   * role.
   */
  private int afterClosers(int end, int mark) {
    int p = mark + 1;
    while (p < end) {
      char q = text.charAt(p);
      if (Characters.isClosing(q)) {
        p++;
      } else if (q == '"') {
        QuoteRoles.Role role = quotes().role(p);
        if (role == QuoteRoles.Role.UNKNOWN) {
          return -1;
        }
        if (role == QuoteRoles.Role.OPENING) {
          break;
        }
        p++;
      } else {
        break;
      }
    }
    return p;
  }

  /**
   * Whether the word from {@code wordStart} before the mark is too short for the mark to end a
   * clause: an initial, a one-letter word, or the digits of a time or ratio before a colon.
   */
  private static boolean isTooShortBefore(
      String text, int start, int wordStart, int mark, boolean closedBefore) {
    int before = mark - wordStart;
    switch (text.charAt(mark)) {
      case '.' -> {
        boolean digit = before == 1 && Character.isDigit(text.charAt(wordStart));
        return before < MIN_WORD_BEFORE_STOP && !closedBefore && !digit
            || isInitials(text, start, wordStart);
      }
      case '!', '?', ';' -> {
        return before < MIN_WORD_BEFORE_STOP && !closedBefore;
      }
      case ':' -> {
        return before < MIN_WORD_BEFORE_STOP || allDigits(text, wordStart, mark);
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Whether the next clause starts at {@code at}: after a full stop, question or exclamation mark
   * or colon, a capitalised word, possibly behind an opening quote or bracket and an ellipsis;
   * after a comma or semicolon, any word of two letters or more.
   */
  private static boolean startsNextClause(String text, int at, int end, char mark, boolean closed) {
    int p = at;
    boolean opened = false;
    while (p < end && (Characters.isOpening(text.charAt(p)) || text.charAt(p) == '"')) {
      p++;
      opened = true;
    }
    if (opened) {
      while (p < end && (text.charAt(p) == '.' || text.charAt(p) == '…')) {
        p++;
      }
    }
    if (p >= end || !Character.isLetter(text.charAt(p))) {
      return false;
    }
    int wordEnd = p;
    while (wordEnd < end && Character.isLetter(text.charAt(wordEnd))) {
      wordEnd++;
    }
    if (wordEnd < end && text.charAt(wordEnd) == '(') {
      return false; // a call: Console.WriteLine(
    }
    if (mark == ',' || mark == ';') {
      return wordEnd - p >= 2 || opened || isWordAfterComma(text, p, wordEnd, end);
    }
    if (Characters.startsCapitalisedWord(text, p, end)) {
      return !hasInnerCapital(text, p + 1, wordEnd) || opened;
    }
    // A one-letter capital word such as "A" or "I" followed by the end of the token or punctuation,
    // after an opening quote, or ending the token after a quotation that closed the sentence:
    // government."A review
    char letter = text.charAt(p);
    boolean wordAfterQuote =
        closed && mark != ',' && wordEnd == end && (letter == 'A' || letter == 'I');
    return opened && Character.isUpperCase(letter) || wordAfterQuote;
  }

  private static boolean isWordAfterComma(String text, int p, int wordEnd, int end) {
    // "a" and "I" are words, but in a,b or x,y the letters are symbols.
    char c = text.charAt(p);
    return (c == 'a' || c == 'I') && wordEnd == end;
  }

  private static boolean hasInnerCapital(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.isUpperCase(text.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the word before {@code wordStart} is part of dotted initials such as "J.R.R" or "U.S".
   */
  private static boolean isInitials(String text, int start, int wordStart) {
    return wordStart - 2 >= start
        && text.charAt(wordStart - 1) == '.'
        && Character.isLetter(text.charAt(wordStart - 2))
        && (wordStart - 3 < start || !Character.isLetter(text.charAt(wordStart - 3)));
  }

  private static boolean allDigits(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isDigit(text.charAt(k))) {
        return false;
      }
    }
    return to > from;
  }

  /** Whether the token holds data rather than prose: two or more commas or semicolons inside it. */
  private static boolean isData(String text, int start, int end) {
    int separators = 0;
    for (int k = start; k < end - 1; k++) {
      char c = text.charAt(k);
      if ((c == ',' || c == ';') && Character.isLetterOrDigit(text.charAt(k + 1))) {
        separators++;
      }
    }
    return separators >= 2;
  }
}
