package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.textmend.lexicon.Characters;

/**
 * Where a long text is cut into the windows the word engine analyses one at a time: after the first
 * paragraph break (a blank line) once a window holds {@link #SIZE} characters that are not white
 * space, or, when none comes within {@link #PARAGRAPH_REACH} more, after the first line break once
 * the window was full.
 *
 * <p>Why windows: the engine learns a document's words and line width, and re-analyses the text
 * while repaired joins reveal new ones. A file of thousands of documents is one text to it; its
 * rounds would each cover the whole file, and one line width would be fitted to documents wrapped
 * at many. A window of a few dozen pages gives the models enough text and keeps each round local.
 * Cuts count only characters that are not white space and fall only at line breaks, so the spaces
 * the word fixers insert and the white space the white-space fixer tidies never move them: cleaning
 * the output again cuts it at the same places (idempotence). Texts of fewer than {@link #SIZE} such
 * characters are one window. Stateless.
 */
final class TextWindows {

  /** The characters other than white space that a window holds before it looks for a cut. */
  static final int SIZE = 1 << 14;

  /** How far past {@link #SIZE} a window looks for a paragraph break before taking a line break. */
  static final int PARAGRAPH_REACH = SIZE / 4;

  private TextWindows() {}

  /** The positions where {@code text}'s windows start, after the first (which starts at 0). */
  static int[] cuts(CharSequence text) {
    int[] cuts = new int[0];
    int visible = 0;
    int lineBreak = -1; // the first line break after the window filled up
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (!Characters.isSpace(c)) {
        visible++;
        continue;
      }
      if (visible < SIZE || !Characters.isLineBreak(text, i)) {
        continue;
      }
      int next = i + 1;
      if (next == length) {
        break; // a cut at the very end would leave an empty window
      }
      if (lineBreak < 0) {
        lineBreak = next;
      }
      boolean paragraph = isBlankLineAt(text, next);
      if (paragraph || visible >= SIZE + PARAGRAPH_REACH) {
        int cut = paragraph ? lineBreak(text, next) + 1 : lineBreak;
        if (cut >= length) {
          break;
        }
        cuts = Arrays.copyOf(cuts, cuts.length + 1);
        cuts[cuts.length - 1] = cut;
        visible = 0;
        lineBreak = -1;
        i = cut - 1;
      }
    }
    return cuts;
  }

  /** Whether the line starting at {@code from} is blank: only white space, then a line break. */
  private static boolean isBlankLineAt(CharSequence text, int from) {
    return lineBreak(text, from) >= 0;
  }

  /** The line break ending a blank line that starts at {@code from}, or -1 if it is not blank. */
  private static int lineBreak(CharSequence text, int from) {
    for (int k = from; k < text.length(); k++) {
      if (Characters.isLineBreak(text, k)) {
        return k;
      }
      if (!Characters.isSpace(text.charAt(k))) {
        return -1;
      }
    }
    return -1;
  }
}
