package org.textmend.fixers.unicode;

import java.util.Locale;
import org.jsoup.parser.Tag;

/**
 * Where character entities in a text are meant to stay: in HTML or XML markup, in a document that
 * talks about markup, on a line of code, in a Markdown code span or fenced block, or between
 * quotes. The html-entities fixer decodes nothing there. Stateless.
 */
final class EntityContext {

  /** Words that say a document is about markup, where an entity is shown on purpose. */
  private static final String[] MARKUP_WORDS = {
    "html", "xhtml", "xml", "sgml", "entity", "entities", "markup", "unescape", "unescaped"
  };

  /** Pieces of operators that prose does not use and code does. */
  private static final String[] CODE_OPERATORS = {
    "==", "!=", "&&", "||", "=>", "->", "::", "+=", "-=", "();", "){", ") {", "</", "/>", "<?", "?>"
  };

  private EntityContext() {}

  /**
   * Whether the text is markup or about markup: it has an HTML tag ({@code <p>}, {@code </div>},
   * {@code <a href=...>}, of an element name HTML defines), a comment, a doctype or an XML
   * declaration, or it names HTML, XML, entities or markup.
   */
  static boolean markupDocument(String text) {
    for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
      if (tagAt(text, at)) {
        return true;
      }
    }
    return mentionsMarkup(text);
  }

  private static boolean tagAt(String text, int at) {
    int i = at + 1;
    int length = text.length();
    if (text.startsWith("!--", i) || text.regionMatches(true, i, "!doctype", 0, 8)) {
      return true;
    }
    if (text.startsWith("?xml", i)) {
      return true;
    }
    if (i < length && text.charAt(i) == '/') {
      i++;
    }
    int nameStart = i;
    while (i < length && i - nameStart <= 10 && isAsciiLetterOrDigit(text.charAt(i))) {
      i++;
    }
    if (i == nameStart
        || i >= length
        || !isAsciiLetter(text.charAt(nameStart))
        || !Tag.isKnownTag(text.substring(nameStart, i).toLowerCase(Locale.ROOT))) {
      return false;
    }
    char after = text.charAt(i);
    if (after == '>' || (after == '/' && i + 1 < length && text.charAt(i + 1) == '>')) {
      return true;
    }
    if (after != ' ' && after != '\t') {
      return false;
    }
    // An element with attributes: a '>' later on the same line, with an '=' before it.
    boolean attribute = false;
    for (int j = i; j < length && j - i < 2000; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return attribute;
      }
      if (c == '<' || c == '\n' || c == '\r') {
        return false;
      }
      attribute |= c == '=';
    }
    return false;
  }

  private static boolean mentionsMarkup(String text) {
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (!isAsciiLetter(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < length && isAsciiLetter(text.charAt(i))) {
        i++;
      }
      int wordLength = i - start;
      if (wordLength >= 3 && wordLength <= 10) {
        for (String word : MARKUP_WORDS) {
          if (word.length() == wordLength && text.regionMatches(true, start, word, 0, wordLength)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the line {@code [start, end)} of {@code text} looks like program code or a Markdown
   * code block: indented by a tab or four spaces with code punctuation, or showing two kinds of
   * code punctuation (braces, operators such as {@code ==} or {@code ->}, a statement ending in
   * {@code ;}).
   */
  static boolean codeLine(String text, int start, int end) {
    int last = end;
    while (last > start && Character.isWhitespace(text.charAt(last - 1))) {
      last--;
    }
    if (last == start) {
      return false;
    }
    int signs = 0;
    boolean indented =
        text.charAt(start) == '\t' || (end - start >= 4 && text.startsWith("    ", start));
    if (indented) {
      signs++;
    }
    char lastChar = text.charAt(last - 1);
    if (lastChar == ';' || lastChar == '{' || lastChar == '}') {
      // An entity ends with ';' too: a line ending in one is not a statement for that.
      if (!(lastChar == ';' && endsWithEntity(text, start, last))) {
        signs++;
      }
    }
    boolean braces = false;
    for (int i = start; i < last && !braces; i++) {
      char c = text.charAt(i);
      braces = c == '{' || c == '}';
    }
    if (braces) {
      signs++;
    }
    for (String operator : CODE_OPERATORS) {
      if (contains(text, start, last, operator)) {
        signs++;
        break;
      }
    }
    return signs >= 2;
  }

  private static boolean contains(String text, int start, int end, String piece) {
    char first = piece.charAt(0);
    for (int i = start; i + piece.length() <= end; i++) {
      if (text.charAt(i) == first && text.startsWith(piece, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsWithEntity(String text, int start, int last) {
    int i = last - 2;
    while (i >= start && i >= last - 34 && (isAsciiLetterOrDigit(text.charAt(i)))) {
      i--;
    }
    if (i >= start && text.charAt(i) == '#') {
      i--;
    }
    return i >= start && text.charAt(i) == '&';
  }

  /** Whether the line starting at {@code lineStart} opens or closes a Markdown code fence. */
  static boolean fenceLine(String text, int lineStart) {
    int i = lineStart;
    while (i < text.length() && i - lineStart < 4 && text.charAt(i) == ' ') {
      i++;
    }
    return text.startsWith("```", i) || text.startsWith("~~~", i);
  }

  /**
   * Whether the entity {@code [start, end)} is quoted as itself: a quotation mark or backtick right
   * before it and the matching one right after, as in {@code write "&amp;" for &}.
   */
  static boolean quoted(String text, int start, int end) {
    if (start == 0 || end >= text.length()) {
      return false;
    }
    char open = text.charAt(start - 1);
    char close = text.charAt(end);
    switch (open) {
      case '"':
      case '\'':
      case '`':
        return close == open;
      case '\u201C':
        return close == '\u201D';
      case '\u2018':
        return close == '\u2019';
      case '\u00AB':
        return close == '\u00BB';
      default:
        return false;
    }
  }

  /**
   * Whether the entity {@code [start, end)} is a word of its own on the line {@code [lineStart,
   * lineEnd)}: white space or the line's ends around it, with at most a comma or colon after it.
   */
  static boolean standsAlone(String text, int start, int end, int lineStart, int lineEnd) {
    if (start > lineStart && !Character.isWhitespace(text.charAt(start - 1))) {
      return false;
    }
    int after = end;
    if (after < lineEnd && (text.charAt(after) == ',' || text.charAt(after) == ':')) {
      after++;
    }
    return after >= lineEnd || Character.isWhitespace(text.charAt(after));
  }

  /** Whether {@code [start, end)} holds only white space, commas and slashes. */
  static boolean onlySeparators(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != ',' && c != '/') {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }
}
