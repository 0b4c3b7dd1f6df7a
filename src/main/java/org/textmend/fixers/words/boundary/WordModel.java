package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.Characters;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * How likely a string is as one token of English prose: a unigram model over the lexicon's
 * frequency classes, with models for unknown words, names, acronyms, numbers and the punctuation
 * attached to a word.
 *
 * <p>Scores are natural logarithms of probabilities, up to a constant. A glued token is judged by
 * comparing the score of the token as it stands with the sum of the scores of its two parts. The
 * per-document lexicon turns a word the document uses elsewhere into a known word. Words with
 * apostrophes are scored by {@link Apostrophes}. Not thread-safe: one instance serves one document.
 */
final class WordModel {

  // A frequency class is worth about 0.85 nats: each class is roughly 2.4 times as common as the
  // one below; "the" (class 22) has a probability of about 5%.
  static final double TOP = -3.0;
  static final double PER_CLASS = 0.85;
  static final int TOP_CLASS = 22;

  /** A listed word without frequency data: rare, but a real word. */
  static final double LISTED_RARE = -19.0;

  /** The penalty for a capitalised common word (start of a sentence or a title). */
  static final double CAPITALISED = 2.0;

  /** The penalty for a common word in capitals. */
  static final double UPPER_CASE = 4.0;

  /** The class a word the document uses elsewhere gets, plus one per further use (up to four). */
  static final int DOCUMENT_CLASS = 9;

  /** Unknown words longer than this pay {@link #LONG_PER_LETTER} for each further letter. */
  static final int LONG = 11;

  /** The cost of each closing bracket with a word glued after it, inside a token. */
  static final double BRACKET_INSIDE = 6.0;

  /** The score of a lone dash in a document that sets its dashes apart with spaces. */
  static final double SPACED_DASH = -3.0;

  /** The cost of a clitic glued to more letters, for a token as a whole: "we'llsee". */
  static final double CLITIC_GLUED = 4.0;

  /** The cost of a clitic ('ll, 'd, 're, 've, 'm, n't) on a word. */
  static final double CLITIC = 2.5;

  static final double LONG_PER_LETTER = 0.8;

  /** The {@code ownUses} that leaves the per-document lexicon out of a score. */
  static final int IGNORE_DOCUMENT = Integer.MAX_VALUE / 2;

  private final Lexicon lexicon;
  private final DocumentLexicon document;
  private final boolean spacedDashes;
  private final Apostrophes apostropheWords;
  private boolean lastKnown;

  /** How many spans {@link #core} has scored: the work done, for tests that bound it. */
  private long evaluations;

  WordModel(Lexicon lexicon, DocumentLexicon document) {
    this(lexicon, document, false);
  }

  /**
   * A model for a document; {@code spacedDashes} says whether it sets dashes apart with spaces
   * ("the claim - filed in 1999 - was"), which makes a lone dash an ordinary token of its text.
   */
  WordModel(Lexicon lexicon, DocumentLexicon document, boolean spacedDashes) {
    this.lexicon = lexicon;
    this.document = document;
    this.spacedDashes = spacedDashes;
    this.apostropheWords = new Apostrophes(this, lexicon);
  }

  /** The score of a frequency class. */
  static double frequencyScore(int frequency) {
    if (frequency < 0) {
      return Double.NEGATIVE_INFINITY;
    }
    if (frequency == 0) {
      return LISTED_RARE;
    }
    return TOP - PER_CLASS * (TOP_CLASS - frequency);
  }

  /**
   * The score of {@code text[start, end)} as a whole token. {@code ownUses} is how many of the
   * document's uses of the slice are the slice itself (1 for a token of the document, 0 for a part
   * of one), which must not count as evidence that the document uses it; {@link #IGNORE_DOCUMENT}
   * leaves the document out.
   */
  double token(char[] text, int start, int end, int ownUses) {
    if (spacedDashes && end - start == 1 && Characters.isDash(text[start])) {
      return SPACED_DASH;
    }
    int i = start;
    int j = end;
    double score = 0;
    while (i < j && isLeading(text[i])) {
      score += leadingScore(text[i], i + 1 < j ? text[i + 1] : ' ');
      i++;
    }
    while (j > i && isTrailing(text[j - 1])) {
      score += trailingScore(text[j - 1]);
      j--;
    }
    if (i == j) {
      return score + (end - start == 1 ? -6.0 : -9.0 - (end - start));
    }
    return score + core(text, i, j, ownUses);
  }

  /** How many spans this model has scored since it was made; each costs their length or less. */
  long evaluations() {
    return evaluations;
  }

  private double core(char[] text, int start, int end, int ownUses) {
    evaluations++;
    int letters = 0;
    int digits = 0;
    int hyphens = 0;
    int apostrophes = 0;
    int other = 0;
    for (int k = start; k < end; k++) {
      char c = text[k];
      if (Character.isLetter(c)) {
        letters++;
      } else if (Character.isDigit(c)) {
        digits++;
      } else if (Characters.isHyphen(c)) {
        hyphens++;
      } else if (Characters.isApostrophe(c)) {
        apostrophes++;
      } else {
        other++;
      }
    }
    int length = end - start;
    if (letters == length) {
      return word(text, start, end, ownUses);
    }
    if (hyphens > 0 && other == 0) {
      return hyphenated(text, start, end, ownUses);
    }
    if (apostrophes > 0 && digits == 0 && other == 0) {
      return apostropheWords.score(text, start, end, ownUses);
    }
    if (letters == 0) {
      return number(digits, length - digits);
    }
    if (digits > 0 && Character.isDigit(text[start])) {
      return numberWithSuffix(text, start, end, ownUses)
          - BRACKET_INSIDE * closedBracketsGlued(text, start, end);
    }
    // Letters then digits or symbols: MP3, G8, U.S, AT&T.
    double known = known(text, start, end, ownUses);
    return Math.max(known, -14.0 - 0.8 * length - 2.0 * other)
        - BRACKET_INSIDE * closedBracketsGlued(text, start, end);
  }

  /**
   * The score {@link #token} gives a token of letters only, counted as one evaluation, with whether
   * the lexicon or the document knows it (as written or in lower case) in {@link #lastKnown}: one
   * set of look-ups answers both.
   */
  double letters(char[] text, int start, int end) {
    evaluations++;
    return word(text, start, end, 0);
  }

  /**
   * Whether the last word scored by {@link #letters} or {@link #word} is one the lexicon or the
   * document knows.
   */
  boolean lastKnown() {
    return lastKnown;
  }

  /** A word of letters only. */
  double word(char[] text, int start, int end, int ownUses) {
    int length = end - start;
    double best = known(text, start, end, ownUses);
    lastKnown = best != Double.NEGATIVE_INFINITY;
    Shape shape = Shape.of(text, start, end);
    if (shape != Shape.LOWER) {
      int lower = lexicon.lowerCaseFrequency(text, start, end);
      lastKnown |= lower >= 0;
      if (lower >= 0 && (shape == Shape.CAPITALISED || shape == Shape.UPPER)) {
        best =
            Math.max(
                best, frequencyScore(lower) - (shape == Shape.UPPER ? UPPER_CASE : CAPITALISED));
      }
    }
    return Math.max(best, unknown(shape, length));
  }

  /** The score from the lexicon and the document, or negative infinity for a word neither knows. */
  double known(char[] text, int start, int end, int ownUses) {
    double best = frequencyScore(lexicon.frequency(text, start, end));
    // Only words of three letters or more: the lexicon knows the short ones, and a stray letter the
    // document happens to hold is no evidence for splitting "aé" into "a é".
    int uses = end - start >= 3 ? document.count(text, start, end) - ownUses : 0;
    if (uses > 0) {
      best = Math.max(best, frequencyScore(DOCUMENT_CLASS + Math.min(uses, 4)));
    }
    return best;
  }

  /**
   * An unknown word: long unknown words are likelier than short ones, which the lexicon would know.
   */
  static double unknown(Shape shape, int length) {
    double shortPenalty = length <= 3 ? 6.0 : 0.0;
    // Words and names longer than LONG are rare, and rarer with every letter: an unknown token that
    // long is more likely two words.
    double longPenalty = length > LONG ? LONG_PER_LETTER * (length - LONG) : 0.0;
    return -longPenalty
        + switch (shape) {
          case LOWER -> -16.0 - 1.2 * length - shortPenalty;
          case CAPITALISED -> -13.0 - 0.9 * length - shortPenalty;
          case UPPER -> length <= 5 ? -13.0 - 0.5 * length : -15.0 - 1.2 * length;
          case MIXED -> -26.0 - 1.2 * length;
        };
  }

  private double hyphenated(char[] text, int start, int end, int ownUses) {
    double whole = known(text, start, end, ownUses);
    double parts = 0;
    int from = start;
    int pieces = 0;
    for (int k = start; k <= end; k++) {
      if (k == end || Characters.isHyphen(text[k])) {
        if (k == from) {
          parts += -5.0; // a leading, trailing or doubled hyphen
        } else {
          parts += part(text, from, k, ownUses);
          pieces++;
        }
        from = k + 1;
      }
    }
    return Math.max(whole, parts - 1.5 * (pieces - 1));
  }

  double part(char[] text, int start, int end, int ownUses) {
    for (int k = start; k < end; k++) {
      if (!Character.isLetter(text[k])) {
        return core(text, start, end, ownUses);
      }
    }
    return word(text, start, end, ownUses);
  }

  /**
   * How many closing brackets in {@code text[start, end)} have a letter or digit right after them:
   * "(Slovakia)27", "(Yugansk)last". Prose puts a space after a closing bracket; code and formulas
   * rarely glue a word to one.
   */
  private static int closedBracketsGlued(char[] text, int start, int end) {
    int count = 0;
    for (int k = start; k + 1 < end; k++) {
      char c = text[k];
      if ((c == ')' || c == ']' || c == '}') && Character.isLetterOrDigit(text[k + 1])) {
        count++;
      }
    }
    return count;
  }

  private static double number(int digits, int separators) {
    return -7.0 - 0.5 * digits - 0.3 * separators;
  }

  /** A number with letters after it: 1990s, 21st, 5m, 3bn, 10am, 100mph; "2003after" is not one. */
  private double numberWithSuffix(char[] text, int start, int end, int ownUses) {
    int k = start;
    while (k < end && !Character.isLetter(text[k])) {
      k++;
    }
    int suffix = end - k;
    int numberChars = k - start;
    boolean lettersOnly = true;
    for (int m = k; m < end; m++) {
      lettersOnly &= Character.isLetter(text[m]);
    }
    double known = known(text, start, end, ownUses);
    if (!lettersOnly || !Character.isDigit(text[k - 1])) {
      return Math.max(known, -16.0 - 0.8 * (end - start)); // 4x4, BNT162b2
    }
    double unit = suffix <= 3 ? -3.0 - 1.0 * suffix : -12.0 - 1.5 * suffix;
    return Math.max(known, number(numberChars, 0) + unit);
  }

  static boolean isLeading(char c) {
    return Characters.isOpening(c) || c == '"' || c == '\'' || Characters.isCurrency(c);
  }

  static boolean isTrailing(char c) {
    return Characters.isClosing(c)
        || Characters.isClausePunctuation(c)
        || c == '"'
        || c == '\''
        || c == '%'
        || c == '…';
  }

  private static double leadingScore(char c, char next) {
    if (Characters.isCurrency(c)) {
      return Character.isDigit(next) ? -1.0 : -8.0;
    }
    return c == '(' || c == '"' || c == '“' ? -3.0 : -4.0;
  }

  private static double trailingScore(char c) {
    return switch (c) {
      case '.', ',' -> -2.0;
      case '%' -> -1.5;
      case '"', '”', ')', '’', '\'' -> -3.0;
      default -> -3.5;
    };
  }
}
