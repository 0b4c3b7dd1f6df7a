package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the hard-wrapped blocks of a document for {@link UnwrapFixer}: runs of lines each as long
 * as the next line's first word allows, most of them ending inside a sentence. Their width, once
 * known, also settles short runs elsewhere in the document.
 */
final class WrappedBlocks {

  /** The narrowest wrap width considered: shorter lines are verse, addresses or lists. */
  private static final int MIN_WIDTH = 40;

  /** The widest wrap width considered: longer lines are paragraphs, not wrapped lines. */
  private static final int MAX_WIDTH = 160;

  /** The fewest words on a line that counts as a wrapped line of prose. */
  private static final int MIN_WORDS = 4;

  private WrappedBlocks() {}

  /**
   * Finds hard-wrapped blocks and marks which of their breaks to join ({@code join}) and which are
   * settled either way ({@code decided}).
   */
  static void mark(
      String text, UnwrapLines lines, boolean[] join, boolean[] decided, boolean[] wrapped) {
    int count = lines.size();
    int documentWidth = 0;
    List<int[]> undecided = new ArrayList<>();
    int i = 0;
    while (i < count) {
      if (lines.blank(i) || (lines.structural(i) && !lines.item(i))) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < count && !lines.blank(last + 1) && !lines.structural(last + 1)) {
        last++;
      }
      if (last > i) {
        int width = last - i >= 2 ? markBlock(text, lines, i, last, join, decided, wrapped) : 0;
        if (width > 0) {
          documentWidth = Math.max(documentWidth, width);
        } else {
          undecided.add(new int[] {i, last});
        }
      }
      i = last + 1;
    }
    if (documentWidth > 0) {
      for (int[] run : undecided) {
        markByDocumentWidth(text, lines, run[0], run[1], documentWidth, join, decided);
      }
    }
  }

  /**
   * Joins the lines of a short run (often a two-line paragraph) that reach the width at which the
   * rest of the document is wrapped and end inside a sentence.
   */
  private static void markByDocumentWidth(
      String text,
      UnwrapLines lines,
      int first,
      int last,
      int width,
      boolean[] join,
      boolean[] decided) {
    int tolerance = Math.max(2, width / 10);
    for (int k = first; k < last; k++) {
      int length = lines.trimmedLength(k);
      if (length > width) {
        return; // not wrapped at this width
      }
    }
    for (int k = first; k < last; k++) {
      int room = lines.trimmedLength(k) + 1 + lines.firstWordLength(k + 1);
      if (room > width - tolerance
          && lines.words(k) >= MIN_WORDS
          && LineShape.endsMidSentence(text, lines.start(k), lines.end(k))) {
        join[k] = true;
        decided[k] = true;
      }
    }
  }

  /** Marks a wrapped block's breaks; returns its width, or 0 when it is not a wrapped block. */
  private static int markBlock(
      String text,
      UnwrapLines lines,
      int first,
      int last,
      boolean[] join,
      boolean[] decided,
      boolean[] wrapped) {
    int width = 0;
    int capitals = 0;
    for (int k = first; k <= last; k++) {
      width = Math.max(width, lines.trimmedLength(k));
      char c = text.charAt(LineShape.trimmedStart(text, lines.start(k), lines.end(k)));
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return 0;
    }
    int lines1 = last - first + 1;
    int tolerance = Math.max(2, width / 10);
    int fitting = 0;
    int midSentence = 0;
    boolean[] fits = new boolean[lines1];
    boolean[] exact = new boolean[lines1];
    for (int k = first; k < last; k++) {
      int room = lines.trimmedLength(k) + 1 + lines.firstWordLength(k + 1);
      // a wrapped line of prose holds several words; a path or a name alone on a line does not
      boolean prose = lines.words(k) >= MIN_WORDS;
      exact[k - first] = prose && room > width;
      fits[k - first] = prose && room > width - tolerance;
      if (fits[k - first]) {
        fitting++;
        if (LineShape.endsMidSentence(text, lines.start(k), lines.end(k))) {
          midSentence++;
        }
      }
    }
    boolean isWrapped =
        fitting >= 2
            && midSentence * 2 >= fitting
            && (lines1 == 3 ? midSentence == fitting : capitals * 4 <= lines1 * 3);
    if (!isWrapped) {
      return 0;
    }
    for (int k = first; k < last; k++) {
      wrapped[k] = true;
      boolean mid = LineShape.endsMidSentence(text, lines.start(k), lines.end(k));
      if (exact[k - first] || (fits[k - first] && mid)) {
        join[k] = true;
        decided[k] = true;
      } else if (!mid) {
        decided[k] = true; // a paragraph end inside the block
      }
    }
    return width;
  }
}
