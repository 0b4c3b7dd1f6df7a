package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;

/**
 * Second thoughts on a segmented run, with the words around each token: the {@link RunSegmenter}
 * scores each token on its own, which cannot tell "flow into its" from "flow in to its" or "a stake
 * in" from "as take in" when the words alone score alike. This pass looks at each pair of
 * neighbouring tokens once more, and tries joining the pair or moving the cut between them by a
 * letter or two, scoring each choice by its tokens and by how well each token goes with its
 * neighbours: the {@link ContextModel}'s association of the two words, and how often the document's
 * spaced paragraphs put the two words side by side (a despaced paragraph in a document whose other
 * paragraphs are clean reads with their vocabulary).
 *
 * <p>Cutting a token in two the same way was tried and left out: the model's pairs of short
 * function words ("be at", "are a") outweigh the word they would split ("beat", "area") as often as
 * they restore "a rise". A few choices per pair of tokens, most of them dismissed by their own
 * scores before any look-up of a pair: the pass costs time linear in the run. Not thread-safe; it
 * scores through the segmenter's model.
 */
final class RunRefiner {

  /** The cost of a token of the run, as the segmenter prices it. */
  @FunctionalInterface
  interface TokenCost {
    /** The score of {@code [start, end)} as one token (a log probability, higher is likelier). */
    double score(int start, int end);
  }

  /** The weight of the model's association of two neighbouring words. */
  static final double MODEL_WEIGHT = 0.5;

  /** Evidence for each time the document writes two neighbouring words side by side elsewhere. */
  static final double DOCUMENT_PAIR = 1.0;

  /** The most that {@link #pair} can give. */
  static final double MAX_PAIR = MODEL_WEIGHT * ContextModel.LIMIT + DOCUMENT_PAIR * 2;

  /** The furthest a cut between two tokens is moved, in characters. */
  static final int SHIFT = 2;

  /**
   * The most tokens scored for each token of the run: the pair as it stands, joined, and with its
   * cut moved each way.
   */
  static final int EVALUATIONS_PER_TOKEN = 3 + 4 * SHIFT;

  private final char[] text;
  private final TokenCost cost;
  private final ContextModel model;
  private final DocumentLexicon document;

  RunRefiner(char[] text, TokenCost cost, ContextModel model, DocumentLexicon document) {
    this.text = text;
    this.cost = cost;
    this.model = model;
    this.document = document;
  }

  /**
   * The refined bounds of a run's tokens: {@code bounds[0]} is the run's start, the last its end,
   * and those between the cuts. Returns the count of bounds in use; the array is changed in place.
   */
  int refine(int[] bounds, int count) {
    int n = count;
    for (int k = 0; k + 2 < n; k++) {
      n = refinePair(bounds, n, k);
    }
    return n;
  }

  /** Tokens {@code k} and {@code k + 1} joined or their cut moved, if the context prefers it. */
  private int refinePair(int[] bounds, int n, int k) {
    int s = bounds[k];
    int m = bounds[k + 1];
    int e = bounds[k + 2];
    int before = k > 0 ? bounds[k - 1] : -1;
    int after = k + 3 < n ? bounds[k + 3] : -1;
    double current = twoTokens(before, s, m, e, after, Double.NEGATIVE_INFINITY);
    double best = current;
    int bestCut = m;
    if (e - s <= RunSegmenter.MAX_TOKEN) {
      double joined = oneToken(before, s, e, after, best);
      if (joined > best) {
        best = joined;
        bestCut = -1;
      }
    }
    for (int cut = Math.max(s + 1, m - SHIFT); cut <= Math.min(e - 1, m + SHIFT); cut++) {
      if (cut != m && cut - s <= RunSegmenter.MAX_TOKEN && e - cut <= RunSegmenter.MAX_TOKEN) {
        double moved = twoTokens(before, s, cut, e, after, best);
        if (moved > best) {
          best = moved;
          bestCut = cut;
        }
      }
    }
    if (bestCut == -1) {
      System.arraycopy(bounds, k + 2, bounds, k + 1, n - k - 2);
      return n - 1;
    }
    bounds[k + 1] = bestCut;
    return n;
  }

  /** The score of {@code [s, e)} as one token with its neighbours; see {@link #twoTokens}. */
  private double oneToken(int before, int s, int e, int after, double toBeat) {
    double own = cost.score(s, e);
    if (own + 2 * MAX_PAIR <= toBeat) {
      return Double.NEGATIVE_INFINITY;
    }
    return own + pair(before, s, e) + pair(s, e, after);
  }

  /**
   * The score of {@code [s, m)} and {@code [m, e)} as two tokens with their neighbours, or negative
   * infinity when their own scores fall so far below {@code toBeat} that no context could make up
   * for it (which spares the look-ups of nearly every choice).
   */
  private double twoTokens(int before, int s, int m, int e, int after, double toBeat) {
    double own = cost.score(s, m) + cost.score(m, e);
    if (own + 3 * MAX_PAIR <= toBeat) {
      return Double.NEGATIVE_INFINITY;
    }
    return own + pair(before, s, m) + pair(s, m, e) + pair(m, e, after);
  }

  /**
   * The evidence that the token {@code [a, b)} goes with the token {@code [b, c)} after it; 0 when
   * either is missing ({@code a} or {@code c} is -1) or punctuation stands between their words.
   */
  private double pair(int a, int b, int c) {
    if (a < 0 || c < 0 || !Character.isLetter(text[b - 1]) || !Character.isLetter(text[b])) {
      return 0;
    }
    int from = b - 1;
    while (from > a && Character.isLetter(text[from - 1])) {
      from--;
    }
    int to = b + 1;
    while (to < c && Character.isLetter(text[to])) {
      to++;
    }
    double evidence = MODEL_WEIGHT * model.association(text, from, b, text, b, to);
    int pairs = document.pairCount(text, from, b, text, b, to);
    return evidence + DOCUMENT_PAIR * Math.min(2, pairs);
  }
}
