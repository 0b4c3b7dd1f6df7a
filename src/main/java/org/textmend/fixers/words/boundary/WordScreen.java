package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * The first look at each line and token: lines mostly in another language or script are left alone,
 * and without line-width evidence only tokens that look odd (punctuation, digits beside letters, a
 * change of case, a word nobody knows) are worth scoring. Not thread-safe; one per analysis.
 */
final class WordScreen {

  /** A line whose known-word share is below this is in another language and is left alone. */
  static final double MIN_KNOWN_SHARE = 0.6;

  private final TokenIndex tokens;
  private final char[] chars;
  private final Lexicon lexicon;
  private final DocumentLexicon document;
  // The word of each token that isForeign looked up, and whether it is known.
  private final int[] knownFrom;
  private final int[] knownTo;
  private final boolean[] knownWord;

  WordScreen(TokenIndex tokens, Lexicon lexicon, DocumentLexicon document) {
    this.tokens = tokens;
    this.chars = tokens.chars();
    this.lexicon = lexicon;
    this.document = document;
    this.knownFrom = new int[tokens.tokenCount()];
    this.knownTo = new int[tokens.tokenCount()];
    this.knownWord = new boolean[tokens.tokenCount()];
  }

  /**
   * Whether most words of the line are unknown to the lexicon and the document: another language.
   */
  boolean isForeign(int line) {
    int words = 0;
    int known = 0;
    for (int t = tokens.firstToken(line); t < tokens.lastToken(line); t++) {
      int from = tokens.tokenStart(t);
      int to = tokens.tokenEnd(t);
      while (from < to && !Character.isLetter(chars[from])) {
        from++;
      }
      while (to > from && !Character.isLetter(chars[to - 1])) {
        to--;
      }
      if (to - from < 2) {
        continue;
      }
      if (hasOtherScript(chars, from, to)) {
        return true; // another script: never split
      }
      words++;
      boolean isKnown =
          lexicon.frequency(chars, from, to) >= 0
              || lexicon.lowerCaseFrequency(chars, from, to) >= 0
              || document.count(chars, from, to) >= 2;
      if (isKnown) {
        known++;
      }
      // Remembered for isInteresting, which asks about the same word.
      knownFrom[t] = from;
      knownTo[t] = to;
      knownWord[t] = isKnown;
    }
    return words >= 4 && known < MIN_KNOWN_SHARE * words;
  }

  /**
   * Whether a token needs a closer look without line-width evidence: it holds punctuation, digits
   * next to letters or a change of case inside it, or it is a word neither the lexicon nor the
   * document knows. Asked after {@link #isForeign} of its line.
   */
  boolean isInteresting(int t) {
    int start = tokens.tokenStart(t);
    int end = tokens.tokenEnd(t);
    int from = start;
    int to = end;
    while (from < to && WordModel.isLeading(chars[from])) {
      from++;
    }
    while (to > from && WordModel.isTrailing(chars[to - 1])) {
      to--;
    }
    if (to - from < 2) {
      return from > start && to < end;
    }
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (!Character.isLetter(c)) {
        return true;
      }
      if (k > from && Character.isUpperCase(c) && Character.isLowerCase(chars[k - 1])) {
        return true;
      }
    }
    if (knownFrom[t] == from && knownTo[t] == to) {
      return !knownWord[t];
    }
    if (lexicon.frequency(chars, from, to) >= 0) {
      return false;
    }
    if (Character.isUpperCase(chars[from]) && lexicon.lowerCaseFrequency(chars, from, to) >= 0) {
      return false;
    }
    return document.count(chars, from, to) < 2;
  }

  /** Whether {@code chars[start, end)} holds a letter of a script beyond Latin. */
  static boolean hasOtherScript(char[] chars, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (c > 0x24F && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }
}
