package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The line-width model: text that was hard-wrapped at a width W and then lost its line breaks
 * carries its joins where the lines ended, so the joins of one line fix where the next one may be.
 *
 * <p>A greedy wrap at width W ends a line that starts at s at the last word that fits in W
 * characters. In the text that lost the breaks, the next line therefore starts either inside the
 * token that reaches column W (the break lost its space: a join at e with e - s &lt;= W) or at that
 * token when the break kept its space. A paragraph may also end earlier, at a glued sentence end,
 * and the next line starts there. These are the transitions of a hidden Markov model whose states
 * are line starts; each join carries the lexical score of its place ({@link JoinAnalysis}). The
 * forward-backward algorithm gives, for every candidate place, the probability that a line break
 * was lost there, summed over all ways to wrap the text. The width W and the share of breaks that
 * kept their space are fitted per document: candidate widths come from the gaps between confident
 * joins, and the best one by likelihood is kept.
 *
 * <p>Every position in a line is a possible state, so the cost is linear in the length of the text
 * for each width tried. Not thread-safe; used by one analysis.
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
  private static final double LOG_PARAGRAPH_SPACE = Math.log(0.25);

  /**
   * Line starts this much less likely (in nats) than one nearby are dropped; see {@code outOfBeam}.
   */
  private static final double BEAM = 14.0;

  /** How near (in characters) two line starts must be to compete in the beam. */
  private static final int BEAM_WINDOW = 12;

  /**
   * Widths are chosen on the first this many characters of each line: enough lines to tell them
   * apart.
   */
  private static final int SELECTION_PREFIX = 4000;

  /** Join places this much worse than the best place of their token are not tried. */
  private static final double PRUNE = 12.0;

  /** The first guess for the share of breaks that kept their space, refined once from the data. */
  private static final double FIRST_KEEP = 0.3;

  private final JoinAnalysis analysis;
  private final int[] lines;
  // Sorted candidate places that may end a paragraph, per line, with their scores.
  private final int[][] paragraphEnds;
  private final double[][] paragraphScores;
  // For each paragraph end without sentence punctuation, the start of its token; -1 for a sentence
  // end.
  private final int[][] paragraphTokenStarts;
  // Sorted starts of tokens that follow a sentence end and a space, per line.
  private final int[][] sentenceStarts;

  private WrapModel(JoinAnalysis analysis, int[] lines) {
    this.analysis = analysis;
    this.lines = lines;
    this.paragraphEnds = new int[lines.length][];
    this.paragraphScores = new double[lines.length][];
    this.paragraphTokenStarts = new int[lines.length][];
    this.sentenceStarts = new int[lines.length][];
    for (int i = 0; i < lines.length; i++) {
      collectParagraphEnds(i);
      collectSentenceStarts(i);
    }
  }

  /** The fitted model, or {@code null} when no line is long enough to show a width. */
  static Result fit(JoinAnalysis analysis, int confident) {
    List<Integer> longLines = new ArrayList<>();
    for (int line = 0; line < analysis.lineCount(); line++) {
      if (!analysis.isForeignLine(line)
          && analysis.lineEnd(line) - analysis.lineStart(line) >= 2 * MIN_WIDTH) {
        longLines.add(line);
      }
    }
    if (longLines.isEmpty()) {
      return null;
    }
    WrapModel model =
        new WrapModel(analysis, longLines.stream().mapToInt(Integer::intValue).toArray());
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
    double[] posterior = new double[analysis.text().length() + 1];
    model.run(bestWidth, keep, posterior);
    double evidence = model.viterbi(bestWidth, keep, null) - model.viterbi(bestWidth, 1.0, null);
    return new Result(evidence, bestWidth, keep, model.lines, posterior);
  }

  /**
   * The fitted model: how much better it explains the text than no joins at all, and its join
   * probabilities.
   */
  record Result(double evidence, int width, double keep, int[] lines, double[] posterior) {
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
      int previous = analysis.lineStart(line);
      for (int t = analysis.firstToken(line); t < analysis.lastToken(line); t++) {
        JoinAnalysis.Candidates c = analysis.knownCandidates(t);
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
      new LineRun(i, width, keep, Integer.MAX_VALUE).posteriors(posterior);
    }
  }

  /**
   * The score of the best wrapping at {@code width} (Viterbi). When {@code counts} is given, adds
   * the number of kept and of lost breaks on the best wrapping to counts[0] and counts[1].
   */
  private double viterbi(int width, double keep, int[] counts) {
    return viterbi(width, keep, counts, Integer.MAX_VALUE);
  }

  /**
   * Like {@link #viterbi(int, double, int[])} over at most the first {@code prefix} characters of
   * each line.
   */
  private double viterbi(int width, double keep, int[] counts, int prefix) {
    double total = 0;
    for (int i = 0; i < lines.length; i++) {
      total += new LineRun(i, width, keep, prefix).best(counts);
    }
    return total;
  }

  private void collectParagraphEnds(int i) {
    int line = lines[i];
    int size = 0;
    int[] ends = new int[8];
    double[] scores = new double[8];
    int[] tokenStarts = new int[8];
    for (int t = analysis.firstToken(line); t < analysis.lastToken(line); t++) {
      JoinAnalysis.Candidates c = analysis.knownCandidates(t);
      if (c == null) {
        continue;
      }
      for (int k = 0; k < c.size; k++) {
        boolean sentence = c.score[k] > -6 && analysis.endsSentence(c.position[k]);
        boolean item = c.score[k] >= JoinAnalysis.CONFIDENT;
        if (sentence || item) {
          if (size == ends.length) {
            ends = Arrays.copyOf(ends, size * 2);
            scores = Arrays.copyOf(scores, size * 2);
            tokenStarts = Arrays.copyOf(tokenStarts, size * 2);
          }
          ends[size] = c.position[k];
          scores[size] = c.score[k] + (sentence ? LOG_PARAGRAPH : LOG_ITEM_END);
          tokenStarts[size] = sentence ? -1 : analysis.tokenStart(t);
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
    String text = analysis.text();
    for (int t = analysis.firstToken(line) + 1; t < analysis.lastToken(line); t++) {
      int at = analysis.tokenStart(t);
      char first = text.charAt(at);
      boolean opens = Character.isUpperCase(first) || first == '"' || Chars.isOpening(first);
      if (opens && analysis.endsSentence(analysis.tokenEnd(t - 1))) {
        if (size == starts.length) {
          starts = Arrays.copyOf(starts, size * 2);
        }
        starts[size++] = at;
      }
    }
    sentenceStarts[i] = Arrays.copyOf(starts, size);
  }

  /** One run of the model over one line. */
  private final class LineRun {
    private static final byte LOST = 1;
    private static final byte KEPT = 2;
    private final int index;
    private final int width;
    private final double logKeep;
    private final double logLose;
    private final int start;
    private final int end;
    private final int firstToken;
    private final int lastToken;
    private final double[] alpha;

    LineRun(int index, int width, double keep, int prefix) {
      this.index = index;
      this.width = width;
      this.logKeep = Math.log(keep);
      this.logLose = keep >= 1.0 ? Double.NEGATIVE_INFINITY : Math.log(1 - keep);
      int line = lines[index];
      this.start = analysis.lineStart(line);
      this.firstToken = analysis.firstToken(line);
      int last = analysis.lastToken(line);
      int lineEnd = analysis.lineEnd(line);
      if (lineEnd - start > prefix) {
        // Cut at the end of the first token past the prefix, so that the part is a whole number of
        // tokens.
        while (last - 1 > firstToken && analysis.tokenStart(last - 1) > start + prefix) {
          last--;
        }
        lineEnd = analysis.tokenEnd(last - 1);
      }
      this.lastToken = last;
      this.end = lineEnd;
      this.alpha = new double[end - start + 1];
    }

    /** The score of the best wrapping of the line; counts its kept and lost breaks when asked. */
    double best(int[] counts) {
      Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
      int[] back = counts == null ? null : new int[alpha.length];
      byte[] kind = counts == null ? null : new byte[alpha.length];
      alpha[0] = 0;
      double finish = Double.NEGATIVE_INFINITY;
      int finishFrom = -1;
      for (int s = 0; s < alpha.length; s++) {
        double from = alpha[s];
        if (from == Double.NEGATIVE_INFINITY || outOfBeam(s)) {
          continue;
        }
        int state = s;
        double[] ending = {Double.NEGATIVE_INFINITY};
        transitions(
            start + s,
            (target, weight, join) -> {
              double score = from + weight;
              if (target < 0) {
                ending[0] = Math.max(ending[0], score);
              } else if (score > alpha[target - start]) {
                alpha[target - start] = score;
                if (back != null) {
                  back[target - start] = state;
                  kind[target - start] = join == null ? 0 : join ? LOST : KEPT;
                }
              }
            });
        if (ending[0] > finish) {
          finish = ending[0];
          finishFrom = s;
        }
      }
      if (finish == Double.NEGATIVE_INFINITY) {
        return 0; // the model cannot wrap this line at this width: it says nothing about it
      }
      if (counts != null) {
        for (int s = finishFrom; s > 0; s = back[s]) {
          if (kind[s] == KEPT) {
            counts[0]++;
          } else if (kind[s] == LOST) {
            counts[1]++;
          }
        }
      }
      return finish;
    }

    /**
     * Whether the line start {@code s} is so much less likely than a line start close to it that no
     * wrapping through it can matter (beam pruning). Line starts near each other compete for the
     * same line.
     */
    private boolean outOfBeam(int s) {
      double near = Double.NEGATIVE_INFINITY;
      int from = Math.max(0, s - BEAM_WINDOW);
      int to = Math.min(alpha.length - 1, s + BEAM_WINDOW);
      for (int k = from; k <= to; k++) {
        near = Math.max(near, alpha[k]);
      }
      return alpha[s] < near - BEAM;
    }

    /**
     * Adds the probability of a join at each place, over all wrappings of the line, to {@code
     * posterior}.
     */
    double[] lastBeta;

    void posteriors(double[] posterior) {
      double[] beta = new double[alpha.length];
      lastBeta = beta;
      Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
      Arrays.fill(beta, Double.NEGATIVE_INFINITY);
      alpha[0] = 0;
      double finish = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < alpha.length; s++) {
        double from = alpha[s];
        if (from == Double.NEGATIVE_INFINITY) {
          continue;
        }
        if (outOfBeam(s)) {
          alpha[s] = Double.NEGATIVE_INFINITY;
          continue;
        }
        double[] ending = {Double.NEGATIVE_INFINITY};
        transitions(
            start + s,
            (target, weight, join) -> {
              if (target < 0) {
                ending[0] = logAdd(ending[0], from + weight);
              } else {
                alpha[target - start] = logAdd(alpha[target - start], from + weight);
              }
            });
        finish = logAdd(finish, ending[0]);
      }
      if (finish == Double.NEGATIVE_INFINITY) {
        return;
      }
      for (int s = alpha.length - 1; s >= 0; s--) {
        if (alpha[s] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double[] sum = {Double.NEGATIVE_INFINITY};
        transitions(
            start + s,
            (target, weight, join) -> {
              double after = target < 0 ? 0 : beta[target - start];
              sum[0] = logAdd(sum[0], weight + after);
            });
        beta[s] = sum[0];
      }
      double total = finish;
      for (int s = 0; s < alpha.length; s++) {
        if (alpha[s] == Double.NEGATIVE_INFINITY || beta[s] == Double.NEGATIVE_INFINITY) {
          continue;
        }
        double from = alpha[s];
        transitions(
            start + s,
            (target, weight, join) -> {
              if (target >= 0 && join == Boolean.TRUE) {
                double log = from + weight + beta[target - start] - total;
                if (log > -20) {
                  posterior[target] += Math.exp(log);
                }
              }
            });
      }
    }

    /**
     * Calls {@code out} for each way the line starting at {@code s} can end: the target line start
     * (or -1 when the text ends within the line), the log weight, and the kind of break (see {@link
     * Transition}).
     */
    private void transitions(int s, Transition out) {
      int limit = s + width;
      if (end - s <= width) {
        out.accept(-1, 0, null);
      } else {
        int k = firstTokenReaching(limit);
        if (k >= 0) {
          // The break lost its space: a join inside the token that reaches column W. Places far
          // worse than the best place in the token are left out: they never carry a wrapping that
          // matters.
          JoinAnalysis.Candidates c = analysis.candidates(k);
          double floor = c.best() - PRUNE;
          for (int i = 0; i < c.size; i++) {
            int e = c.position[i];
            if (e > s && e <= limit && c.score[i] >= floor) {
              out.accept(e, logLose + c.score[i], Boolean.TRUE);
            }
          }
          // The break kept its space: the next line starts at the first token that does not fit.
          int next = analysis.tokenEnd(k) - s >= width + 1 ? k : k + 1;
          while (next < lastToken && analysis.tokenStart(next) <= s) {
            next++;
          }
          if (next < lastToken) {
            out.accept(analysis.tokenStart(next), logKeep, Boolean.FALSE);
          } else {
            out.accept(-1, logKeep, Boolean.FALSE);
          }
        } else {
          out.accept(-1, 0, null);
        }
      }
      // A paragraph ends early at a glued sentence end.
      int[] ends = paragraphEnds[index];
      int i = Arrays.binarySearch(ends, s + 1);
      if (i < 0) {
        i = -i - 1;
      }
      int last = Math.min(limit, end);
      for (; i < ends.length && ends[i] <= last; i++) {
        // A paragraph that ends without punctuation holds at least one whole word of its own: no
        // fragments.
        if (paragraphTokenStarts[index][i] >= 0 && paragraphTokenStarts[index][i] <= s) {
          continue;
        }
        out.accept(ends[i], paragraphScores[index][i], Boolean.TRUE);
      }
      // A paragraph ends early at a sentence end followed by a space.
      int[] starts = sentenceStarts[index];
      i = Arrays.binarySearch(starts, s + 1);
      if (i < 0) {
        i = -i - 1;
      }
      for (; i < starts.length && starts[i] <= Math.min(limit + 1, end); i++) {
        out.accept(starts[i], LOG_PARAGRAPH_SPACE, null);
      }
    }

    /** The first token of the line that ends at or after {@code limit}, or -1. */
    private int firstTokenReaching(int limit) {
      int lo = firstToken;
      int hi = lastToken - 1;
      int found = -1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        if (analysis.tokenEnd(mid) >= limit) {
          found = mid;
          hi = mid - 1;
        } else {
          lo = mid + 1;
        }
      }
      return found;
    }
  }

  /**
   * A transition of the model; {@code join} is {@code TRUE} for a lost break, {@code FALSE} for a
   * break that kept its space, and {@code null} for the end of the text or a paragraph end at a
   * space.
   */
  private interface Transition {
    void accept(int target, double weight, Boolean join);
  }

  // log(1 + exp(-d)) for d in [0, LOG_ADD_RANGE), tabulated at LOG_ADD_STEPS per unit.
  private static final int LOG_ADD_RANGE = 32;
  private static final int LOG_ADD_STEPS = 64;
  private static final double[] LOG_ADD = new double[LOG_ADD_RANGE * LOG_ADD_STEPS + 2];

  static {
    for (int i = 0; i < LOG_ADD.length; i++) {
      LOG_ADD[i] = Math.log1p(Math.exp(-(double) i / LOG_ADD_STEPS));
    }
  }

  /** log(exp(a) + exp(b)), from a table accurate to about 1e-5. */
  static double logAdd(double a, double b) {
    double high = Math.max(a, b);
    if (high == Double.NEGATIVE_INFINITY) {
      return high;
    }
    double d = high - Math.min(a, b);
    if (d >= LOG_ADD_RANGE) {
      return high;
    }
    double x = d * LOG_ADD_STEPS;
    int i = (int) x;
    double f = x - i;
    return high + LOG_ADD[i] + f * (LOG_ADD[i + 1] - LOG_ADD[i]);
  }
}
