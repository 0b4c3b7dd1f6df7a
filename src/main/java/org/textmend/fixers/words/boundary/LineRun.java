package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One run of the {@link WrapModel} over one of its lines at one width: the best wrapping (Viterbi)
 * or the probability of a join at each place over all wrappings (forward-backward). Each line start
 * is a state; {@link #transitions} says where the next line may start. Not thread-safe; used once.
 */
final class LineRun {
  private static final byte LOST = 1;
  private static final byte KEPT = 2;
  private static final byte OTHER = 3;

  /**
   * Only the places of a token this close to its best lexical score are weighed with their context:
   * the others lose to the best place anyway, and the look-ups of a context cost more than the rest
   * of a line start.
   */
  static final double CONTEXT_MARGIN = 4.0;

  private final WrapModel model;
  private final TokenIndex tokens;
  private final int index;
  private final int width;
  private final double logKeep;
  private final double logLose;
  private final int start;
  private final int end;
  private final int firstToken;
  private final int lastToken;
  private final double[] alpha;

  // The transitions from one line start, filled by transitions(s) and read before the next call.
  private int count;
  private int[] targets = new int[16];
  private double[] weights = new double[16];
  private byte[] breaks = new byte[16];

  LineRun(WrapModel model, int index, int width, double keep, int prefix) {
    this.model = model;
    this.tokens = model.tokens;
    this.index = index;
    this.width = width;
    this.logKeep = Math.log(keep);
    this.logLose = keep >= 1.0 ? Double.NEGATIVE_INFINITY : Math.log(1 - keep);
    int line = model.lines[index];
    this.start = tokens.lineStart(line);
    this.firstToken = tokens.firstToken(line);
    int last = tokens.lastToken(line);
    int lineEnd = tokens.lineEnd(line);
    if (lineEnd - start > prefix) {
      // Cut at the end of the first token past the prefix, so that the part is a whole number of
      // tokens.
      while (last - 1 > firstToken && tokens.tokenStart(last - 1) > start + prefix) {
        last--;
      }
      lineEnd = tokens.tokenEnd(last - 1);
    }
    this.lastToken = last;
    this.end = lineEnd;
    this.alpha = new double[end - start + 1];
  }

  /** The score of the best wrapping of the line; counts its kept and lost breaks when asked. */
  double best(int @Nullable [] counts) {
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
      double ending = Double.NEGATIVE_INFINITY;
      int count = transitions(start + s);
      for (int i = 0; i < count; i++) {
        int target = targets[i];
        double score = from + weights[i];
        if (target < 0) {
          ending = Math.max(ending, score);
        } else if (score > alpha[target - start]) {
          alpha[target - start] = score;
          if (back != null) {
            back[target - start] = s;
            kind[target - start] = breaks[i] == OTHER ? 0 : breaks[i];
          }
        }
      }
      if (ending > finish) {
        finish = ending;
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
   * wrapping through it can matter (beam pruning). Line starts near each other compete for the same
   * line. Stops at the first such start: rounding keeps {@code x - BEAM} monotone in {@code x}, so
   * that is the same as comparing with the best of them.
   */
  private boolean outOfBeam(int s) {
    double limit = alpha[s];
    int from = Math.max(0, s - WrapModel.BEAM_WINDOW);
    int to = Math.min(alpha.length - 1, s + WrapModel.BEAM_WINDOW);
    for (int k = from; k <= to; k++) {
      if (limit < alpha[k] - WrapModel.BEAM) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the probability of a join at each place, over all wrappings of the line, to {@code
   * posterior}.
   */
  void posteriors(double[] posterior) {
    double[] beta = new double[alpha.length];
    double total = forward();
    if (total == Double.NEGATIVE_INFINITY) {
      return;
    }
    backward(beta);
    for (int s = 0; s < alpha.length; s++) {
      if (alpha[s] == Double.NEGATIVE_INFINITY || beta[s] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double from = alpha[s];
      int count = transitions(start + s);
      for (int i = 0; i < count; i++) {
        int target = targets[i];
        if (target >= 0 && breaks[i] == LOST) {
          double log = from + weights[i] + beta[target - start] - total;
          if (log > -20) {
            posterior[target] += Math.exp(log);
          }
        }
      }
    }
  }

  /**
   * Fills {@code alpha} with the log probability of reaching each line start, dropping the starts
   * out of the beam; returns the log probability of the whole line.
   */
  private double forward() {
    Arrays.fill(alpha, Double.NEGATIVE_INFINITY);
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
      double ending = Double.NEGATIVE_INFINITY;
      int count = transitions(start + s);
      for (int i = 0; i < count; i++) {
        int target = targets[i];
        if (target < 0) {
          ending = LogSum.logAdd(ending, from + weights[i]);
        } else {
          alpha[target - start] = LogSum.logAdd(alpha[target - start], from + weights[i]);
        }
      }
      finish = LogSum.logAdd(finish, ending);
    }
    return finish;
  }

  /** Fills {@code beta} with the log probability of finishing the line from each reached start. */
  private void backward(double[] beta) {
    Arrays.fill(beta, Double.NEGATIVE_INFINITY);
    for (int s = alpha.length - 1; s >= 0; s--) {
      if (alpha[s] == Double.NEGATIVE_INFINITY) {
        continue;
      }
      double sum = Double.NEGATIVE_INFINITY;
      int count = transitions(start + s);
      for (int i = 0; i < count; i++) {
        int target = targets[i];
        double after = target < 0 ? 0 : beta[target - start];
        sum = LogSum.logAdd(sum, weights[i] + after);
      }
      beta[s] = sum;
    }
  }

  /**
   * Fills {@link #targets}, {@link #weights} and {@link #breaks} with each way the line starting at
   * {@code s} can end, in a fixed order (sums of logarithms depend on it), and returns how many
   * there are: the target line start (or -1 when the text ends within the line), the log weight,
   * and the kind of break ({@link #LOST}, {@link #KEPT}, or {@link #OTHER} for the end of the text
   * or a paragraph end at a space).
   */
  private int transitions(int s) {
    model.states++;
    count = 0;
    int limit = s + width;
    if (end - s <= width) {
      add(-1, 0, OTHER);
    } else {
      int k = firstTokenReaching(limit);
      if (k >= 0) {
        // The break lost its space: a join inside the token that reaches column W. Places far
        // worse than the best place in the token are left out: they never carry a wrapping that
        // matters.
        Candidates c = model.candidates.of(k);
        double floor = c.best() - WrapModel.PRUNE;
        for (int i = 0; i < c.size; i++) {
          int e = c.position[i];
          if (e > s && e <= limit && c.score[i] >= floor) {
            double context = c.score[i] >= c.best() - CONTEXT_MARGIN ? model.contextOf(k, e) : 0;
            add(e, logLose + c.score[i] + context, LOST);
          }
        }
        // The break kept its space: the next line starts at the first token that does not fit.
        int next = tokens.tokenEnd(k) - s >= width + 1 ? k : k + 1;
        while (next < lastToken && tokens.tokenStart(next) <= s) {
          next++;
        }
        add(next < lastToken ? tokens.tokenStart(next) : -1, logKeep, KEPT);
      } else {
        add(-1, 0, OTHER);
      }
    }
    // A paragraph ends early at a glued sentence end.
    int[] ends = model.paragraphEnds[index];
    int[] tokenStarts = model.paragraphTokenStarts[index];
    int i = model.paragraphEndFrom[index][s + 1 - start];
    int last = Math.min(limit, end);
    for (; i < ends.length && ends[i] <= last; i++) {
      // A paragraph that ends without punctuation holds at least one whole word of its own: no
      // fragments.
      if (tokenStarts[i] >= 0 && tokenStarts[i] <= s) {
        continue;
      }
      add(ends[i], model.paragraphScores[index][i], LOST);
    }
    // A paragraph ends early at a sentence end followed by a space.
    int[] starts = model.sentenceStarts[index];
    i = model.sentenceStartFrom[index][s + 1 - start];
    int lastStart = Math.min(limit + 1, end);
    for (; i < starts.length && starts[i] <= lastStart; i++) {
      add(starts[i], WrapModel.LOG_PARAGRAPH_SPACE, OTHER);
    }
    return count;
  }

  private void add(int target, double weight, byte kind) {
    if (count == targets.length) {
      targets = Arrays.copyOf(targets, 2 * count);
      weights = Arrays.copyOf(weights, 2 * count);
      breaks = Arrays.copyOf(breaks, 2 * count);
    }
    targets[count] = target;
    weights[count] = weight;
    breaks[count] = kind;
    count++;
  }

  /** The first token of the run that ends at or after {@code limit}, or -1. */
  private int firstTokenReaching(int limit) {
    int k = model.reachingToken[index][limit - start];
    return k < lastToken ? k : -1;
  }
}
