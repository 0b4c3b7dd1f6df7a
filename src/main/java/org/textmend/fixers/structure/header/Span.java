package org.textmend.fixers.structure.header;

/**
 * A stretch {@code [start, end)} of a header line, and the spacing arithmetic the readers of header
 * lines share.
 */
record Span(int start, int end) {

  /** {@code line[start, end)} without the white space at either end. */
  static Span trimmed(String line, int start, int end) {
    int s = skipSpaces(line, start);
    int e = Math.max(s, trimmedEnd(line, end));
    return new Span(s, e);
  }

  boolean isEmpty() {
    return start == end;
  }

  String text(String line) {
    return line.substring(start, end);
  }

  int wordCount(String line) {
    int words = end > start ? 1 : 0;
    for (int i = start + 1; i < end; i++) {
      if (Character.isWhitespace(line.charAt(i)) && !Character.isWhitespace(line.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  boolean hasDigit(String line) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static int skipSpaces(String line, int at) {
    int p = at;
    while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
      p++;
    }
    return p;
  }

  static int trimmedEnd(String line, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
