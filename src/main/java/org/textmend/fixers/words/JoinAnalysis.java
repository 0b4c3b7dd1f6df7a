package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * Finds the places where a dropped line break took the space between two words, and how sure it is
 * of each.
 *
 * <p>Two kinds of evidence are combined. The lexical evidence of a place is a log-likelihood ratio
 * from the {@link WordModel}: "tostop" is far likelier as "to" + "stop" than as one unknown word.
 * The positional evidence comes from the {@link WrapModel}: text whose line breaks were dropped
 * carries its joins at a roughly constant line width, so once confident joins reveal the width, it
 * tells where the doubtful ones must be ("apolitical" at a break is "a political") and, as
 * strongly, where they cannot be. A document without that regularity only gets the joins whose
 * lexical evidence is overwhelming, and only when it shows more than an isolated slip. Lines mostly
 * in another language or script, code, addresses and words the user protects are never split.
 *
 * <p>One instance analyses one text; not thread-safe. Callers use {@link #find}.
 */
public final class JoinAnalysis {

  /**
   * A join at least this likely (in log-likelihood ratio) counts as evidence that the text lost its
   * line breaks.
   */
  static final double CONFIDENT = 5.0;

  /** Without line-width evidence, a join needs at least this lexical score. */
  static final double ALONE = 6.0;

  /** The score given to a boundary the sentence rules accept: strong evidence by itself. */
  static final double SENTENCE_RULE = 9.0;

  /** The score of a title glued to a name ("MrSmernicki"): as sure as a sentence rule. */
  static final double TITLE_BEFORE_NAME = 9.0;

  /**
   * The score of a full stop with a word in capitals glued after it ("fighting.UKIP"): a sentence
   * end or a file name ("report.PDF"), for the line width to decide.
   */
  static final double ACRONYM_AFTER_STOP = 2.0;

  /** A line whose known-word share is below this is in another language and is left alone. */
  static final double MIN_KNOWN_SHARE = 0.6;

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

  /** A text of at most this many words counts as damaged with a single confident join. */
  static final int SHORT_TEXT = 60;

  /**
   * A longer text needs at least this many confident joins to count as damaged without line-width
   * evidence...
   */
  static final int MIN_CONFIDENT_JOINS = 3;

  /** ... and at least one per this many words. */
  static final int WORDS_PER_JOIN = 150;

  /**
   * Posterior probability above which the line-width model accepts a join: odds of 3 to 1, not even
   * odds, because a wrong split costs more than a missed one. On the dev set this leaves out about
   * 64 wrong splits for about 244 missed joins (precision 0.9940 to 0.9952, recall 0.9787 to
   * 0.9741).
   */
  static final double ACCEPT = 0.75;

  /**
   * Evidence (in nats) the line-width model must add over a text without joins before it is
   * trusted.
   */
  static final double WRAP_EVIDENCE = 5;

  private final String text;
  private final char[] chars;
  private final Lexicon lexicon;
  private final DocumentLexicon document;
  private final WordModel model;
  private final SentenceBoundaries sentences;
  private QuoteRoles quotes;

  // Tokens: maximal runs of non-space characters.
  private int tokenCount;
  private int[] tokenStart = new int[64];
  private int[] tokenEnd = new int[64];
  // Lines: [lineStart, lineEnd) with tokens [lineFirstToken, lineLastToken).
  private int lineCount;
  private int[] lineStart = new int[8];
  private int[] lineEnd = new int[8];
  private int[] lineFirstToken = new int[8];
  private int[] lineLastToken = new int[8];
  private boolean[] foreignLine;
  // The word of each token that isForeign looked up, and whether it is known.
  private int[] knownFrom;
  private int[] knownTo;
  private boolean[] knownWord;

  // Candidate places of each token, computed on first use.
  private Candidates[] candidates;

  private JoinAnalysis(String text, Lexicon lexicon) {
    this.text = text;
    this.chars = text.toCharArray();
    this.lexicon = lexicon;
    this.document = DocumentLexicon.of(chars);
    this.model = new WordModel(lexicon, document, hasSpacedDash(chars));
    this.sentences = new SentenceBoundaries(text);
  }

  /** Whether {@code text} sets a dash apart with spaces somewhere: "the claim - filed in 1999". */
  private static boolean hasSpacedDash(char[] text) {
    for (int i = 1; i + 1 < text.length; i++) {
      if (WordModel.isDash(text[i]) && text[i - 1] == ' ' && text[i + 1] == ' ') {
        return true;
      }
    }
    return false;
  }

  /** The joins in {@code text} that the analysis accepts, in order of position. */
  public static List<Join> find(String text, Lexicon lexicon) {
    if (text.length() < 3) {
      return List.of();
    }
    return new JoinAnalysis(text, lexicon).run();
  }

  /** The analysis of {@code text} after a run, for tests that look at candidate scores. */
  static JoinAnalysis analysed(String text, Lexicon lexicon) {
    JoinAnalysis analysis = new JoinAnalysis(text, lexicon);
    analysis.run();
    return analysis;
  }

  private List<Join> run() {
    tokenize();
    candidates = new Candidates[tokenCount];
    foreignLine = new boolean[lineCount];
    knownFrom = new int[tokenCount];
    knownTo = new int[tokenCount];
    knownWord = new boolean[tokenCount];
    int confident = 0;
    int words = 0;
    for (int line = 0; line < lineCount; line++) {
      foreignLine[line] = isForeign(line);
      for (int t = lineFirstToken[line]; t < lineLastToken[line]; t++) {
        words++;
        if (!foreignLine[line] && isInteresting(t)) {
          Candidates c = candidates(t);
          if (c.best() >= CONFIDENT) {
            confident++;
          }
        }
      }
    }
    if (confident == 0) {
      return List.of();
    }
    double[] probability = new double[text.length() + 1];
    boolean[] decided = new boolean[lineCount];
    if (confident >= 3) {
      WrapModel.Result wrap = WrapModel.fit(this, confident);
      if (wrap != null && wrap.evidence() >= WRAP_EVIDENCE) {
        for (int line : wrap.lines()) {
          decided[line] = true;
        }
        wrap.copyPosteriors(probability);
      }
    }
    // Without the line width, a document shows damage by more than a slip or two: clean prose has a
    // few tokens that look glued (names, compounds, typos), text that lost its line breaks has one
    // every line or so. A short text (a sentence or a snippet) with one clear join is damaged.
    boolean damaged =
        words <= SHORT_TEXT || confident >= Math.max(MIN_CONFIDENT_JOINS, words / WORDS_PER_JOIN);
    List<Join> joins = new ArrayList<>();
    for (int line = 0; line < lineCount; line++) {
      if (foreignLine[line]) {
        continue;
      }
      for (int t = lineFirstToken[line]; t < lineLastToken[line]; t++) {
        Candidates c = candidates[t];
        if (c == null) {
          continue;
        }
        for (int i = 0; i < c.size; i++) {
          double p;
          if (decided[line]) {
            p = probability[c.position[i]];
          } else if (c.widthOnly[i] || !damaged || c.score[i] < ALONE) {
            p = 0;
          } else {
            boolean best = c.kind[i] == Join.Kind.SENTENCE || i == c.bestIndex;
            p = best && !isCompoundName(c.position[i], t) ? 1.0 : 0.0;
          }
          if (p >= ACCEPT) {
            joins.add(new Join(c.position[i], c.kind[i], c.score[i], p));
          }
        }
      }
    }
    return joins;
  }

  // ------------------------------------------------------------------------------------------
  // Tokens and lines

  private void tokenize() {
    int i = 0;
    int length = chars.length;
    startLine(0);
    while (i < length) {
      char c = chars[i];
      if (Characters.isLineBreak(chars, i)) {
        endLine(i);
        startLine(i + 1);
        i++;
        continue;
      }
      if (Chars.isSpace(c)) {
        i++;
        continue;
      }
      int end = i;
      while (end < length && !Chars.isSpace(chars[end])) {
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
    if (end > lineStart[lineCount] && text.charAt(end - 1) == '\r') {
      end--;
    }
    lineEnd[lineCount] = end;
    lineLastToken[lineCount] = tokenCount;
    lineCount++;
  }

  /**
   * Whether most words of the line are unknown to the lexicon and the document: another language.
   */
  private boolean isForeign(int line) {
    int words = 0;
    int known = 0;
    for (int t = lineFirstToken[line]; t < lineLastToken[line]; t++) {
      int from = tokenStart[t];
      int to = tokenEnd[t];
      while (from < to && !Character.isLetter(chars[from])) {
        from++;
      }
      while (to > from && !Character.isLetter(chars[to - 1])) {
        to--;
      }
      if (to - from < 2) {
        continue;
      }
      for (int k = from; k < to; k++) {
        char c = chars[k];
        if (Character.isLetter(c) && c > 0x24F) {
          return true; // another script: never split
        }
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
   * document knows.
   */
  private boolean isInteresting(int t) {
    int start = tokenStart[t];
    int end = tokenEnd[t];
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
    boolean letters = true;
    for (int k = from; k < to; k++) {
      char c = chars[k];
      if (!Character.isLetter(c)) {
        letters = false;
        break;
      }
      if (k > from && Character.isUpperCase(c) && Character.isLowerCase(chars[k - 1])) {
        return true;
      }
    }
    if (!letters) {
      return true;
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

  // ------------------------------------------------------------------------------------------
  // Candidates

  /** The candidate places of token {@code t} if they were computed already, else {@code null}. */
  Candidates knownCandidates(int t) {
    return candidates[t];
  }

  /** The candidate places of token {@code t}, computed once. */
  Candidates candidates(int t) {
    Candidates c = candidates[t];
    if (c == null) {
      c = computeCandidates(t);
      candidates[t] = c;
    }
    return c;
  }

  private Candidates computeCandidates(int t) {
    int start = tokenStart[t];
    int end = tokenEnd[t];
    Candidates c = new Candidates();
    if (end - start < 2
        || end - start > MAX_TOKEN
        || Chars.isAddressOrCode(text, start, end)
        || isProtected(start, end)
        || hasOtherScript(start, end)
        || !hasLetterOrDigit(start, end)) {
      return c.done();
    }
    int[] sentenceMarks = new int[4];
    int[] sentenceCount = {0};
    sentences.find(
        start,
        end,
        at -> {
          if (sentenceCount[0] < sentenceMarks.length) {
            sentenceMarks[sentenceCount[0]++] = at;
          }
        });
    double sentenceScore = SENTENCE_RULE;
    if (sentenceCount[0] == 0) {
      int acronym = sentences.acronymAfterStop(start, end);
      if (acronym > 0) {
        sentenceMarks[sentenceCount[0]++] = acronym;
        sentenceScore = ACRONYM_AFTER_STOP;
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
      if (nextMark < sentenceCount[0] && sentenceMarks[nextMark] == e) {
        c.add(e, Join.Kind.SENTENCE, sentenceScore);
        segmentStart = e;
        nextMark++;
        whole = Double.NaN;
        continue;
      }
      Join.Kind kind = kindAt(start, end, coreStart, e);
      if (kind == null || isTwoLetters(e)) {
        continue;
      }
      int segmentEnd = nextMark < sentenceCount[0] ? sentenceMarks[nextMark] : end;
      if (Double.isNaN(whole)) {
        whole =
            model.token(
                chars,
                segmentStart,
                segmentEnd,
                segmentStart == start && segmentEnd == end ? 1 : 0);
      }
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
      if (kind == Join.Kind.CAMEL && isTitleBeforeName(Math.max(coreStart, segmentStart), e)) {
        // "MrSmernicki": a title is never part of one word with the name after it, however often
        // the document glues them.
        score = Math.max(score, TITLE_BEFORE_NAME);
      } else if (kind == Join.Kind.CAMEL && pair == 0 && isTwoCapitalisedWords(start, e)) {
        // ConocoPhillips, HarperCollins, DreamWorks: clean text is full of names written as two
        // capitalised words in one. Without the document writing the two apart elsewhere, only
        // the line width may split one.
        widthOnly = true;
      }
      c.add(e, kind, score, widthOnly);
    }
    return c.done();
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
    int from = start;
    int to = end;
    while (from < to && !Character.isLetterOrDigit(chars[from])) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(chars[to - 1])) {
      to--;
    }
    return to > from ? document.count(chars, from, to) - 1 : 0;
  }

  /**
   * Whether the join at {@code e} would split a name made of two capitalised common words, such as
   * PowerMac or RipGuard. Without line-width evidence such a token is a brand, not a join; two
   * glued names (DmitryPeskov) or a word glued to a name (deniedMoscow) are joins.
   */
  private boolean isCompoundName(int e, int t) {
    if (!Character.isUpperCase(chars[e]) || !Character.isLowerCase(chars[e - 1])) {
      return false;
    }
    int from = e - 1;
    while (from > tokenStart[t] && Character.isLetter(chars[from - 1])) {
      from--;
    }
    int to = e;
    while (to < tokenEnd[t] && Character.isLetter(chars[to])) {
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

  /** The kind of a join at {@code e}, or {@code null} when a boundary there is not plausible. */
  private Join.Kind kindAt(int start, int end, int coreStart, int e) {
    char left = text.charAt(e - 1);
    char right = text.charAt(e);
    if (Character.isLetter(left) && Character.isLetter(right)) {
      boolean leftUpper = Character.isUpperCase(left);
      boolean rightUpper = Character.isUpperCase(right);
      if (!leftUpper && rightUpper) {
        return Join.Kind.CAMEL; // deniedMoscow
      }
      if (leftUpper && rightUpper) {
        // An acronym or an initial before a capitalised word: UKMinister, CSweeney
        boolean acronymBefore =
            e - 2 >= start && isAcronymChar(text.charAt(e - 2)) || e - 1 == coreStart;
        boolean wordAfter = e + 1 < end && Character.isLowerCase(text.charAt(e + 1));
        return acronymBefore && wordAfter ? Join.Kind.CAMEL : null;
      }
      if (leftUpper) {
        if (e - 1 == coreStart) {
          return Join.Kind.GLUED; // Acontroversial, Ithink
        }
        boolean acronymBefore = e - 2 >= start && isAcronymChar(text.charAt(e - 2));
        return acronymBefore ? Join.Kind.CAMEL : null; // IMFwarned, M&Sat
      }
      return Join.Kind.GLUED;
    }
    boolean leftWord = Character.isLetterOrDigit(left);
    boolean rightWord = Character.isLetterOrDigit(right);
    if (leftWord && rightWord) {
      return Join.Kind.GLUED; // September2001, 59.2trillion
    }
    if (right == '"' && leftWord) {
      return quoteRole(e) != QuoteRoles.Role.CLOSING ? Join.Kind.GLUED : null; // had"nothing
    }
    if (left == '"' && rightWord) {
      // resolution"between
      return quoteRole(e - 1) != QuoteRoles.Role.OPENING ? Join.Kind.GLUED : null;
    }
    if (isCurrency(right) && leftWord && isCurrencyPrefix(start, e)) {
      // A$5.44, US$20, HK$3: the letters belong to the currency
      return null;
    }
    if (leftWord && (Chars.isOpening(right) || isCurrency(right) || right == '-')) {
      return Join.Kind.GLUED; // Industry(METI), from£2.50, yields-average
    }
    if (rightWord && (Chars.isClosing(left) || left == '%' || left == '-')) {
      return Join.Kind.GLUED; // [Movement]and, 41%in, 1999-was
    }
    if (rightWord && left == '\'' && e - 2 >= start && text.charAt(e - 2) == 's') {
      return Join.Kind.GLUED; // investors'fragile
    }
    if (leftWord && right == '\'' && e + 1 < end && Character.isLetter(text.charAt(e + 1))) {
      // an'all you can eat': an opening single quote, or an apostrophe (judged by its score)
      return Join.Kind.GLUED;
    }
    if (isDash(right) && (leftWord || WordModel.isTrailing(left))) {
      return Join.Kind.GLUED; // 3%- it has, announced:- Duty
    }
    if (left == '&' && e - 1 == start && rightWord) {
      return Join.Kind.GLUED; // Cable &Wireless
    }
    if (left == '.'
        && Character.isUpperCase(right)
        && e - 2 >= start
        && text.charAt(e - 2) != '.'
        && !hasOtherDot(start, end, e - 1)) {
      // U.S.Army, 0.5%.Overall: only where the line width points to a break
      return Join.Kind.SENTENCE;
    }
    return null;
  }

  /** Whether the token, without the punctuation around it, is a word the user protected. */
  private boolean isProtected(int start, int end) {
    int from = start;
    int to = end;
    while (from < to && !Character.isLetterOrDigit(chars[from])) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(chars[to - 1])) {
      to--;
    }
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

  private boolean hasOtherScript(int start, int end) {
    for (int k = start; k < end; k++) {
      char c = chars[k];
      if (c > 0x24F && Character.isLetter(c)) {
        return true;
      }
    }
    return false;
  }

  private QuoteRoles.Role quoteRole(int at) {
    if (quotes == null) {
      quotes = new QuoteRoles(text);
    }
    return quotes.role(at);
  }

  /** Whether {@code c} can end an acronym before a word: UKMinister, M&Sat, 3Gphones. */
  private static boolean isAcronymChar(char c) {
    return Character.isUpperCase(c) || c == '&' || Character.isDigit(c);
  }

  /**
   * Whether the letters from the token start to {@code e} are a currency prefix: one to three
   * capitals.
   */
  private boolean isCurrencyPrefix(int start, int e) {
    int from = e;
    while (from > start && Character.isUpperCase(text.charAt(from - 1))) {
      from--;
    }
    return e - from >= 1
        && e - from <= 3
        && (from == start || !Character.isLetterOrDigit(text.charAt(from - 1)));
  }

  /** Whether a point other than the one at {@code dot} sits between letters: a domain or a file. */
  private boolean hasOtherDot(int start, int end, int dot) {
    for (int k = start + 1; k < end - 1; k++) {
      if (k != dot
          && text.charAt(k) == '.'
          && Character.isLetter(text.charAt(k - 1))
          && Character.isLetter(text.charAt(k + 1))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—';
  }

  private static boolean isCurrency(char c) {
    return c == '$' || c == '£' || c == '€' || c == '¥';
  }

  // ------------------------------------------------------------------------------------------
  // Access for the line-width model

  String text() {
    return text;
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

  boolean isForeignLine(int line) {
    return foreignLine[line];
  }

  int tokenStart(int t) {
    return tokenStart[t];
  }

  int tokenEnd(int t) {
    return tokenEnd[t];
  }

  /**
   * Whether the candidate is a possible paragraph end: sentence punctuation, maybe quoted, before
   * the place.
   */
  boolean endsSentence(int position) {
    int k = position - 1;
    while (k >= 0
        && (Chars.isClosing(text.charAt(k)) || text.charAt(k) == '"' || text.charAt(k) == '\'')) {
      k--;
    }
    if (k < 0) {
      return false;
    }
    char c = chars[k];
    return c == '.' || c == '!' || c == '?';
  }

  /** The candidate places of one token: parallel arrays sorted by position. */
  static final class Candidates {
    int size;
    int[] position = new int[4];
    Join.Kind[] kind = new Join.Kind[4];
    double[] score = new double[4];
    boolean[] widthOnly = new boolean[4];
    int bestIndex = -1;

    void add(int at, Join.Kind k, double s) {
      add(at, k, s, false);
    }

    /** Adds a place; a {@code widthOnly} place is taken only where the line width points to it. */
    void add(int at, Join.Kind k, double s, boolean widthOnly) {
      if (size == position.length) {
        position = Arrays.copyOf(position, size * 2);
        kind = Arrays.copyOf(kind, size * 2);
        score = Arrays.copyOf(score, size * 2);
        this.widthOnly = Arrays.copyOf(this.widthOnly, size * 2);
      }
      position[size] = at;
      kind[size] = k;
      score[size] = s;
      this.widthOnly[size] = widthOnly;
      if (bestIndex < 0 || s > score[bestIndex]) {
        bestIndex = size;
      }
      size++;
    }

    Candidates done() {
      return this;
    }

    double best() {
      return bestIndex < 0 ? Double.NEGATIVE_INFINITY : score[bestIndex];
    }
  }
}
