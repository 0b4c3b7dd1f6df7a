package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * One analysis of one text: finds the places where a dropped line break took the space between two
 * words, and decides which to accept.
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
 * <p>Not thread-safe; callers use {@link #find}.
 */
final class JoinAnalysis {

  /**
   * A join at least this likely (in log-likelihood ratio) counts as evidence that the text lost its
   * line breaks.
   */
  static final double CONFIDENT = 5.0;

  /** Without line-width evidence, a join needs at least this lexical score. */
  static final double ALONE = 6.0;

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

  private final TokenIndex tokens;
  private final WordScreen screen;
  private final CandidateFinder candidates;
  private final WordModel model;
  private long wrapStates;
  private final boolean[] foreignLine;
  private final ContextDecision lone;
  private final ContextEvidence context;

  private JoinAnalysis(String text, Lexicon lexicon) {
    char[] chars = text.toCharArray();
    DocumentLexicon document = DocumentLexicon.of(chars);
    this.tokens = new TokenIndex(text, chars);
    this.screen = new WordScreen(tokens, lexicon, document);
    this.model = new WordModel(lexicon, document, hasSpacedDash(chars));
    this.candidates = new CandidateFinder(tokens, lexicon, document, model);
    this.foreignLine = new boolean[tokens.lineCount()];
    this.context =
        new ContextEvidence(tokens, ContextModel.english(), lexicon.batchContext(), document);
    this.lone = new ContextDecision(tokens, candidates, context, lexicon, document);
  }

  /** Whether {@code text} sets a dash apart with spaces somewhere: "the claim - filed in 1999". */
  private static boolean hasSpacedDash(char[] text) {
    for (int i = 1; i + 1 < text.length; i++) {
      if (Characters.isDash(text[i]) && text[i - 1] == ' ' && text[i + 1] == ' ') {
        return true;
      }
    }
    return false;
  }

  /**
   * The joins in {@code text} that the analysis accepts, in order of position; adds the work it did
   * to {@code work[0]}.
   */
  static List<Join> find(String text, Lexicon lexicon, long[] work) {
    if (visibleCharacters(text, 3) < 3) {
      return List.of();
    }
    JoinAnalysis analysis = new JoinAnalysis(text, lexicon);
    List<Join> joins = analysis.run();
    work[0] += analysis.work();
    return joins;
  }

  /**
   * The work this analysis did, in units that each cost a bounded time: tokens indexed, places
   * scored, spans the word model scored and line starts the line-width model visited. Tests bound
   * it to show that the cost grows linearly with the text, which a timing cannot show reliably.
   */
  long work() {
    return tokens.tokenCount() + candidates.placesScored() + model.evaluations() + wrapStates;
  }

  /**
   * How many characters of {@code text} are not white space, counting up to {@code enough}: a text
   * of one or two is too short to hold a join, whatever white space surrounds it ("]a" and "]a\n"
   * alike, so that the white-space fixer's final line break changes nothing).
   */
  private static int visibleCharacters(String text, int enough) {
    int count = 0;
    for (int i = 0; i < text.length() && count < enough; i++) {
      if (!Characters.isSpace(text.charAt(i))) {
        count++;
      }
    }
    return count;
  }

  ContextEvidence context() {
    return context;
  }

  /** The analysis of {@code text} after a run, for tests that look at candidate scores. */
  static JoinAnalysis analysed(String text, Lexicon lexicon) {
    JoinAnalysis analysis = new JoinAnalysis(text, lexicon);
    analysis.run();
    return analysis;
  }

  TokenIndex tokens() {
    return tokens;
  }

  CandidateFinder candidates() {
    return candidates;
  }

  private List<Join> run() {
    int words = 0;
    int confident = 0;
    for (int line = 0; line < tokens.lineCount(); line++) {
      foreignLine[line] = screen.isForeign(line);
      for (int t = tokens.firstToken(line); t < tokens.lastToken(line); t++) {
        words++;
        if (!foreignLine[line] && screen.isInteresting(t) && candidates.of(t).best() >= CONFIDENT) {
          confident++;
        }
      }
    }
    double[] probability = new double[tokens.text().length() + 1];
    boolean[] decided = new boolean[tokens.lineCount()];
    if (confident >= 3) {
      WrapModel.@Nullable Result wrap = WrapModel.fit(tokens, candidates, context, foreignLine);
      wrapStates += wrap == null ? 0 : wrap.states();
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
    return decide(decided, probability, damaged);
  }

  /**
   * The accepted joins: on a line the width model decided, those it finds likely; elsewhere, in a
   * damaged text only, the best place of a token whose lexical evidence is overwhelming.
   */
  private List<Join> decide(boolean[] decided, double[] probability, boolean damaged) {
    List<Join> joins = new ArrayList<>();
    for (int line = 0; line < tokens.lineCount(); line++) {
      if (foreignLine[line]) {
        continue;
      }
      for (int t = tokens.firstToken(line); t < tokens.lastToken(line); t++) {
        Candidates c = candidates.known(t);
        if (c == null) {
          continue;
        }
        for (int i = 0; i < c.size; i++) {
          double p;
          if (decided[line]) {
            p = probability[c.position[i]];
          } else {
            p = lone.accepts(c, i, t, damaged) ? 1.0 : 0.0;
          }
          if (p >= ACCEPT) {
            joins.add(new Join(c.position[i], c.kind[i], c.score[i], p));
          }
        }
      }
    }
    return joins;
  }
}
