package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.Characters;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * Splits a run of text without spaces into the likeliest sequence of tokens: a Viterbi search over
 * the {@link WordModel}'s token scores, so that each token's punctuation, digits and case are
 * scored the way the word engine scores any token ("authorities,afileis" → "authorities, a file
 * is").
 *
 * <p>The search looks at most {@link #MAX_TOKEN} characters back from each position, so a run of
 * any length costs time linear in its length. Not thread-safe: it scores through a {@link
 * WordModel}, which serves one document.
 */
final class RunSegmenter {

  /**
   * The longest token the search considers. English words over 24 letters are rare, and a token
   * with its punctuation ("(counter-terrorism),") still fits; a longer one is cut, at a cost.
   */
  static final int MAX_TOKEN = 24;

  /**
   * The score of a lone dash, before the document's share of dashes (see {@link DashShare}): where
   * the document has as many spaced dashes as compound hyphens, "loss-making" and "loss - making"
   * score alike.
   */
  static final double LONE_DASH = -3.5;

  /**
   * The cost of a token that starts with a hyphen before a letter or ends with one after a letter
   * ("-the", "ex-"): in a run, the hyphen's word is on the other side of it, or the hyphen was a
   * dash and stands alone.
   */
  static final double HYPHEN_AT_EDGE = 4.0;

  /**
   * The cost of a hyphen at a common word: a dash whose spaces were lost ("point-the",
   * "months-has").
   */
  static final double DASH_AT_COMMON_WORD = 3.0;

  /** The frequency class of the commonest words: "the", "and", "has", "with". */
  static final int COMMON_CLASS = 19;

  /**
   * A reward for each token, the word-insertion bonus of speech recognisers: a unigram model
   * favours fewer, longer tokens ("away" over "a way", "maybe" over "may be") because every token
   * costs its probability; on despaced news text one nat per token evens that out.
   */
  static final double TOKEN_BONUS = 1.0;

  /** The extra cost of each letter of an unknown token past its third, see {@link #cost}. */
  static final double UNKNOWN_PER_LETTER = 1.5;

  /**
   * The cost of the suffix of a domain name ("Paypal.com", "fbi.gov"), over the cost of its name:
   * dear enough that a sentence's point before a short word ("year.the") stays a sentence's point.
   */
  static final double DOMAIN_SUFFIX = 7.0;

  /**
   * The cost of a token that starts with a lower-case letter right after a point that ends a word:
   * a despaced sentence starts with a capital, so "hall.orgwill" is not "hall. orgwill".
   */
  static final double LOWER_AFTER_POINT = 3.0;

  private final WordModel model;
  private final Lexicon lexicon;
  private final double dashPrior;
  private final double hyphenPrior;
  private final ContextModel context;
  private final DocumentLexicon document;

  /**
   * A segmenter scoring through {@code model} alone, with no context and no evidence of how the
   * document uses its dashes.
   */
  RunSegmenter(WordModel model, Lexicon lexicon) {
    this(
        model, lexicon, DashShare.NEUTRAL, ContextModel.english(), DocumentLexicon.of(new char[0]));
  }

  /**
   * A segmenter that also weighs each token with its neighbours, by {@code context} and by the word
   * pairs of {@code document} (see {@link RunRefiner}); {@code dashShare} is the share of spaced
   * dashes among the dashes and compound hyphens of the document's spaced text ({@link DashShare}),
   * the prior of a glued hyphen having been such a dash.
   */
  RunSegmenter(
      WordModel model,
      Lexicon lexicon,
      double dashShare,
      ContextModel context,
      DocumentLexicon document) {
    this.model = model;
    this.lexicon = lexicon;
    this.dashPrior = Math.log(dashShare);
    this.hyphenPrior = Math.log(1 - dashShare);
    this.context = context;
    this.document = document;
  }

  /** The segmentation of {@code text[start, end)} and how English it reads. */
  Segmentation segment(char[] text, int start, int end) {
    int length = end - start;
    boolean[] opening = RunShapes.openingQuotes(text, start, end);
    double[] best = new double[length + 1];
    int[] back = new int[length + 1];
    int letterRun = 0; // how many letters end at j: a span within them is a plain word
    for (int j = 1; j <= length; j++) {
      letterRun = Character.isLetter(text[start + j - 1]) ? letterRun + 1 : 0;
      best[j] = Double.NEGATIVE_INFINITY;
      for (int i = Math.max(0, j - MAX_TOKEN); i < j; i++) {
        if (best[i] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double score =
            best[i]
                + (j - i <= letterRun
                    ? wordCost(text, start + i, start + j, start)
                    : cost(text, start + i, start + j, opening, start));
        if (score > best[j]) {
          best[j] = score;
          back[j] = i;
        }
      }
    }
    int tokens = 0;
    for (int j = length; j > 0; j = back[j]) {
      tokens++;
    }
    int[] bounds = new int[tokens + 1];
    int k = tokens;
    for (int j = length; j > 0; j = back[j]) {
      bounds[k--] = start + j;
    }
    bounds[0] = start;
    RunRefiner refiner =
        new RunRefiner(
            text,
            (from, to) ->
                letterCount(text, from, to) == to - from
                    ? wordCost(text, from, to, start)
                    : cost(text, from, to, opening, start),
            context,
            document);
    int count = refiner.refine(bounds, tokens + 1);
    tokens = count - 1;
    return measure(text, bounds, tokens, best[length] / Math.max(1, length));
  }

  /**
   * The segmentation of a run into the {@code tokens} tokens between {@code bounds}, with its score
   * per character, and how English it reads.
   */
  private Segmentation measure(char[] text, int[] bounds, int tokens, double scorePerChar) {
    int[] cuts = new int[tokens - 1];
    System.arraycopy(bounds, 1, cuts, 0, tokens - 1);
    int knownLetters = 0;
    int letters = 0;
    int capitalisedTokens = 0;
    for (int t = 0; t < tokens; t++) {
      int i = bounds[t];
      int j = bounds[t + 1];
      int core = letterCount(text, i, j);
      letters += core;
      boolean capitalised = startsCapitalised(text, i, j);
      if (capitalised) {
        capitalisedTokens++;
      }
      if (capitalised || isKnown(text, i, j)) {
        knownLetters += core;
      }
    }
    int cutsBetweenLetters = 0;
    for (int cut : cuts) {
      if (Character.isLetter(text[cut - 1]) && Character.isLetter(text[cut])) {
        cutsBetweenLetters++;
      }
    }
    return new Segmentation(
        cuts, scorePerChar, letters, knownLetters, capitalisedTokens, cutsBetweenLetters);
  }

  /**
   * The score of {@code text[start, end)} as one token of the run. The word model prices a token
   * for the word engine, where the alternative is one split of a token in prose with spaces; here
   * the alternative is any split at all, so what prose never glues costs more: an unknown string of
   * many letters (far likelier to be words glued than one word), punctuation inside a token, a
   * token that starts with the punctuation that ends a clause or ends with an opening bracket, and
   * a straight quote on the wrong side of a token (see {@link RunShapes#shapePenalty}).
   */
  private double cost(char[] text, int start, int end, boolean[] opening, int runStart) {
    if (end - start == 1 && Characters.isDash(text[start])) {
      return LONE_DASH + dashPrior + TOKEN_BONUS;
    }
    if (end - start > 1
        && (Characters.isHyphen(text[start]) && Character.isLetter(text[start + 1])
            || Characters.isHyphen(text[end - 1]) && Character.isLetter(text[end - 2]))) {
      return tokenCost(text, start, end, opening, runStart) - HYPHEN_AT_EDGE;
    }
    return tokenCost(text, start, end, opening, runStart);
  }

  /** {@link #cost} for a token that is neither a lone dash nor glued to one. */
  private double tokenCost(char[] text, int start, int end, boolean[] opening, int runStart) {
    int point = RunShapes.domainPoint(text, start, end);
    if (point > 0) {
      return cost(text, start, point, opening, runStart) - DOMAIN_SUFFIX;
    }
    double score = model.token(text, start, end, 0) + TOKEN_BONUS;
    if (score == Double.NEGATIVE_INFINITY) {
      return score;
    }
    score -= RunShapes.shapePenalty(text, start, end, opening, runStart);
    if (start > runStart + 1
        && text[start - 1] == '.'
        && Character.isLetter(text[start - 2])
        && Character.isLowerCase(text[start])) {
      score -= LOWER_AFTER_POINT;
    }
    int hyphens = compoundHyphens(text, start, end);
    if (hyphens > 0) {
      score += hyphens * hyphenPrior;
      if (hasDashAtCommonWord(text, start, end)) {
        score -= DASH_AT_COMMON_WORD;
      }
    }
    if (!isKnown(text, start, end)) {
      score -= UNKNOWN_PER_LETTER * Math.max(0, letterCount(text, start, end) - 3);
    }
    return score;
  }

  /**
   * What {@link #cost} gives a token of letters only, with one set of look-ups: such a token has no
   * punctuation to misplace, no hyphen and no point.
   */
  private double wordCost(char[] text, int start, int end, int runStart) {
    double score = model.letters(text, start, end) + TOKEN_BONUS;
    if (start > runStart + 1
        && text[start - 1] == '.'
        && Character.isLetter(text[start - 2])
        && Character.isLowerCase(text[start])) {
      score -= LOWER_AFTER_POINT;
    }
    if (!model.lastKnown()) {
      score -= UNKNOWN_PER_LETTER * Math.max(0, end - start - 3);
    }
    return score;
  }

  private static int letterCount(char[] text, int start, int end) {
    int count = 0;
    for (int k = start; k < end; k++) {
      if (Character.isLetter(text[k])) {
        count++;
      }
    }
    return count;
  }

  /**
   * Whether {@code text[start, end)} has a hyphen between letters with a common word on one side
   * ("point-the", "months-has"), and the lexicon does not know the hyphenated word as a whole.
   */
  private boolean hasDashAtCommonWord(char[] text, int start, int end) {
    boolean found = false;
    for (int k = start + 1; k + 1 < end && !found; k++) {
      if (Characters.isHyphen(text[k])
          && Character.isLetter(text[k - 1])
          && Character.isLetter(text[k + 1])) {
        int left = k;
        while (left > start && Character.isLetter(text[left - 1])) {
          left--;
        }
        int right = k + 1;
        while (right < end && Character.isLetter(text[right])) {
          right++;
        }
        found = isCommon(text, left, k) || isCommon(text, k + 1, right);
      }
    }
    if (!found) {
      return false;
    }
    int i = start;
    int j = end;
    while (i < j && !Character.isLetter(text[i])) {
      i++;
    }
    while (j > i && !Character.isLetter(text[j - 1])) {
      j--;
    }
    return lexicon.lowerCaseFrequency(text, i, j) < 0;
  }

  private boolean isCommon(char[] text, int start, int end) {
    return lexicon.lowerCaseFrequency(text, start, end) >= COMMON_CLASS;
  }

  /** How many hyphens of {@code text[start, end)} stand between two letters: "loss-making". */
  private static int compoundHyphens(char[] text, int start, int end) {
    int count = 0;
    for (int k = start + 1; k + 1 < end; k++) {
      if (Characters.isHyphen(text[k])
          && Character.isLetter(text[k - 1])
          && Character.isLetter(text[k + 1])) {
        count++;
      }
    }
    return count;
  }

  /** Whether the first letter of {@code text[start, end)} is a capital: a name, perhaps. */
  private static boolean startsCapitalised(char[] text, int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetter(text[k])) {
        return Character.isUpperCase(text[k]);
      }
    }
    return false;
  }

  /**
   * Whether every stretch of letters of {@code text[start, end)} is a word the lexicon knows (as
   * written or in lower case): each part of a hyphenated word, the stem of a possessive
   * ("analysts'", "company's"). Letters right after a digit are a unit when they are three or fewer
   * ("284m", "1990s", "21st").
   */
  private boolean isKnown(char[] text, int start, int end) {
    int k = start;
    while (k < end) {
      if (!Character.isLetter(text[k])) {
        k++;
        continue;
      }
      int from = k;
      while (k < end && Character.isLetter(text[k])) {
        k++;
      }
      boolean unit = from > start && Character.isDigit(text[from - 1]) && k - from <= 3;
      boolean possessive =
          k - from == 1
              && text[from] == 's'
              && from > start
              && Characters.isApostrophe(text[from - 1]);
      if (!unit
          && !possessive
          && model.known(text, from, k, 0) == Double.NEGATIVE_INFINITY
          && lexicon.lowerCaseFrequency(text, from, k) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * A run split into tokens: where each token after the first starts, the best score per character
   * (a log probability, higher is likelier), and how many of the run's letters are in tokens the
   * lexicon or the document knows or that start with a capital (names, which no lexicon holds all
   * of; the score per character bounds how many of them a run may have), and how many tokens start
   * with a capital, and how many cuts fall between two letters.
   */
  record Segmentation(
      int[] cuts,
      double scorePerChar,
      int letters,
      int knownLetters,
      int capitalisedTokens,
      int cutsBetweenLetters) {

    /** The share of letters in known words, 0 when there are none. */
    double knownShare() {
      return letters == 0 ? 0 : (double) knownLetters / letters;
    }
  }
}
