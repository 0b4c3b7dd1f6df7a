package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.words.boundary.Boundaries.Kind;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * Finds the places inside each token where a line break may have taken a space, and scores each by
 * its lexical evidence: the {@link WordModel} score of the two parts against the token as it
 * stands, plus the document writing the two apart elsewhere. Sentence ends come from the {@link
 * SentenceBoundaries} rules, other kinds from the {@link JoinClassifier}. Each token is looked at
 * once, on first request. Not thread-safe; one per analysis.
 */
final class CandidateFinder {

  /** The score given to a boundary the sentence rules accept: strong evidence by itself. */
  static final double SENTENCE_RULE = 9.0;

  /** The score of a title glued to a name ("MrSmernicki"): as sure as a sentence rule. */
  static final double TITLE_BEFORE_NAME = 9.0;

  /**
   * The score of a full stop with a word in capitals glued after it ("fighting.UKIP"): a sentence
   * end or a file name ("report.PDF"), for the line width to decide.
   */
  static final double ACRONYM_AFTER_STOP = 2.0;

  /**
   * Tokens longer than this are never split: two glued words are far shorter, and what is longer
   * (an address, a hash, a chemical name) must not cost time quadratic in its length.
   */
  static final int MAX_TOKEN = 64;

  /** A word of at least this frequency class is a common word. */
  static final int COMMON = 4;

  /**
   * Lexical evidence added for each time the document uses the two parts of a split side by side.
   */
  static final double PAIR_BONUS = 2.0;

  /** At most this many sentence boundaries are taken from one token. */
  private static final int MAX_SENTENCE_MARKS = 4;

  private final TokenIndex tokens;
  private final String text;
  private final char[] chars;
  private final Lexicon lexicon;
  private final DocumentLexicon document;
  private final WordModel model;
  private final SentenceBoundaries sentences;
  private final JoinClassifier classifier;
  private final @Nullable Candidates[] found;

  // Tokens of letters only, by content: their places and scores depend on nothing but their
  // letters and the document, so a word's repeats reuse them. Open addressing over token indices
  // (-1 for an empty slot); sized for every token.
  private final int[] wordSlots;

  /** How many places {@link #compute} scored: work, for tests that bound it. */
  private long placesScored;

  CandidateFinder(TokenIndex tokens, Lexicon lexicon, DocumentLexicon document, WordModel model) {
    this.tokens = tokens;
    this.text = tokens.text();
    this.chars = tokens.chars();
    this.lexicon = lexicon;
    this.document = document;
    this.model = model;
    this.sentences = new SentenceBoundaries(text);
    this.classifier = new JoinClassifier(text);
    this.found = new Candidates[tokens.tokenCount()];
    this.wordSlots = new int[Integer.highestOneBit(Math.max(4, tokens.tokenCount() * 2)) << 1];
    Arrays.fill(wordSlots, -1);
  }

  /** Whether token {@code t}, without the punctuation around it, is a word the lexicon knows. */
  boolean isKnownWord(int t) {
    int from = wordStart(tokens.tokenStart(t), tokens.tokenEnd(t));
    int to = wordEnd(from, tokens.tokenEnd(t));
    return to > from
        && (lexicon.frequency(chars, from, to) >= 0
            || lexicon.lowerCaseFrequency(chars, from, to) >= 0);
  }

  /** How many places were scored so far. */
  long placesScored() {
    return placesScored;
  }

  /** The candidate places of token {@code t} if they were computed already, else {@code null}. */
  @Nullable Candidates known(int t) {
    return found[t];
  }

  /** The candidate places of token {@code t}, computed once. */
  Candidates of(int t) {
    Candidates c = found[t];
    if (c == null) {
      c = isLettersOnly(t) ? ofWord(t) : compute(tokens.tokenStart(t), tokens.tokenEnd(t));
      found[t] = c;
    }
    return c;
  }

  /**
   * The places of a token of letters only, from an earlier token of the same letters when there is
   * one. Nothing outside such a token bears on them: it holds no punctuation for the sentence rules
   * or the quote roles, and the letters around it are white space.
   */
  private Candidates ofWord(int t) {
    int start = tokens.tokenStart(t);
    int end = tokens.tokenEnd(t);
    int mask = wordSlots.length - 1;
    for (int slot = wordHash(start, end) & mask; ; slot = (slot + 1) & mask) {
      int earlier = wordSlots[slot];
      if (earlier < 0) {
        wordSlots[slot] = t;
        return compute(start, end);
      }
      if (sameLetters(earlier, start, end)) {
        Candidates same = of(earlier);
        return same.size == 0 ? same : same.movedBy(start - tokens.tokenStart(earlier));
      }
    }
  }

  private boolean isLettersOnly(int t) {
    int end = tokens.tokenEnd(t);
    if (end - tokens.tokenStart(t) > MAX_TOKEN) {
      return false;
    }
    for (int k = tokens.tokenStart(t); k < end; k++) {
      if (!Character.isLetter(chars[k])) {
        return false;
      }
    }
    return true;
  }

  private int wordHash(int start, int end) {
    int h = 0;
    for (int k = start; k < end; k++) {
      h = 31 * h + chars[k];
    }
    return h ^ (h >>> 16);
  }

  private boolean sameLetters(int t, int start, int end) {
    int from = tokens.tokenStart(t);
    return tokens.tokenEnd(t) - from == end - start
        && Arrays.equals(chars, from, from + end - start, chars, start, end);
  }

  private Candidates compute(int start, int end) {
    if (!mayHideJoin(start, end)) {
      return Candidates.NONE;
    }
    Candidates c = new Candidates();
    int[] marks = new int[MAX_SENTENCE_MARKS];
    int markCount = sentenceMarks(start, end, marks);
    double sentenceScore = SENTENCE_RULE;
    if (markCount == 0) {
      int acronym = sentences.acronymAfterStop(start, end);
      if (acronym > 0) {
        marks[markCount++] = acronym;
        sentenceScore = usesAlone(start, acronym, end) ? SENTENCE_RULE : ACRONYM_AFTER_STOP;
      }
    }
    int coreStart = start;
    while (coreStart < end && WordModel.isLeading(text.charAt(coreStart))) {
      coreStart++;
    }
    // The sentence boundaries cut the token into segments; other places are judged within their
    // segment, so that "salesfigures.Gamers" weighs "sales|figures." and not
    // "sales|figures.Gamers".
    int segmentStart = start;
    int nextMark = 0;
    double whole = Double.NaN;
    for (int e = start + 1; e < end; e++) {
      if (nextMark < markCount && marks[nextMark] == e) {
        c.add(e, Kind.SENTENCE, sentenceScore);
        segmentStart = e;
        nextMark++;
        whole = Double.NaN;
        continue;
      }
      Kind kind = classifier.kindAt(start, end, coreStart, e);
      if (kind == null || isTwoLetters(e)) {
        continue;
      }
      int segmentEnd = nextMark < markCount ? marks[nextMark] : end;
      if (Double.isNaN(whole)) {
        int ownUses = segmentStart == start && segmentEnd == end ? 1 : 0;
        whole = model.token(chars, segmentStart, segmentEnd, ownUses);
      }
      addPlace(c, kind, start, coreStart, segmentStart, e, segmentEnd, whole);
      placesScored++;
    }
    return c;
  }

  /**
   * Whether a token may hide a join at all: not too short or long, no address or code, no word the
   * user protects, no other script, and some letter or digit.
   */
  private boolean mayHideJoin(int start, int end) {
    return end - start >= 2
        && end - start <= MAX_TOKEN
        && !Characters.isAddressOrCode(text, start, end)
        && !isProtected(start, end)
        && !WordScreen.hasOtherScript(chars, start, end)
        && hasLetterOrDigit(start, end);
  }

  /** Puts the sentence boundaries of the token into {@code marks}; returns how many there are. */
  private int sentenceMarks(int start, int end, int[] marks) {
    int[] count = {0};
    sentences.find(
        start,
        end,
        at -> {
          if (count[0] < marks.length) {
            marks[count[0]++] = at;
          }
        });
    return count[0];
  }

  /** Scores the place {@code e} of {@code kind} within its segment and adds it to {@code c}. */
  private void addPlace(
      Candidates c,
      Kind kind,
      int start,
      int coreStart,
      int segmentStart,
      int e,
      int segmentEnd,
      double whole) {
    double pair = pairBonus(segmentStart, e, segmentEnd);
    // A document that also writes the two words apart does not use the glued token as a word of
    // its own when it recurs once or twice ("Saturdaymorning" beside "Saturday morning"): a
    // frequent pair can be glued at two line ends. A token used three times or more is the
    // document's own spelling ("TimeWarner" beside "Time Warner").
    double wholeHere =
        pair > 0 && usesElsewhere(segmentStart, segmentEnd) < 2
            ? model.token(chars, segmentStart, segmentEnd, WordModel.IGNORE_DOCUMENT)
            : whole;
    double score =
        model.token(chars, segmentStart, e, 0)
            + model.token(chars, e, segmentEnd, 0)
            - wholeHere
            + pair;
    boolean widthOnly = false;
    if (kind == Kind.CAMEL && isTitleBeforeName(Math.max(coreStart, segmentStart), e)) {
      // "MrSmernicki": a title is never part of one word with the name after it, however often
      // the document glues them.
      score = Math.max(score, TITLE_BEFORE_NAME);
    } else if (kind == Kind.CAMEL
        && pair == 0
        && isTwoCapitalisedWords(start, e)
        && !isGluedName(e, segmentEnd)) {
      // ConocoPhillips, HarperCollins, DreamWorks: clean text is full of names written as two
      // capitalised words in one. Without the document writing the two apart elsewhere, only
      // the line width may split one.
      widthOnly = true;
    }
    c.add(e, kind, score, widthOnly);
  }

  /**
   * Whether the word in capitals from {@code at} ("fighting.UKIP", "company.IBM") is one the
   * document also writes on its own: then the full stop before it ends a sentence, where a file
   * name ("report.PDF") would have its extension nowhere else. Not when the document repeats the
   * whole token, which is then a name of its own ("Bagle.AT", a virus), nor for a word that is also
   * a function word in lower case ("AT" beside "at"): the document's counts ignore case.
   */
  private boolean usesAlone(int start, int at, int end) {
    int to = at;
    while (to < end && Character.isLetter(chars[to])) {
      to++;
    }
    int from = wordStart(start, end);
    return to - at >= 2
        && document.count(chars, at, to) > 0
        && document.count(chars, from, wordEnd(from, end)) <= 1
        && lexicon.lowerCaseFrequency(chars, at, to) < ContextDecision.FUNCTION;
  }

  /**
   * Whether the capitalised words before and after {@code e} are two names a lost space glued
   * ("DmitryPeskov", "AbbasMousavi"), not a brand made of two words ("PlayStation",
   * "SonyEricsson"): the first is a name the lexicon knows only capitalised (or, from four letters,
   * in lower case as a rare word only: "abbas"; "Mac" of MacLennan is not one), and the second is a
   * capitalised word that ends the token and that the lexicon does not know at all, or a name the
   * document also writes on its own. Brands are made of everyday words or of two known names; a
   * surname the lexicon lacks is the common case of a glued name in news text. A document that
   * writes the glued form again uses it as a word of its own.
   */
  private boolean isGluedName(int e, int end) {
    int from = e - 1;
    while (from > 0 && Character.isLetter(chars[from - 1])) {
      from--;
    }
    int to = e + 1;
    while (to < end && Character.isLowerCase(chars[to])) {
      to++;
    }
    if (e - from < 3
        || to - e < 4
        || (to < end && Character.isLetter(chars[to]))
        || lexicon.frequency(chars, from, e) < 0
        || lexicon.lowerCaseFrequency(chars, from, e) > (e - from >= 4 ? 0 : -1)
        || document.count(chars, from, to) > 1) {
      return false;
    }
    boolean unknown =
        lexicon.frequency(chars, e, to) < 0 && lexicon.lowerCaseFrequency(chars, e, to) < 0;
    boolean nameUsedAlone =
        lexicon.lowerCaseFrequency(chars, e, to) < 0 && document.count(chars, e, to) > 0;
    return unknown || nameUsedAlone;
  }

  /**
   * Whether {@code e} splits a word of two letters into two one-letter words: "aa" is never "a a",
   * whatever the lexicon says of each letter.
   */
  private boolean isTwoLetters(int e) {
    return Character.isLetter(chars[e - 1])
        && Character.isLetter(chars[e])
        && (e - 2 < 0 || !Character.isLetter(chars[e - 2]))
        && (e + 1 >= chars.length || !Character.isLetter(chars[e + 1]));
  }

  /**
   * Whether the join at {@code e} is between two capitalised words, as in "ConocoPhillips": the
   * letters before it back to the start of the token or a non-letter form a capitalised word.
   */
  private boolean isTwoCapitalisedWords(int start, int e) {
    int from = e - 1;
    while (from > start && Character.isLetter(chars[from - 1])) {
      from--;
    }
    if (!Character.isUpperCase(chars[from])) {
      return false;
    }
    for (int k = from + 1; k < e; k++) {
      if (!Character.isLowerCase(chars[k])) {
        return false;
      }
    }
    return e - from >= 2;
  }

  /**
   * Whether {@code text[from, e)} is a title written without its full stop (Mr, Mrs, Ms, Mx, Dr,
   * Prof, Sir) and a capitalised word follows at {@code e}.
   */
  private boolean isTitleBeforeName(int from, int e) {
    if (e + 1 >= chars.length || !Character.isLowerCase(chars[e + 1])) {
      return false;
    }
    return switch (text.substring(from, e)) {
      case "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sir" -> true;
      default -> false;
    };
  }

  /** How many times the document uses the word of {@code text[start, end)} apart from here. */
  private int usesElsewhere(int start, int end) {
    int from = wordStart(start, end);
    int to = wordEnd(from, end);
    return to > from ? document.count(chars, from, to) - 1 : 0;
  }

  /** The first letter or digit of {@code text[start, end)}, or {@code end}. */
  private int wordStart(int start, int end) {
    int from = start;
    while (from < end && !Character.isLetterOrDigit(chars[from])) {
      from++;
    }
    return from;
  }

  /** The end of the last letter or digit of {@code text[from, end)}, or {@code from}. */
  private int wordEnd(int from, int end) {
    int to = end;
    while (to > from && !Character.isLetterOrDigit(chars[to - 1])) {
      to--;
    }
    return to;
  }

  /**
   * Whether the join at {@code e} in token {@code t} would split a name made of two capitalised
   * common words, such as PowerMac or RipGuard. Without line-width evidence such a token is a
   * brand, not a join; two glued names (DmitryPeskov) or a word glued to a name (deniedMoscow) are
   * joins.
   */
  boolean isCompoundName(int e, int t) {
    if (!Character.isUpperCase(chars[e]) || !Character.isLowerCase(chars[e - 1])) {
      return false;
    }
    int from = e - 1;
    while (from > tokens.tokenStart(t) && Character.isLetter(chars[from - 1])) {
      from--;
    }
    int to = e;
    while (to < tokens.tokenEnd(t) && Character.isLetter(chars[to])) {
      to++;
    }
    // The first part must be an ordinary word that can also be written in lower case: "Power" in
    // PowerMac, not a proper adjective such as "Syrian" in SyrianArmy.
    // And one of the two must be an everyday word in lower case: PowerMac, MacWorld, TimeWarner;
    // a first name and a surname (JohnWestwood) are two names, which a line break glued.
    boolean everyday =
        Math.max(
                lexicon.lowerCaseFrequency(chars, from, e),
                lexicon.lowerCaseFrequency(chars, e, to))
            >= COMMON;
    return Character.isUpperCase(chars[from])
        && !isTitleBeforeName(from, e)
        && lexicon.lowerCaseFrequency(chars, from, e) >= 0
        && everyday
        && isCommon(from, e)
        && isCommon(e, to);
  }

  /** Whether {@code text[start, end)} is a common word as written or in lower case. */
  private boolean isCommon(int start, int end) {
    return Math.max(
            lexicon.frequency(chars, start, end), lexicon.lowerCaseFrequency(chars, start, end))
        >= COMMON;
  }

  /**
   * Evidence from the document using the two parts side by side elsewhere: "the chancellor" for
   * "thechancellor".
   */
  private double pairBonus(int start, int e, int end) {
    int leftFrom = start;
    while (leftFrom < e && !Character.isLetterOrDigit(text.charAt(leftFrom))) {
      leftFrom++;
    }
    int rightTo = end;
    while (rightTo > e && !Character.isLetterOrDigit(text.charAt(rightTo - 1))) {
      rightTo--;
    }
    if (leftFrom >= e
        || rightTo <= e
        || !Character.isLetterOrDigit(text.charAt(e - 1))
        || !Character.isLetterOrDigit(text.charAt(e))) {
      return 0;
    }
    int pairs = document.pairCount(chars, leftFrom, e, chars, e, rightTo);
    return PAIR_BONUS * Math.min(pairs, 3);
  }

  /** Whether the token, without the punctuation around it, is a word the user protected. */
  private boolean isProtected(int start, int end) {
    int from = wordStart(start, end);
    int to = wordEnd(from, end);
    return to > from && lexicon.isProtected(chars, from, to);
  }

  /** Whether a token holds a word at all: punctuation alone ("-'-'", "?!") hides no join. */
  private boolean hasLetterOrDigit(int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetterOrDigit(chars[k])) {
        return true;
      }
    }
    return false;
  }
}
