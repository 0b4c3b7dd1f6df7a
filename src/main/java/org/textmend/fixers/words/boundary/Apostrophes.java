package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.Lexicon;

/**
 * The {@link WordModel} score of a word with apostrophes: a possessive (world's, leaders'), a
 * contraction (we'll, didn't) or a name (O'Brien). Its readings all score prefixes of one span, so
 * each prefix is scored once while the span is taken apart. Not thread-safe: one per word model.
 */
final class Apostrophes {

  /**
   * The longest span {@link #score} takes apart: a longer one is scored as an unknown name. No word
   * is that long, and the bound keeps the work on one token proportional to its length.
   */
  static final int LONGEST_APOSTROPHE_WORD = 32;

  /**
   * The scores of the prefixes of the span {@link #score} is taking apart, by length (NaN where not
   * yet known): its possessive, trailing-apostrophe and contraction readings all score shorter
   * prefixes of one span, which would otherwise be scored again for every apostrophe, at a cost
   * that doubles with each. {@code prefixText} is null while no span is being taken apart.
   */
  private final WordModel model;

  private final Lexicon lexicon;
  private final double[] prefixScores = new double[LONGEST_APOSTROPHE_WORD + 1];

  private char @Nullable [] prefixText;
  private int prefixStart;
  private int prefixOwnUses;

  Apostrophes(WordModel model, Lexicon lexicon) {
    this.model = model;
    this.lexicon = lexicon;
  }

  /**
   * A word with apostrophes, taken apart once per prefix: the span's readings score prefixes of it,
   * which are kept in {@link #prefixScores} until the outermost call returns.
   */
  double score(char[] text, int start, int end, int ownUses) {
    if (end - start > LONGEST_APOSTROPHE_WORD) {
      return nameWithApostrophe(text, start, end);
    }
    boolean sameSpan = prefixText == text && prefixStart == start && prefixOwnUses == ownUses;
    if (sameSpan) {
      double known = prefixScores[end - start];
      if (!Double.isNaN(known)) {
        return known;
      }
      double score = apostropheReadings(text, start, end, ownUses);
      prefixScores[end - start] = score;
      return score;
    }
    if (prefixText != null) {
      // Another span is being taken apart (never the case: its readings are all prefixes of it).
      return apostropheReadings(text, start, end, ownUses);
    }
    prefixText = text;
    prefixStart = start;
    prefixOwnUses = ownUses;
    Arrays.fill(prefixScores, 0, end - start + 1, Double.NaN);
    try {
      return apostropheReadings(text, start, end, ownUses);
    } finally {
      prefixText = null;
    }
  }

  private double apostropheReadings(char[] text, int start, int end, int ownUses) {
    double whole = model.known(text, start, end, ownUses);
    int lower = lexicon.lowerCaseFrequency(text, start, end);
    if (lower >= 0) {
      whole = Math.max(whole, WordModel.frequencyScore(lower) - WordModel.CAPITALISED);
    }
    char last = text[end - 1];
    // Possessives: world's, Jacob's, leaders'.
    if (end - start > 2 && (last == 's' || last == 'S') && Characters.isApostrophe(text[end - 2])) {
      whole = Math.max(whole, model.part(text, start, end - 2, ownUses) - 1.5);
    }
    if (end - start > 1 && Characters.isApostrophe(last)) {
      whole = Math.max(whole, model.part(text, start, end - 1, ownUses) - 2.5);
    }
    whole = Math.max(whole, contraction(text, start, end, ownUses));
    return Math.max(whole, nameWithApostrophe(text, start, end));
  }

  /**
   * O'Brien, d'Alembert: a name with an apostrophe inside. A clitic with more letters after it
   * (we'llsee, she'dlike) is no name but a contraction glued to the next word.
   */
  private static double nameWithApostrophe(char[] text, int start, int end) {
    double name = WordModel.unknown(Shape.CAPITALISED, end - start) - 2.0;
    if (cliticFollowedByLetters(text, start, end)) {
      name -= WordModel.CLITIC_GLUED;
    }
    return name;
  }

  /**
   * A word with a clitic: we'll, she'd, they're, you've, I'm, and with n't: didn't, wasn't. The
   * dictionary's frequency data comes from text split at apostrophes, so it rates these forms far
   * below their use (it's, there's); they are scored from the word they are made of.
   */
  private double contraction(char[] text, int start, int end, int ownUses) {
    // A trailing apostrophe is no clitic (its reading is the possessive one): the search starts
    // one letter before the end.
    for (int k = end - 2; k > start && k >= end - 3; k--) {
      if (Characters.isApostrophe(text[k])) {
        int clitic = end - k - 1;
        char first = Characters.toLowerCase(text[k + 1]);
        char second = clitic == 2 ? Characters.toLowerCase(text[k + 2]) : 0;
        boolean known = cliticLength(first, second) == clitic;
        if (known && k - start >= 1) {
          return model.part(text, start, k, ownUses) - WordModel.CLITIC;
        }
        boolean negation =
            clitic == 1
                && first == 't'
                && k - start >= 3
                && Characters.toLowerCase(text[k - 1]) == 'n';
        if (negation) {
          return model.part(text, start, k - 1, ownUses) - WordModel.CLITIC;
        }
        return Double.NEGATIVE_INFINITY;
      }
    }
    return Double.NEGATIVE_INFINITY;
  }

  /** Whether an apostrophe and a clitic ('ll, 'd, 're, 've, 'm, 's) have letters after them. */
  private static boolean cliticFollowedByLetters(char[] text, int start, int end) {
    for (int k = start + 1; k < end - 2; k++) {
      if (Characters.isApostrophe(text[k])) {
        char first = text[k + 1];
        int clitic = first == 's' ? 1 : cliticLength(first, text[k + 2]);
        return clitic > 0 && k + 1 + clitic < end && Character.isLetter(text[k + 1 + clitic]);
      }
    }
    return false;
  }

  /**
   * The length of the clitic 'll, 're or 've (2), or 'd or 'm (1), whose first letters after the
   * apostrophe are {@code first} and {@code second}; 0 for none.
   */
  private static int cliticLength(char first, char second) {
    if (first == 'l' && second == 'l' || (first == 'r' || first == 'v') && second == 'e') {
      return 2;
    }
    return first == 'd' || first == 'm' ? 1 : 0;
  }
}
