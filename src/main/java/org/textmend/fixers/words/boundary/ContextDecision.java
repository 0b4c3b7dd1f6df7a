package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.Characters;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * Decides a candidate join on a line the line width did not decide, from the token and its
 * neighbours: its lexical score plus the {@link ContextEvidence} of the words around it. One strong
 * join in an otherwise clean page is made ("Russiantargets" between "civilian and" and "in"); in a
 * text that shows damage throughout, less evidence is needed. Not thread-safe; one per analysis.
 */
final class ContextDecision {

  /** Without other damage in the text, a join needs at least this score with its context. */
  static final double LONE = 7.0;

  /**
   * Without other damage in the text, two ordinary lower-case words need this score with their
   * context: they may be a compound the writer closes up ("showbusiness", "carmaker").
   */
  static final double COMPOUND = 15.0;

  /**
   * In a text that shows damage throughout, two ordinary lower-case words need this score with
   * their context.
   */
  static final double DAMAGED_COMPOUND = 10.0;

  /** A word of at least this frequency class is a function word: "the", "of", "with", "but". */
  static final int FUNCTION = 18;

  /**
   * A name glued to a function word ("Idlibto prevent") scores low by the words alone, because an
   * unknown capitalised token is likely a name; it needs at least this lexical score (and so does a
   * function word glued at a sentence start)...
   */
  static final double NAME_BEFORE_FUNCTION_WORD = -3.0;

  /** ... and context evidence of at least this much: the function word fits the word after it. */
  static final double FITS_CONTEXT = 1.0;

  /**
   * A function word that opens a sentence glued to the next word ("Theywould", "Hismessage") needs
   * at least this score with its context: the capital comes from the sentence start, so the token
   * is no likelier a name than the same letters in lower case would be.
   */
  static final double SENTENCE_OPENER = 3.5;

  /**
   * ... and the context alone must favour the split this much: "Theywould not", but not a name such
   * as "Bywater is", where "by water" reads well enough too.
   */
  static final double OPENER_CONTEXT = 1.5;

  /** A word that opens sentences often has at least this frequency class: "they", "his", "it". */
  static final int OPENER = 16;

  private final CandidateFinder candidates;
  private final TokenIndex tokens;
  private final Lexicon lexicon;
  private final char[] chars;
  private final ContextEvidence context;
  private final DocumentLexicon document;

  ContextDecision(
      TokenIndex tokens,
      CandidateFinder candidates,
      ContextEvidence context,
      Lexicon lexicon,
      DocumentLexicon document) {
    this.tokens = tokens;
    this.document = document;
    this.chars = tokens.chars();
    this.candidates = candidates;
    this.lexicon = lexicon;
    this.context = context;
  }

  /**
   * Whether place {@code i} of token {@code t}'s candidates {@code c} is a join; {@code damaged}
   * says whether the text shows damage beyond an isolated slip.
   */
  boolean accepts(Candidates c, int i, int t, boolean damaged) {
    int e = c.position[i];
    if (c.kind[i] == Boundaries.Kind.SENTENCE) {
      return isArticleAfterStop(e, t) || c.score[i] >= JoinAnalysis.ALONE;
    }
    if (c.kind[i] == Boundaries.Kind.GLUED
        && c.score[i] >= NAME_BEFORE_FUNCTION_WORD
        && isNameBeforeFunctionWord(e, t)
        && context.of(t, e) >= FITS_CONTEXT) {
      return isBestInContext(c, i, t, c.score[i] + context.of(t, e));
    }
    if (c.kind[i] == Boundaries.Kind.GLUED
        && c.score[i] >= NAME_BEFORE_FUNCTION_WORD
        && isFunctionWordOpeningASentence(e, t)
        && context.of(t, e) >= OPENER_CONTEXT
        && c.score[i] + context.of(t, e) >= SENTENCE_OPENER) {
      return isBestInContext(c, i, t, c.score[i] + context.of(t, e));
    }
    if (c.widthOnly[i]
        || c.score[i] < JoinAnalysis.ALONE
        || candidates.isCompoundName(e, t)
        || isDoubtfulShape(e)) {
      return false;
    }
    if (damaged) {
      return i == c.bestIndex && c.score[i] + context.of(t, e) >= threshold(e, true);
    }
    if (!Character.isLetter(chars[e - 1]) || !Character.isLetter(chars[e])) {
      // In a clean page, a place beside a digit, a hyphen or an apostrophe is a name or a
      // compound ("4Cast", "sin-bin", "wi-fi's") far more often than a lost space.
      return false;
    }
    double score = c.score[i] + context.of(t, e);
    return score >= threshold(e, false) && isBestInContext(c, i, t, score);
  }

  /**
   * Whether place {@code i}, whose score with its context is {@code score}, beats every other place
   * of the token with theirs: "areformed" after "and" reads "a reformed", not "are formed".
   */
  private boolean isBestInContext(Candidates c, int i, int t, double score) {
    for (int k = 0; k < c.size; k++) {
      if (k != i
          && c.kind[k] != Boundaries.Kind.SENTENCE
          && c.score[k] >= JoinAnalysis.ALONE
          && c.score[k] + context.of(t, c.position[k]) > score) {
        return false;
      }
    }
    return true;
  }

  /** The word of letters that ends at {@code e}: its start. */
  private int wordBefore(int e) {
    int from = e;
    while (from > 0 && Character.isLetter(chars[from - 1])) {
      from--;
    }
    return from;
  }

  /** The word of letters that starts at {@code e}: its end. */
  private int wordAfter(int e) {
    int to = e;
    while (to < chars.length && Character.isLetter(chars[to])) {
      to++;
    }
    return to;
  }

  /**
   * Whether a split at {@code e} would leave a part of one letter that is no word there:
   * "Wal-Mart|s", "PD|As" (an acronym's plural), "I|Pods".
   */
  private boolean isDoubtfulShape(int e) {
    int from = wordBefore(e);
    int to = wordAfter(e);
    if (Characters.isHyphen(chars[e - 1])) {
      return true; // "post-|dot-com", "6,000-|strong": a compound, without a line width
    }
    if (to - e == 1) {
      // "a" and the pronoun "I" after a lower-case word ("thinkI"); any other lone letter is a
      // part of the word, as is a capital after capitals ("PDA|s" aside, "NAS|A"). The article
      // needs a word after it: "1Xtr|a," is no article.
      boolean article = chars[e] == 'a' && (to == chars.length || Characters.isSpace(chars[to]));
      return !(article || chars[e] == 'I' && Character.isLowerCase(chars[e - 1]));
    }
    if (e - from == 1 && (from == 0 || !Characters.isApostrophe(chars[from - 1]))) {
      char c = chars[from];
      boolean word = c == 'a' || c == 'A' || c == 'I';
      // "aWelsh", "aBritish": the article before a name of three lower-case letters or more; not
      // "iPhone", "eBay", "iPod" (no article), nor "aTV".
      return !word || Character.isUpperCase(chars[e]) && !(c == 'a' && isCapitalisedWord(e, to));
    }
    for (int k = e + 1; k < to; k++) {
      if (Character.isLowerCase(chars[e]) && Character.isUpperCase(chars[k])) {
        return true; // Spic|eJet: the part after is a brand written like eBay or iPhone
      }
    }
    if (to - e == 2
        && chars[to - 1] == 's'
        && Character.isUpperCase(chars[e])
        && Character.isUpperCase(chars[e - 1])) {
      return true; // PDAs, AAAs: the plural of an acronym
    }
    return false;
  }

  /**
   * Whether token {@code t} is a name the lexicon or the document knows glued to a function word at
   * {@code e} ("Idlibto", "Walesand"), while the token as a whole is a word neither knows: "Iraqis"
   * and "Justin" are known words, not joins.
   */
  private boolean isNameBeforeFunctionWord(int e, int t) {
    int from = wordBefore(e);
    int to = wordAfter(e);
    if (from != tokens.tokenStart(t)
        || to != tokens.tokenEnd(t)
        || t + 1 >= tokens.tokenCount()
        || !Character.isLetter(chars[tokens.tokenStart(t + 1)])
        || e - from < 4
        || to - e < 2
        || !Character.isUpperCase(chars[from])
        || !Character.isLowerCase(chars[e])
        || lexicon.frequency(chars, e, to) < FUNCTION
        || lexicon.frequency(chars, from, to) >= 0
        || lexicon.lowerCaseFrequency(chars, from, to) >= 0
        || document.count(chars, from, to) > 1) {
      return false;
    }
    return lexicon.frequency(chars, from, e) >= 0
        || lexicon.lowerCaseFrequency(chars, from, e) >= 0
        || document.count(chars, from, e) > 0;
  }

  /**
   * Whether token {@code t} opens a sentence (it starts a line or follows sentence punctuation)
   * with a capitalised function word glued at {@code e} to a known lower-case word, and neither the
   * lexicon nor the document knows the token as a whole.
   */
  private boolean isFunctionWordOpeningASentence(int e, int t) {
    int from = wordBefore(e);
    int to = wordAfter(e);
    if (from != tokens.tokenStart(t)
        || to - e < 3
        || !Character.isUpperCase(chars[from])
        || !Character.isLowerCase(chars[e])
        || lexicon.lowerCaseFrequency(chars, from, e) < OPENER
        || lexicon.frequency(chars, e, to) < CandidateFinder.COMMON
        || lexicon.frequency(chars, from, to) >= 0
        || lexicon.lowerCaseFrequency(chars, from, to) >= 0
        || document.count(chars, from, to) > 1) {
      return false;
    }
    if (t == 0 || !tokens.sameLine(t - 1, t)) {
      return true;
    }
    int before = tokens.tokenEnd(t - 1) - 1;
    while (before > tokens.tokenStart(t - 1) && isQuoteOrBracket(chars[before])) {
      before--;
    }
    char mark = chars[before];
    return mark == '.' || mark == '!' || mark == '?';
  }

  private static boolean isQuoteOrBracket(char c) {
    return c == '"' || c == '\'' || Characters.isClosing(c);
  }

  /** Whether {@code chars[e, to)} is a capital and at least three lower-case letters. */
  private boolean isCapitalisedWord(int e, int to) {
    if (to - e < 4 || !Character.isUpperCase(chars[e])) {
      return false;
    }
    for (int k = e + 1; k < to; k++) {
      if (!Character.isLowerCase(chars[k])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The score a split at {@code e} needs: two ordinary lower-case words, neither a function word,
   * may be a compound the writer closes up ("showbusiness", "carmaker"), so they need more.
   */
  private double threshold(int e, boolean damaged) {
    int from = wordBefore(e);
    int to = wordAfter(e);
    if (e - from < 2
        || to - e < 2
        || !Character.isLowerCase(chars[from])
        || !Character.isLowerCase(chars[e])) {
      return damaged ? JoinAnalysis.ALONE : LONE;
    }
    int left = lexicon.frequency(chars, from, e);
    int right = lexicon.frequency(chars, e, to);
    if (left < 0 || right < 0 || Math.max(left, right) >= FUNCTION) {
      return damaged ? JoinAnalysis.ALONE : LONE;
    }
    return damaged ? DAMAGED_COMPOUND : COMPOUND;
  }

  /**
   * Whether the place at {@code e} follows a full stop and starts the word "A" or "I" that ends
   * token {@code t}, with a word in lower case after it: "disagreed.A second poll" starts a
   * sentence, which a file name ("report.A") or an initial never is followed by. A word of two
   * letters at least must stand before the stop: "12.A" numbers a section.
   */
  private boolean isArticleAfterStop(int e, int t) {
    if (chars[e - 1] != '.'
        || e + 1 != tokens.tokenEnd(t)
        || t + 1 >= tokens.tokenCount()
        || e - 3 < tokens.tokenStart(t)
        || !Character.isLetter(chars[e - 2])
        || !Character.isLetter(chars[e - 3])) {
      return false; // "Section 12.A carefully", "item 3.A reads" number a part, not a sentence
    }
    if (!tokens.sameLine(t, t + 1)) {
      return false;
    }
    int next = tokens.tokenStart(t + 1);
    return (chars[e] == 'A' || chars[e] == 'I')
        && Character.isLowerCase(chars[next])
        && (next + 1 >= chars.length || Character.isLetter(chars[next + 1]));
  }
}
