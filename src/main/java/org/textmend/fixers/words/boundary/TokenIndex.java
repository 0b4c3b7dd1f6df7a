package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.textmend.lexicon.Characters;

/**
 * The tokens (maximal runs of non-space characters) and the lines of one text, by position. Lines
 * are {@code [lineStart, lineEnd)}, without trailing white space or the CR of a CRLF, and hold the
 * tokens {@code [firstToken, lastToken)}. Immutable once built.
 */
final class TokenIndex {

  private final String text;
  private final char[] chars;
  private int tokenCount;
  private int[] tokenStart = new int[64];
  private int[] tokenEnd = new int[64];
  private int lineCount;
  private int[] lineStart = new int[8];
  private int[] lineEnd = new int[8];
  private int[] lineFirstToken = new int[8];
  private int[] lineLastToken = new int[8];

  TokenIndex(String text, char[] chars) {
    this.text = text;
    this.chars = chars;
    tokenize();
  }

  private void tokenize() {
    int i = 0;
    int length = chars.length;
    startLine(0);
    while (i < length) {
      if (Characters.isLineBreak(chars, i)) {
        endLine(i);
        startLine(i + 1);
        i++;
        continue;
      }
      if (Characters.isSpace(chars[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && !Characters.isSpace(chars[end])) {
        end++;
      }
      if (tokenCount == tokenStart.length) {
        tokenStart = Arrays.copyOf(tokenStart, tokenCount * 2);
        tokenEnd = Arrays.copyOf(tokenEnd, tokenCount * 2);
      }
      tokenStart[tokenCount] = i;
      tokenEnd[tokenCount] = end;
      tokenCount++;
      i = end;
    }
    endLine(length);
  }

  private void startLine(int at) {
    if (lineCount == lineStart.length) {
      lineStart = Arrays.copyOf(lineStart, lineCount * 2);
      lineEnd = Arrays.copyOf(lineEnd, lineCount * 2);
      lineFirstToken = Arrays.copyOf(lineFirstToken, lineCount * 2);
      lineLastToken = Arrays.copyOf(lineLastToken, lineCount * 2);
    }
    lineStart[lineCount] = at;
    lineFirstToken[lineCount] = tokenCount;
  }

  private void endLine(int at) {
    int end = at;
    // A line ends at its last character that is not white space: the CR of a CRLF and trailing
    // spaces, which the white-space fixer removes, must not change how a line is judged.
    while (end > lineStart[lineCount]
        && (text.charAt(end - 1) == '\r' || Characters.isSpace(text.charAt(end - 1)))) {
      end--;
    }
    lineEnd[lineCount] = end;
    lineLastToken[lineCount] = tokenCount;
    lineCount++;
  }

  String text() {
    return text;
  }

  char[] chars() {
    return chars;
  }

  int tokenCount() {
    return tokenCount;
  }

  int tokenStart(int t) {
    return tokenStart[t];
  }

  int tokenEnd(int t) {
    return tokenEnd[t];
  }

  /** Whether no line break stands between the end of token {@code a} and the start of {@code b}. */
  boolean sameLine(int a, int b) {
    for (int k = tokenEnd[a]; k < tokenStart[b]; k++) {
      if (chars[k] == '\n' || chars[k] == '\r') {
        return false;
      }
    }
    return true;
  }

  int lineCount() {
    return lineCount;
  }

  int lineStart(int line) {
    return lineStart[line];
  }

  int lineEnd(int line) {
    return lineEnd[line];
  }

  int firstToken(int line) {
    return lineFirstToken[line];
  }

  int lastToken(int line) {
    return lineLastToken[line];
  }

  /**
   * Whether sentence punctuation, maybe followed by closing quotes or brackets, ends just before
   * {@code position}: a possible paragraph end.
   */
  boolean endsSentence(int position) {
    int k = position - 1;
    while (k >= 0
        && (Characters.isClosing(text.charAt(k))
            || text.charAt(k) == '"'
            || text.charAt(k) == '\'')) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = chars[k];
    return c == '.' || c == '!' || c == '?';
  }
}
