package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * The spaces PDF extraction puts inside words: "Gov ernment" → "Government", "resp ect" →
 * "respect", and letter-spaced titles: "S U M M E R   T R A I N I N G" → "SUMMER   TRAINING" (the
 * wide gaps between the words stay, for the white-space fixer to narrow).
 *
 * <p>Two tokens one space apart are joined when the joined form is a word the lexicon or the
 * document knows and it scores far better than the two parts as they stand ({@link #MIN_GAIN}): a
 * fragment such as "ernment" or "resp" is unknown or rare, while "a part", "in to", "some one", "at
 * all" are two common words whose join gains little, and stay. The second part must start with a
 * lower-case letter (or both be in capitals), so names ("Van Dyke", "De Niro") stay. A run of
 * three or more single letters one space apart is joined when the letters make a known word.
 * Stateless and thread-safe; each call makes its own model.
 */
public final class SpacedWords {

  /**
   * How much better (in natural log units) the joined word must score than its two parts: about a
   * factor of e^8, which a fragment clears easily ("resp ect", "Offi ce") and two words that also
   * make one rarely do ("a part" gains about 2, "in deed" about 8).
   */
  static final double MIN_GAIN = Double.parseDouble(System.getProperty("tm.gain", "9.0"));

  static final int COMMON_CLASS = Integer.getInteger("tm.common", 12);

  private static double whole0(Lexicon lexicon, char[] joined) {
    return WordModel.frequencyScore(lexicon.frequency(joined, 0, joined.length));
  }

  /** Whether {@code text[start, end)} is a common word as written or in lower case. */
  private static boolean isCommonWord(Lexicon lexicon, char[] text, int start, int end) {
    return Math.max(lexicon.frequency(text, start, end), lexicon.lowerCaseFrequency(text, start, end))
        >= COMMON_CLASS;
  }

  /** The fewest letters a letter-spaced word must have. */
  static final int MIN_SPACED_LETTERS = 3;

  private SpacedWords() {}

  /** The edits that remove the spaces inside the words of {@code text}, in order. */
  public static List<Edit> edits(String text, Lexicon lexicon) {
    char[] chars = text.toCharArray();
    WordModel model = null;
    List<Edit> edits = new ArrayList<>();
    int length = chars.length;
    int i = 0;
    while (i < length) {
      if (!Character.isLetter(chars[i]) || i > 0 && !Characters.isSpace(chars[i - 1])) {
        i++;
        continue;
      }
      int end = letterEnd(chars, i);
      if (end - i == 1) {
        i = letterSpaced(chars, i, lexicon, edits);
        continue;
      }
      // A word of letters only, followed by one space and a word starting with a letter.
      if (!isWordEnd(chars, end) || end + 1 >= length || chars[end] != ' ') {
        i = end;
        continue;
      }
      int next = end + 1;
      int nextEnd = letterEnd(chars, next);
      if (nextEnd - next < 2 || !isWordEnd(chars, nextEnd) || !casesFit(chars, i, end, nextEnd)) {
        i = end;
        continue;
      }
      if (model == null) {
        model = new WordModel(lexicon, DocumentLexicon.of(chars));
      }
      if (joins(model, lexicon, chars, i, end, nextEnd)) {
        edits.add(Edit.delete(end, end + 1));
        // The joined word is now one token; a third piece may follow ("Gov ern ment"). Keep
        // scanning from the joined word's start, with its end moved past the second part.
        i = nextEnd;
        continue;
      }
      i = end;
    }
    return edits;
  }

  /** Whether {@code text[start, end)} and {@code text[end + 1, nextEnd)} are one word split. */
  private static boolean joins(
      WordModel model, Lexicon lexicon, char[] text, int start, int end, int nextEnd) {
    char[] joined = new char[nextEnd - start - 1];
    System.arraycopy(text, start, joined, 0, end - start);
    System.arraycopy(text, end + 1, joined, end - start, nextEnd - end - 1);
    if (lexicon.isProtected(text, start, end) || lexicon.isProtected(text, end + 1, nextEnd)) {
      return false;
    }
    double whole = model.known(joined, 0, joined.length, 0);
    if (whole == Double.NEGATIVE_INFINITY) {
      int lower = lexicon.lowerCaseFrequency(joined, 0, joined.length);
      if (lower < 0 || !Character.isUpperCase(joined[0])) {
        return false;
      }
    }
    if (isCommonWord(lexicon, text, start, end)
        && isCommonWord(lexicon, text, end + 1, nextEnd)) {
      return false;
    }
    double gain =
        model.word(joined, 0, joined.length, 0)
            - model.word(text, start, end, 1)
            - model.word(text, end + 1, nextEnd, 1);
    return gain >= MIN_GAIN;
  }

  /**
   * Joins the letter-spaced word that starts at the single letter {@code text[start]}, if there is
   * one, adding its edits; returns where to go on scanning.
   */
  private static int letterSpaced(char[] text, int start, Lexicon lexicon, List<Edit> edits) {
    int end = start + 1;
    int letters = 1;
    while (end + 2 <= text.length
        && text[end] == ' '
        && Character.isLetter(text[end + 1])
        && letterEnd(text, end + 1) == end + 2) {
      end += 2;
      letters++;
    }
    if (letters < MIN_SPACED_LETTERS || !isWordEnd(text, end)) {
      return end;
    }
    char[] joined = new char[letters];
    for (int k = 0; k < letters; k++) {
      joined[k] = text[start + 2 * k];
    }
    Shape shape = Shape.of(joined, 0, letters);
    boolean known =
        lexicon.frequency(joined, 0, letters) >= 0
            || shape != Shape.MIXED && lexicon.lowerCaseFrequency(joined, 0, letters) >= 0;
    if (known && shape != Shape.MIXED) {
      for (int k = start + 1; k < end; k += 2) {
        edits.add(Edit.delete(k, k + 1));
      }
    }
    return end;
  }

  /** The end of the run of letters from {@code start}. */
  private static int letterEnd(char[] text, int start) {
    int k = start;
    while (k < text.length && Character.isLetter(text[k])) {
      k++;
    }
    return k;
  }

  /**
   * Whether a word may end at {@code end}: at the end of the text, a space, or punctuation that
   * ends a word (not an apostrophe, hyphen or digit, which would make the token something else).
   */
  private static boolean isWordEnd(char[] text, int end) {
    if (end == text.length) {
      return true;
    }
    char c = text[end];
    return Characters.isSpace(c) || Characters.isClausePunctuation(c) || Characters.isClosing(c);
  }

  /**
   * Whether the parts' cases fit one word split: the second in lower case, or both in capitals.
   */
  private static boolean casesFit(char[] text, int start, int end, int nextEnd) {
    Shape second = Shape.of(text, end + 1, nextEnd);
    Shape first = Shape.of(text, start, end);
    if (second == Shape.LOWER) {
      return first == Shape.LOWER || first == Shape.CAPITALISED;
    }
    return second == Shape.UPPER && first == Shape.UPPER;
  }
}
