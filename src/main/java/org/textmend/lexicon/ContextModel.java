package org.textmend.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * Which English words follow which: word and word-pair counts from the glosses, examples and
 * multi-word entries of WordNet 3.1 (Princeton University; see the README for the license),
 * compiled at build time by {@link PairCompiler}.
 *
 * <p>{@link #association} says how much more (or less) often a pair occurs than its two words would
 * by chance, as a natural logarithm: "of the" and "such as" score high, "I an" and "the of" low,
 * and a pair of rare words close to 0 because the counts cannot tell. Words are compared in lower
 * case. Look-ups of a slice of a {@code char[]} do not allocate. Immutable and thread-safe; the
 * built-in model is read on first use.
 */
public final class ContextModel {

  private static final String RESOURCE = "english.pairs";

  /**
   * Added to an observed and an expected pair count alike: a pair of words too rare for the counts
   * to tell scores close to 0, whatever it observed.
   */
  static final double SMOOTHING = 0.5;

  /** The largest association, either way: no pair alone outweighs the words' own evidence. */
  public static final double LIMIT = 5.0;

  private final PairTable table;

  ContextModel(PairTable table) {
    this.table = table;
  }

  /** The built-in English model. */
  public static ContextModel english() {
    return EnglishHolder.MODEL;
  }

  /** How many times the corpus holds {@code text[start, end)}, ignoring case (about: quantised). */
  public double count(char[] text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length);
    if (end <= start || end - start > WordTable.MAX_LENGTH) {
      return 0;
    }
    return table.count(PairTable.key(WordTable.lowerHash(text, start, end), 0));
  }

  /**
   * The log ratio of how often {@code first[firstStart, firstEnd)} is followed by {@code
   * second[secondStart, secondEnd)} to how often chance would put them side by side, smoothed
   * towards 0 and limited to ±{@link #LIMIT}.
   */
  public double association(
      char[] first, int firstStart, int firstEnd, char[] second, int secondStart, int secondEnd) {
    Objects.checkFromToIndex(firstStart, firstEnd, first.length);
    Objects.checkFromToIndex(secondStart, secondEnd, second.length);
    if (firstEnd <= firstStart
        || secondEnd <= secondStart
        || firstEnd - firstStart > WordTable.MAX_LENGTH
        || secondEnd - secondStart > WordTable.MAX_LENGTH) {
      return 0;
    }
    long a = WordTable.lowerHash(first, firstStart, firstEnd);
    long b = WordTable.lowerHash(second, secondStart, secondEnd);
    double countA = table.count(PairTable.key(a, 0));
    double countB = table.count(PairTable.key(b, 0));
    if (countA == 0 || countB == 0) {
      return 0;
    }
    double observed = table.count(PairTable.key(a, b));
    double expected = countA * countB / Math.max(1, table.total());
    double ratio = Math.log((observed + SMOOTHING) / (expected + SMOOTHING));
    return Math.max(-LIMIT, Math.min(LIMIT, ratio));
  }

  /** The number of words and pairs the model holds. */
  public int size() {
    return table.size();
  }

  /** The built-in model, read on first use (initialisation-on-demand holder). */
  private static final class EnglishHolder {
    static final ContextModel MODEL = new ContextModel(load());

    private static PairTable load() {
      try (InputStream in = ContextModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource not found");
        }
        return PairTable.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot load the built-in word-pair model org/textmend/lexicon/" + RESOURCE, e);
      }
    }
  }
}
