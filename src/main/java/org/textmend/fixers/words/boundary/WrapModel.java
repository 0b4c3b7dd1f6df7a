package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;

/**
 * The line-width model: text that was hard-wrapped at a width W and then lost its line breaks
 * carries its joins where the lines ended, so the joins of one line fix where the next one may be.
 *
 * <p>A greedy wrap at width W ends a line that starts at s at the last word that fits in W
 * characters. In the text that lost the breaks, the next line therefore starts either inside the
 * token that reaches column W (the break lost its space: a join at e with e - s &lt;= W) or at that
 * token when the break kept its space. A paragraph may also end earlier, at a glued sentence end,
 * and the next line starts there. These are the transitions of a hidden Markov model whose states
 * are line starts; each join carries the lexical score of its place ({@link CandidateFinder}). The
 * forward-backward algorithm gives, for every candidate place, the probability that a line break
 * was lost there, summed over all ways to wrap the text. The width W and the share of breaks that
 * kept their space are fitted per document: candidate widths come from the gaps between confident
 * joins, and the best one by likelihood is kept.
 *
 * <p>Every position in a line is a possible state, so the cost is linear in the length of the text
 * for each width tried. Not thread-safe; used by one tokens.
 */
final class WrapModel {
  static final int MIN_WIDTH = 30;
  static final int MAX_WIDTH = 160;

  /** How many candidate widths are tried with the full model. */
  private static final int WIDTHS_TRIED = 6;

  /** The chance that a sentence end glued to the next word inside a line is a paragraph end. */
  private static final double LOG_PARAGRAPH = Math.log(0.5);

  /**
   * The chance that another confident join inside a line is a paragraph end: list items and
   * headings end without punctuation ("Man Utd v ExeterPlymouth v Everton").
   */
  private static final double LOG_ITEM_END = Math.log(0.03);

  /**
   * The chance that a sentence end followed by a space is a paragraph end. Paragraph breaks that
   * kept a space, or whose lost space an earlier fixer put back, look like any other sentence end.
   */
  static final double LOG_PARAGRAPH_SPACE = Math.log(0.25);

  /**
   * Line starts this much less likely (in nats) than one nearby are dropped; see {@code outOfBeam}.
   */
  static final double BEAM = 14.0;

  /** How near (in characters) two line starts must be to compete in the beam. */
  static final int BEAM_WINDOW = 12;

  /**
   * Widths are chosen on the first this many characters of each line: enough lines to tell them
   * apart.
   */
  private static final int SELECTION_PREFIX = 4000;

  /** Join places this much worse than the best place of their token are not tried. */
  static final double PRUNE = 12.0;

  /** The first guess for the share of breaks that kept their space, refined once from the data. */
  private static final double FIRST_KEEP = 0.3;

  final TokenIndex tokens;
  final CandidateFinder candidates;
  private final ContextEvidence context;
  // The context evidence of each place asked for so far, NaN for one not asked yet: every width
  // and pass asks again.
  private final double[] contextAt;

  /** The line starts all runs of this model visited: its work, for tests that bound it. */
  long states;

  final int[] lines;
  // Sorted candidate places that may end a paragraph, per line, with their scores.
  final int[][] paragraphEnds;
  final double[][] paragraphScores;
  // For each paragraph end without sentence punctuation, the start of its token; -1 for a sentence
  // end.
  final int[][] paragraphTokenStarts;
  // Sorted starts of tokens that follow a sentence end and a space, per line.
  final int[][] sentenceStarts;
  // Per line, by position from the line's start: the first token that ends there or later (-1 for
  // none), and the index of the first paragraph end and sentence start there or later. Each run
  // asks these for every line start it reaches, at every width tried.
  final int[][] reachingToken;
  final int[][] paragraphEndFrom;
  final int[][] sentenceStartFrom;

  private WrapModel(
      TokenIndex tokens, CandidateFinder candidates, ContextEvidence context, int[] lines) {
    this.tokens = tokens;
    this.candidates = candidates;
    this.context = context;
    this.contextAt = new double[tokens.text().length() + 1];
    Arrays.fill(contextAt, Double.NaN);
    this.lines = lines;
    this.paragraphEnds = new int[lines.length][];
    this.paragraphScores = new double[lines.length][];
    this.paragraphTokenStarts = new int[lines.length][];
    this.sentenceStarts = new int[lines.length][];
    this.reachingToken = new int[lines.length][];
    this.paragraphEndFrom = new int[lines.length][];
    this.sentenceStartFrom = new int[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      collectParagraphEnds(i);
      collectSentenceStarts(i);
      int line = lines[i];
      int start = tokens.lineStart(line);
      int length = tokens.lineEnd(line) - start + 2;
      reachingToken[i] = reachingTokens(line, length);
      paragraphEndFrom[i] = firstFrom(paragraphEnds[i], start, length);
      sentenceStartFrom[i] = firstFrom(sentenceStarts[i], start, length);
    }
  }

  /**
   * The weight of the context evidence beside the lexical score of a join at a line end. A line
   * break lost its space at a place where the words on either side also read as a pair: "worth less
   * than" at a line end, not "worthless than". Measured on the dev set: with weight 1, precision
   * 0.9950 to 0.9954 and recall 0.9758 to 0.9790; 1.5 adds recall 0.9794; 2 adds nothing more.
   */
  static final double CONTEXT_WEIGHT = 1.5;

  /**
   * The weighted context evidence for a join at {@code e} inside token {@code t}, computed once.
   */
  double contextOf(int t, int e) {
    double evidence = contextAt[e];
    if (Double.isNaN(evidence)) {
      evidence = CONTEXT_WEIGHT * context.of(t, e);
      if (evidence > 0 && candidates.isKnownWord(t)) {
        // "slowdown" beside "slow down", "turnout" beside "turn out": a known word is written as
        // one on purpose as often as its parts are a phrase, so the neighbours may speak only
        // against splitting it.
        evidence = 0;
      }
      contextAt[e] = evidence;
    }
    return evidence;
  }

  /** For each position from the line's start, the first token of the line ending there or later. */
  private int[] reachingTokens(int line, int length) {
    int[] reaching = new int[length];
    int start = tokens.lineStart(line);
    int t = tokens.firstToken(line);
    int last = tokens.lastToken(line);
    for (int offset = 0; offset < length; offset++) {
      while (t < last && tokens.tokenEnd(t) < start + offset) {
        t++;
      }
      reaching[offset] = t < last ? t : -1;
    }
    return reaching;
  }

  /** For each position from {@code start}, the index of the first of {@code sorted} from there. */
  private static int[] firstFrom(int[] sorted, int start, int length) {
    int[] first = new int[length];
    int i = 0;
    for (int offset = 0; offset < length; offset++) {
      while (i < sorted.length && sorted[i] < start + offset) {
        i++;
      }
      first[offset] = i;
    }
    return first;
  }

  /** The fitted model, or {@code null} when no line is long enough to show a width. */
  static @Nullable Result fit(
      TokenIndex tokens,
      CandidateFinder candidates,
      ContextEvidence context,
      boolean[] foreignLine) {
    List<Integer> longLines = new ArrayList<>();
    for (int line = 0; line < tokens.lineCount(); line++) {
      if (!foreignLine[line] && tokens.lineEnd(line) - tokens.lineStart(line) >= 2 * MIN_WIDTH) {
        longLines.add(line);
      }
    }
    if (longLines.isEmpty()) {
      return null;
    }
    WrapModel model =
        new WrapModel(
            tokens, candidates, context, longLines.stream().mapToInt(Integer::intValue).toArray());
    int[] widths = model.candidateWidths();
    if (widths.length == 0) {
      return null;
    }
    // Choose the width by the best single wrapping (Viterbi), which is cheap, then compute the
    // probabilities of the joins over all wrappings at that width.
    int bestWidth = -1;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int width : widths) {
      double score = model.viterbi(width, FIRST_KEEP, null, SELECTION_PREFIX);
      if (score > bestScore) {
        bestScore = score;
        bestWidth = width;
      }
    }
    int[] counts = new int[2];
    model.viterbi(bestWidth, FIRST_KEEP, counts);
    double keep = Math.min(0.95, Math.max(0.02, (counts[0] + 0.5) / (counts[0] + counts[1] + 1.0)));
    double[] posterior = new double[tokens.text().length() + 1];
    model.run(bestWidth, keep, posterior);
    double evidence = model.viterbi(bestWidth, keep, null) - model.viterbi(bestWidth, 1.0, null);
    return new Result(evidence, bestWidth, keep, model.lines, posterior, model.states);
  }

  /**
   * The fitted model: how much better it explains the text than no joins at all, and its join
   * probabilities.
   */
  record Result(
      double evidence, int width, double keep, int[] lines, double[] posterior, long states) {
    void copyPosteriors(double[] into) {
      System.arraycopy(posterior, 0, into, 0, Math.min(posterior.length, into.length));
    }

    @Override
    public String toString() {
      return String.format("wrap width %d, kept %.2f, evidence %.1f", width, keep, evidence);
    }
  }

  // ------------------------------------------------------------------------------------------
  // Candidate widths from the gaps between confident joins

  private int[] candidateWidths() {
    double[] score = new double[MAX_WIDTH + 1];
    int gaps = 0;
    for (int line : lines) {
      int previous = tokens.lineStart(line);
      for (int t = tokens.firstToken(line); t < tokens.lastToken(line); t++) {
        Candidates c = candidates.known(t);
        if (c == null || c.best() < JoinAnalysis.CONFIDENT) {
          continue;
        }
        int at = c.position[c.bestIndex];
        int gap = at - previous;
        previous = at;
        gaps++;
        for (int width = MIN_WIDTH; width <= MAX_WIDTH; width++) {
          score[width] += Math.log(gapLikelihood(gap, width));
        }
      }
    }
    if (gaps < 2) {
      return new int[0];
    }
    Integer[] order = new Integer[MAX_WIDTH - MIN_WIDTH + 1];
    for (int i = 0; i < order.length; i++) {
      order[i] = MIN_WIDTH + i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(score[b], score[a]));
    // The best widths by their gaps, and twice each: a text wrapped at W also fits W/2 with every
    // other break kept.
    int[] widths = new int[2 * WIDTHS_TRIED];
    int size = 0;
    for (int i = 0; i < WIDTHS_TRIED && i < order.length; i++) {
      for (int width : new int[] {order[i], 2 * order[i]}) {
        boolean seen = false;
        for (int k = 0; k < size; k++) {
          seen |= widths[k] == width;
        }
        if (width <= MAX_WIDTH && !seen) {
          widths[size++] = width;
        }
      }
    }
    return Arrays.copyOf(widths, size);
  }

  /**
   * How likely a gap between two joins is if lines are W wide: one to four lines of W minus a word
   * or less.
   */
  private static double gapLikelihood(int gap, int width) {
    final int spread = 12;
    final double[] prior = {0.55, 0.25, 0.12, 0.08};
    double p = 1e-4;
    for (int m = 1; m <= prior.length; m++) {
      if (gap > m * (width - spread) && gap <= m * width) {
        p += prior[m - 1] / (m * spread);
      }
    }
    return p;
  }

  // ------------------------------------------------------------------------------------------
  // Forward-backward over line starts

  /**
   * Computes, at {@code width} with the share {@code keep} of breaks that kept their space, the
   * probability of a join at every candidate place over all wrappings (forward-backward), into
   * {@code posterior} by position.
   */
  private void run(int width, double keep, double[] posterior) {
    for (int i = 0; i < lines.length; i++) {
      new LineRun(this, i, width, keep, Integer.MAX_VALUE).posteriors(posterior);
    }
  }

  /**
   * The score of the best wrapping at {@code width} (Viterbi). When {@code counts} is given, adds
   * the number of kept and of lost breaks on the best wrapping to counts[0] and counts[1].
   */
  private double viterbi(int width, double keep, int @Nullable [] counts) {
    return viterbi(width, keep, counts, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #viterbi(int, double, int[])} over at most the first {@code prefix} characters of
   * each line.
   */
  private double viterbi(int width, double keep, int @Nullable [] counts, int prefix) {
    double total = 0;
    for (int i = 0; i < lines.length; i++) {
      total += new LineRun(this, i, width, keep, prefix).best(counts);
    }
    return total;
  }

  private void collectParagraphEnds(int i) {
    int line = lines[i];
    int size = 0;
    int[] ends = new int[8];
    double[] scores = new double[8];
    int[] tokenStarts = new int[8];
    for (int t = tokens.firstToken(line); t < tokens.lastToken(line); t++) {
      Candidates c = candidates.known(t);
      if (c == null) {
        continue;
      }
      for (int k = 0; k < c.size; k++) {
        boolean sentence = c.score[k] > -6 && tokens.endsSentence(c.position[k]);
        boolean item = c.score[k] >= JoinAnalysis.CONFIDENT;
        if (sentence || item) {
          if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
            tokenStarts = Arrays.copyOf(tokenStarts, size * 2);
          }
          ends[size] = c.position[k];
          scores[size] = c.score[k] + (sentence ? LOG_PARAGRAPH : LOG_ITEM_END);
          tokenStarts[size] = sentence ? -1 : tokens.tokenStart(t);
          size++;
        }
      }
    }
    paragraphEnds[i] = Arrays.copyOf(ends, size);
    paragraphScores[i] = Arrays.copyOf(scores, size);
    paragraphTokenStarts[i] = Arrays.copyOf(tokenStarts, size);
  }

  private void collectSentenceStarts(int i) {
    int line = lines[i];
    int size = 0;
    int[] starts = new int[8];
    String text = tokens.text();
    for (int t = tokens.firstToken(line) + 1; t < tokens.lastToken(line); t++) {
      int at = tokens.tokenStart(t);
      char first = text.charAt(at);
      boolean opens = Character.isUpperCase(first) || first == '"' || Characters.isOpening(first);
      if (opens && tokens.endsSentence(tokens.tokenEnd(t - 1))) {
        if (size == starts.length) {
          starts = Arrays.copyOf(starts, size * 2);
        }
        starts[size++] = at;
      }
    }
    sentenceStarts[i] = Arrays.copyOf(starts, size);
  }
}
