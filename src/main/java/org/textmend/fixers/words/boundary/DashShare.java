package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.Characters;

/**
 * How a document uses the hyphen-minus between its words, from its spaced text: as a dash set apart
 * with spaces ("a quarter of a point - the sixth move") or as the hyphen of a compound
 * ("loss-making", "state-owned"). A run without spaces has lost that difference ("point-the",
 * "loss-making" look alike), and the document's own habit is the best guess at what each glued
 * hyphen was.
 */
final class DashShare {

  /** The share when the document shows neither: no evidence either way. */
  static final double NEUTRAL = 0.5;

  private DashShare() {}

  /**
   * The share of dashes among the dashes and compound hyphens of the tokens of {@code text} shorter
   * than {@code longToken} characters (longer ones are the runs being judged), smoothed towards
   * {@link #NEUTRAL}.
   */
  static double of(CharSequence text, int longToken) {
    int dashes = 0;
    int hyphens = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (Characters.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = DespacedRuns.tokenEnd(text, i);
      if (end - i == 1 && Characters.isDash(text.charAt(i))) {
        dashes++;
      } else if (end - i < longToken) {
        for (int k = i + 1; k + 1 < end; k++) {
          if (Characters.isHyphen(text.charAt(k))
              && Character.isLetter(text.charAt(k - 1))
              && Character.isLetter(text.charAt(k + 1))) {
            hyphens++;
          }
        }
      }
      i = end;
    }
    return (dashes + NEUTRAL) / (dashes + hyphens + 1.0);
  }
}
