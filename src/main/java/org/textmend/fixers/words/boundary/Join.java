package org.textmend.fixers.words.boundary;

/**
 * A place where a space is missing between two words, as found by {@link JoinAnalysis}.
 *
 * @param position where the space belongs
 * @param kind which fixer inserts it
 * @param score the lexical log-likelihood ratio of a boundary here against none
 * @param probability how sure the analysis is, from 0 to 1
 */
record Join(int position, Boundaries.Kind kind, double score, double probability) {

  /**
   * This join moved {@code shift} characters to the right, after spaces were inserted before it.
   */
  Join movedBy(int shift) {
    return new Join(position + shift, kind, score, probability);
  }
}
