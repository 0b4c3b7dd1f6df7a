package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * The spaces PDF extraction puts inside words: "Gov ernment" → "Government", "resp ect" →
 * "respect", and letter-spaced titles: "S U M M E R T R A I N I N G" → "SUMMER TRAINING" (the wide
 * gaps between the words stay, for the white-space fixer to narrow).
 *
 * <p>Two tokens one space apart are joined when the joined form is a word the lexicon knows and it
 * scores far better than the two parts as they stand ({@link #MIN_GAIN}): a fragment such as
 * "ernment" or "resp" is unknown or rare, while "a part", "in to", "some one", "at all" are two
 * common words whose join gains little, and stay. The second part must start with a lower-case
 * letter (or both be in capitals), so names ("Van Dyke", "De Niro") stay. A run of three or more
 * single letters one space apart is joined when the letters make a known word. Stateless and
 * thread-safe; each call makes its own model.
 */
final class SpacedWords {

  /**
   * How much better (in natural log units) the joined word must score than its two parts: a
   * fragment clears it easily ("resp ect", "Offi ce").
   */
  static final double MIN_GAIN = 7.0;

  /**
   * The gain a join of two words that are both common must clear instead: "Germ an" → "German"
   * (about 13) is left, "Dec ember" → "December" (about 20) is made; "crack down", "web log", "tax
   * payers", "a part", "in to", which prose writes as two words, gain far less.
   */
  static final double COMMON_GAIN = 15.0;

  /**
   * The frequency class from which a word counts as common for {@link #COMMON_GAIN}: a word most
   * readers know.
   */
  static final int COMMON_CLASS = 0;

  /** Whether {@code text[start, end)} is a common word as written or in lower case. */
  static boolean isCommonWord(Lexicon lexicon, char[] text, int start, int end) {
    return Math.max(
            lexicon.frequency(text, start, end), lexicon.lowerCaseFrequency(text, start, end))
        >= COMMON_CLASS;
  }

  /**
   * What a joined word the document writes elsewhere adds to the evidence for joining three common
   * words.
   */
  static final double DOCUMENT_WORD = 5.0;

  /** The fewest letters a letter-spaced word must have. */
  static final int MIN_SPACED_LETTERS = 3;

  private SpacedWords() {}

  /** The edits that remove the spaces inside the words of {@code text}, in order. */
  static List<Edit> edits(String text, Lexicon lexicon) {
    char[] chars = text.toCharArray();
    Models models = new Models(lexicon, chars);
    List<Edit> edits = new ArrayList<>();
    int length = chars.length;
    int i = 0;
    while (i < length) {
      if (i == 0 || chars[i - 1] == '\n') {
        int lineEnd = letterSpacedLine(chars, i, lexicon, edits);
        if (lineEnd > i) {
          i = lineEnd;
          continue;
        }
      }
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
      if (nextEnd == next || !isWordEnd(chars, nextEnd) || !casesFit(chars, i, end, nextEnd)) {
        i = end;
        continue;
      }
      i = joinParts(models, chars, i, end, nextEnd, edits);
    }
    return edits;
  }

  /**
   * Joins the word at {@code text[start, end)} with the part after it, {@code text[end + 1,
   * nextEnd)}, and with a third part after that when the three make one word ({@link SplitTwice}),
   * adding the edits; returns where to go on.
   */
  private static int joinParts(
      Models models, char[] text, int start, int end, int nextEnd, List<Edit> edits) {
    Lexicon lexicon = models.lexicon;
    // A middle part may be a single letter ("Brit a in"); two parts need two letters each.
    boolean twoLetters = nextEnd - end - 1 >= 2;
    int thirdEnd = SplitTwice.thirdPartEnd(text, start, end, nextEnd);
    // Only a word the lexicon knows is ever joined: most pairs of a clean text make none, and
    // need neither the models nor the scores.
    if (!(twoLetters && models.isVouched(text, start, nextEnd))
        && !(thirdEnd > 0 && models.isVouched(text, start, thirdEnd))) {
      return end;
    }
    WordModel model = models.model();
    DocumentLexicon document = models.document();
    double gain =
        twoLetters
            ? gain(model, document, lexicon, text, start, end, nextEnd)
            : Double.NEGATIVE_INFINITY;
    if (thirdEnd > 0
        && SplitTwice.gain(model, document, lexicon, text, start, end, nextEnd, thirdEnd)
            >= Math.max(MIN_GAIN, gain)) {
      edits.add(Edit.delete(end, end + 1));
      edits.add(Edit.delete(nextEnd, nextEnd + 1));
      return thirdEnd;
    }
    if (twoLetters
        && gain >= MIN_GAIN
        && !nextJoinsBetter(model, document, lexicon, text, end + 1, nextEnd, gain)) {
      edits.add(Edit.delete(end, end + 1));
      return nextEnd;
    }
    return end;
  }

  /** The models of one text, made on the first pair of parts that needs them. */
  private static final class Models {
    final Lexicon lexicon;
    final char[] text;
    @Nullable DocumentLexicon document;
    @Nullable WordModel model;

    // The parts of a join without their spaces, reused from pair to pair.
    private char[] joined = new char[64];

    Models(Lexicon lexicon, char[] text) {
      this.lexicon = lexicon;
      this.text = text;
    }

    /** Whether {@code text[start, end)} without its spaces is a word {@link #isVouched} allows. */
    boolean isVouched(char[] text, int start, int end) {
      if (end - start > joined.length) {
        joined = new char[end - start];
      }
      return SpacedWords.isVouched(lexicon, joined, withoutSpaces(text, start, end, joined));
    }

    WordModel model() {
      if (model == null) {
        document = DocumentLexicon.of(text);
        model = new WordModel(lexicon, document);
      }
      return model;
    }

    DocumentLexicon document() {
      model();
      return java.util.Objects.requireNonNull(document);
    }
  }

  /**
   * How much likelier {@code text[start, end)} and {@code text[end + 1, nextEnd)} are as one word
   * than as two, or negative infinity when they must not be joined.
   */
  static double gain(
      WordModel model,
      DocumentLexicon document,
      Lexicon lexicon,
      char[] text,
      int start,
      int end,
      int nextEnd) {
    if (lexicon.isProtected(text, start, end) || lexicon.isProtected(text, end + 1, nextEnd)) {
      return Double.NEGATIVE_INFINITY;
    }
    char[] joined = withoutSpaces(text, start, nextEnd);
    if (!isVouched(lexicon, joined)) {
      return Double.NEGATIVE_INFINITY;
    }
    double gain =
        model.word(joined, 0, joined.length, WordModel.IGNORE_DOCUMENT)
            - model.word(text, start, end, 1)
            - model.word(text, end + 1, nextEnd, 1);
    if (isCommonWord(lexicon, text, start, end) && isCommonWord(lexicon, text, end + 1, nextEnd)) {
      // Two real words that also make one: "crack down" / "crackdown", "tax payers", "in to". Only
      // a fragment far likelier joined counts ("Germ an", "Dec ember"), and never a pair the
      // document writes that way more than once, unless it also writes the joined word and the
      // pair is no phrase: a word split the same way twice ("Dec ember 2004", "Dec ember and
      // January") where "December" stands whole elsewhere. A pair that reads badly as two words
      // adds to the evidence; a phrase ("per cent") does not take the document's word, which glue
      // damage elsewhere may have made ("percent").
      double phrase = ContextModel.english().association(text, start, end, text, end + 1, nextEnd);
      boolean written = phrase <= 0 && document.count(joined, 0, joined.length) > 0;
      double evidence = gain - phrase + (written ? DOCUMENT_WORD : 0);
      if (evidence < COMMON_GAIN
          || !written && document.pairCount(text, start, end, text, end + 1, nextEnd) > 1) {
        return Double.NEGATIVE_INFINITY;
      }
    }
    return gain;
  }

  /** {@code text[start, end)} with its spaces left out: the parts of a split word joined. */
  static char[] withoutSpaces(char[] text, int start, int end) {
    char[] joined = new char[end - start];
    return java.util.Arrays.copyOf(joined, withoutSpaces(text, start, end, joined));
  }

  /** Copies {@code text[start, end)} without its spaces into {@code into}; returns the length. */
  static int withoutSpaces(char[] text, int start, int end, char[] into) {
    int length = 0;
    for (int k = start; k < end; k++) {
      if (text[k] != ' ') {
        into[length++] = text[k];
      }
    }
    return length;
  }

  /**
   * Whether the lexicon knows {@code joined} as written, or in lower case when it is capitalised:
   * only the lexicon vouches for a joined word, since a document with glued words uses its damage
   * as tokens ("Mittaltold"), which must not turn "Mittal told" into one.
   */
  static boolean isVouched(Lexicon lexicon, char[] joined) {
    return isVouched(lexicon, joined, joined.length);
  }

  /**
   * {@link #isVouched(Lexicon, char[])} of the first {@code length} characters of {@code joined}.
   */
  static boolean isVouched(Lexicon lexicon, char[] joined, int length) {
    return lexicon.frequency(joined, 0, length) >= 0
        || lexicon.lowerCaseFrequency(joined, 0, length) >= 0 && Character.isUpperCase(joined[0]);
  }

  /**
   * Joins the words of a letter-spaced line that starts at {@code start}, adding its edits, and
   * returns the line's end; returns {@code start} when the line is not one. Such a line ("J o b s g
   * r o w t h i n t h e U S") holds only single characters one space apart, with wider gaps between
   * its words, and at least half of its words of three letters or more are known; then every word
   * is joined, names, numbers and two-letter words too ("U S", "$ 5 0"), which alone would be too
   * weak to join.
   */
  private static int letterSpacedLine(char[] text, int start, Lexicon lexicon, List<Edit> edits) {
    int end = start;
    while (end < text.length && text[end] != '\n' && text[end] != '\r') {
      end++;
    }
    int from = start;
    while (from < end && text[from] == ' ') {
      from++;
    }
    int to = end;
    while (to > from && text[to - 1] == ' ') {
      to--;
    }
    if (to - from < 5) {
      return start;
    }
    int words = 0;
    int longWords = 0;
    int knownLongWords = 0;
    int wordStart = from;
    boolean wide = false;
    for (int k = from; k <= to; k++) {
      boolean wordEnds = k == to || text[k] == ' ' && text[k + 1] == ' ';
      if (k < to && (k - from) % 2 == 0 == (text[k] == ' ') && !wordEnds) {
        return start; // not single characters one space apart
      }
      if (!wordEnds) {
        continue;
      }
      if (Characters.isSpace(text[wordStart]) || (k - wordStart) % 2 == 0) {
        return start;
      }
      int letters = (k - wordStart + 1) / 2;
      char[] joined = new char[letters];
      for (int m = 0; m < letters; m++) {
        joined[m] = text[wordStart + 2 * m];
      }
      words++;
      if (letters >= MIN_SPACED_LETTERS) {
        longWords++;
        if (isKnownWord(lexicon, joined)) {
          knownLongWords++;
        }
      }
      if (k == to) {
        break;
      }
      wide = true;
      while (text[k + 1] == ' ') {
        k++;
      }
      wordStart = k + 1;
      from = wordStart;
    }
    if (!wide || words < 2 || knownLongWords == 0 || 2 * knownLongWords < longWords) {
      return start;
    }
    // Every single space between two characters of the line goes.
    for (int k = start + 1; k + 1 < to; k++) {
      if (text[k] == ' ' && text[k - 1] != ' ' && text[k + 1] != ' ') {
        edits.add(Edit.delete(k, k + 1));
      }
    }
    return end;
  }

  /**
   * Whether {@code word} is in the lexicon as written or, when not of mixed case, in lower case.
   */
  private static boolean isKnownWord(Lexicon lexicon, char[] word) {
    return lexicon.frequency(word, 0, word.length) >= 0
        || Shape.of(word, 0, word.length) != Shape.MIXED
            && lexicon.lowerCaseFrequency(word, 0, word.length) >= 0;
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

  /**
   * Whether the second part {@code text[start, end)} joins the word after it with more than {@code
   * gain}: in "the re cent", "re" belongs to "cent", not to "the".
   */
  private static boolean nextJoinsBetter(
      WordModel model,
      DocumentLexicon document,
      Lexicon lexicon,
      char[] text,
      int start,
      int end,
      double gain) {
    if (end + 1 >= text.length || text[end] != ' ') {
      return false;
    }
    int nextEnd = letterEnd(text, end + 1);
    return nextEnd - end - 1 >= 2
        && isWordEnd(text, nextEnd)
        && casesFit(text, start, end, nextEnd)
        && gain(model, document, lexicon, text, start, end, nextEnd) > gain;
  }

  /** The end of the run of letters from {@code start}. */
  static int letterEnd(char[] text, int start) {
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
  static boolean isWordEnd(char[] text, int end) {
    if (end == text.length) {
      return true;
    }
    char c = text[end];
    return Characters.isSpace(c) || Characters.isClausePunctuation(c) || Characters.isClosing(c);
  }

  /** Whether the parts' cases fit one word split: the second in lower case, or both in capitals. */
  static boolean casesFit(char[] text, int start, int end, int nextEnd) {
    Shape second = Shape.of(text, end + 1, nextEnd);
    Shape first = Shape.of(text, start, end);
    if (second == Shape.LOWER) {
      return first == Shape.LOWER || first == Shape.CAPITALISED;
    }
    return second == Shape.UPPER && first == Shape.UPPER;
  }
}
