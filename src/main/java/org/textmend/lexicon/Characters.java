package org.textmend.lexicon;

/**
 * Character classes shared by the lexicon and the fixers: white space and line breaks, dashes,
 * hyphens and apostrophes, the marks that open or close a quotation or bracket or end a clause, and
 * tokens that are addresses or code rather than prose. Fast paths for ASCII, which is most of the
 * text they read. Stateless.
 */
public final class Characters {

  private Characters() {}

  /**
   * Whether {@code c} separates tokens: ASCII white space, and every Unicode white-space or space
   * separator character (so a no-break space separates words too).
   */
  public static boolean isSpace(char c) {
    if (c < 128) {
      return c == ' ' || c >= '\t' && c <= '\r' || c >= 0x1c && c <= 0x1f;
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /**
   * Whether {@code text[i]} ends a line: an LF, or a CR not followed by an LF (old Mac line ends,
   * which the whitespace fixer keeps). The CR of a CRLF is white space before the break.
   */
  public static boolean isLineBreak(char[] text, int i) {
    char c = text[i];
    return c == '\n' || c == '\r' && (i + 1 == text.length || text[i + 1] != '\n');
  }

  /** {@link #isLineBreak(char[], int)} for any character sequence. */
  public static boolean isLineBreak(CharSequence text, int i) {
    char c = text.charAt(i);
    return c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
  }

  /** {@link Character#toLowerCase(char)}, fast for ASCII. */
  public static char toLowerCase(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

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

  /**
   * Whether {@code c} is a dash that sets a clause apart or joins a range: the ASCII hyphen-minus,
   * an en dash or an em dash.
   */
  public static boolean isDash(char c) {
    return c == '-' || c == '\u2013' || c == '\u2014';
  }

  /**
   * Whether {@code c} joins the parts of a compound word: the ASCII hyphen-minus, the Unicode
   * hyphen, or an en dash (which joins pairs and ranges: Paris–London, 1999–2001).
   */
  public static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2013';
  }

  /** Whether {@code c} is an apostrophe: the straight one or a right single quotation mark. */
  public static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Whether {@code c} is a currency sign that stands before an amount: $ £ € ¥. */
  public static boolean isCurrency(char c) {
    return c == '$' || c == '£' || c == '€' || c == '¥';
  }
}
