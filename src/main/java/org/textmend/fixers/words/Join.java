package org.textmend.fixers.words;

/**
 * A place where a space is missing between two words, as found by {@link JoinAnalysis}.
 *
 * @param position where the space belongs
 * @param kind which fixer inserts it
 * @param score the lexical log-likelihood ratio of a boundary here against none
 * @param probability how sure the analysis is, from 0 to 1
 */
public record Join(int position, Kind kind, double score, double probability) {

  /**
   * This join moved {@code shift} characters to the right, after spaces were inserted before it.
   */
  public Join movedBy(int shift) {
    return new Join(position + shift, kind, score, probability);
  }

  /** The three kinds of join, one per word-boundary fixer. */
  public enum Kind {
    /**
     * After sentence punctuation or a comma: "Turkey.Erdogan" (the {@code sentence-spacing} fixer).
     */
    SENTENCE,
    /**
     * At a change of case: "DmitryPeskov", "UKMinister", "IMFwarned" (the {@code camel-joins}
     * fixer).
     */
    CAMEL,
    /** Anywhere else: "tostop", "September2001", "Idlibto" (the {@code glued-words} fixer). */
    GLUED
  }
}
