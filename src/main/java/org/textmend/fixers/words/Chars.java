package org.textmend.fixers.words;

import org.textmend.lexicon.Characters;

/**
 * Character classes shared by the word-boundary fixers: which characters open or close a quotation
 * or bracket, which end a sentence, and how a word is cased.
 */
public final class Chars {

  private Chars() {}

  /** Whether {@code c} can only open a quotation or a bracket: ( [ { “ ‘ « ‹ „. */
  public static boolean isOpening(char c) {
    switch (c) {
      case '(', '[', '{', '“', '‘', '«', '‹', '„' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code c} can only close a quotation or a bracket: ) ] } ” ’ » ›. */
  public static boolean isClosing(char c) {
    switch (c) {
      case ')', ']', '}', '”', '’', '»', '›' -> {
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /** Whether {@code c} is a straight quotation mark, which can open or close. */
  public static boolean isStraightQuote(char c) {
    return c == '"' || c == '\'';
  }

  /** Whether {@code c} ends a sentence or a clause: . ! ? , ; : */
  public static boolean isClausePunctuation(char c) {
    return c == '.' || c == '!' || c == '?' || c == ',' || c == ';' || c == ':';
  }

  /**
   * Whether {@code text[at]} begins a capitalised word: an upper-case letter followed by a
   * lower-case one.
   */
  public static boolean startsCapitalisedWord(CharSequence text, int at, int end) {
    return at + 1 < end
        && Character.isUpperCase(text.charAt(at))
        && Character.isLowerCase(text.charAt(at + 1));
  }

  /** Whether {@code c} is a white-space character that separates tokens. */
  public static boolean isSpace(char c) {
    return Characters.isSpace(c);
  }

  /**
   * Whether the token {@code text[start, end)} looks like an address or code rather than prose: a
   * URL, an e-mail address or handle, a path, or an expression with brackets, operators or
   * underscores. Word-boundary fixers leave such tokens alone.
   */
  public static boolean isAddressOrCode(CharSequence text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '@', '_', '=', '<', '>', '{', '}', '\\', '|', '#', '~', '^', '*', '+' -> {
          return true;
        }
        case '/' -> {
          // A path or an address: a leading slash or two slashes. One slash between words is prose:
          // 2005/06.
          if (i == start
              || i + 1 < end && text.charAt(i + 1) == '/'
              || slashes(text, i + 1, end) > 0) {
            return true;
          }
        }
        case ':' -> {
          if (i + 1 < end && (text.charAt(i + 1) == '/' || text.charAt(i + 1) == ':')) {
            return true;
          }
        }
        case '(' -> {
          // A call such as f(x), len(items) or WriteLine("x"): a bracket glued to a word on its
          // left, followed by a lower-case argument, a quote or nothing. "Industry(METI)" and
          // "$60bn(£31.7bn)" are prose.
          if (i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
            char next = i + 1 < end ? text.charAt(i + 1) : ')';
            if (next == ')' || next == '"' || next == '\'' || Character.isLowerCase(next)) {
              return true;
            }
          }
        }
        case 'w', 'W' -> {
          if (i + 3 < end && i == start && regionEqualsIgnoreCase(text, i, "www.")) {
            return true;
          }
        }
        default -> {}
      }
    }
    return false;
  }

  private static int slashes(CharSequence text, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '/') {
        count++;
      }
    }
    return count;
  }

  private static boolean regionEqualsIgnoreCase(CharSequence text, int at, String what) {
    for (int k = 0; k < what.length(); k++) {
      if (Character.toLowerCase(text.charAt(at + k)) != what.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
