package org.textmend.fixers.words.boundary;

import java.util.Arrays;

/**
 * The candidate join places of one token: parallel arrays in order of position, each place with its
 * kind, its lexical score and whether only the line width may accept it. Filled by the {@link
 * CandidateFinder}, then read only.
 */
final class Candidates {
  int size;
  int[] position = new int[4];
  Boundaries.Kind[] kind = new Boundaries.Kind[4];
  double[] score = new double[4];
  boolean[] widthOnly = new boolean[4];
  int bestIndex = -1;

  /** A token without places; shared, so never added to. */
  static final Candidates NONE = new Candidates();

  /**
   * These places moved by {@code shift} characters, for another token of the same letters; shares
   * the kinds and scores, which are only read once a token's places are found.
   */
  Candidates movedBy(int shift) {
    Candidates moved = new Candidates();
    moved.size = size;
    moved.position = new int[size];
    for (int i = 0; i < size; i++) {
      moved.position[i] = position[i] + shift;
    }
    moved.kind = kind;
    moved.score = score;
    moved.widthOnly = widthOnly;
    moved.bestIndex = bestIndex;
    return moved;
  }

  void add(int at, Boundaries.Kind k, double s) {
    add(at, k, s, false);
  }

  /** Adds a place; a {@code widthOnly} place is taken only where the line width points to it. */
  void add(int at, Boundaries.Kind k, double s, boolean widthOnly) {
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

  /** The best score of a place, or negative infinity for a token without places. */
  double best() {
    return bestIndex < 0 ? Double.NEGATIVE_INFINITY : score[bestIndex];
  }
}
