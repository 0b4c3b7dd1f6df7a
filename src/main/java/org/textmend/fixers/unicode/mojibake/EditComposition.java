package org.textmend.fixers.unicode.mojibake;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;

/**
 * Composes two rounds of edits into one: the edits that take a text straight to what the second
 * round made of the first round's result. A fixer that repairs in rounds (one repair can reveal
 * another beside it) still proposes edits in the coordinates of the text it was given. Linear in
 * the number of edits. Stateless.
 */
final class EditComposition {

  private EditComposition() {}

  /**
   * The edits that turn {@code original} into {@code result}, where {@code first} (in the
   * coordinates of {@code original}) made {@code middle} and {@code second} (in the coordinates of
   * {@code middle}) made {@code result}. Ranges that overlap or touch are merged into one edit.
   */
  static List<Edit> compose(
      String original, List<Edit> first, String middle, List<Edit> second, String result) {
    List<int[]> mapped = new ArrayList<>(second.size());
    // Second-round ranges taken back to the original text: a boundary inside or at the edge of a
    // first-round replacement widens to the range that replacement came from.
    int j = 0;
    int shift = 0; // sum of the deltas of first[0..j)
    for (Edit edit : second) {
      int[] range = new int[2];
      for (int side = 0; side < 2; side++) {
        int position = side == 0 ? edit.start() : edit.end();
        while (j < first.size()
            && first.get(j).start() + shift + first.get(j).replacement().length() < position) {
          shift += first.get(j).delta();
          j++;
        }
        if (j < first.size() && first.get(j).start() + shift <= position) {
          range[side] = side == 0 ? first.get(j).start() : first.get(j).end();
        } else {
          range[side] = position - shift;
        }
      }
      mapped.add(range);
    }
    // Merge both sorted lists of ranges, joining those that overlap or touch.
    List<int[]> merged = new ArrayList<>(first.size() + mapped.size());
    int a = 0;
    int b = 0;
    while (a < first.size() || b < mapped.size()) {
      int[] next;
      if (b >= mapped.size() || (a < first.size() && first.get(a).start() <= mapped.get(b)[0])) {
        next = new int[] {first.get(a).start(), first.get(a).end()};
        a++;
      } else {
        next = mapped.get(b++);
      }
      int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && next[0] <= last[1]) {
        last[1] = Math.max(last[1], next[1]);
      } else {
        merged.add(new int[] {next[0], next[1]});
      }
    }
    // Each merged range's text in the result: boundaries map through both rounds by the deltas
    // of the edits before them.
    List<Edit> composed = new ArrayList<>(merged.size());
    Cursor firstCursor = new Cursor(first);
    Cursor secondCursor = new Cursor(second);
    for (int[] range : merged) {
      int from = secondCursor.after(firstCursor.after(range[0]));
      int to = secondCursor.after(firstCursor.after(range[1]));
      String replacement = result.substring(from, to);
      if (replacement.length() != range[1] - range[0]
          || !original.regionMatches(range[0], replacement, 0, replacement.length())) {
        composed.add(new Edit(range[0], range[1], replacement));
      }
    }
    return composed;
  }

  /**
   * Maps non-decreasing positions of a text, none strictly inside an edited range, to the text
   * after the edits.
   */
  private static final class Cursor {
    private final List<Edit> edits;
    private int next;
    private int shift;

    Cursor(List<Edit> edits) {
      this.edits = edits;
    }

    int after(int position) {
      while (next < edits.size() && edits.get(next).end() <= position) {
        if (edits.get(next).end() == position && edits.get(next).start() == position) {
          break; // an insertion at the position itself goes after it
        }
        shift += edits.get(next).delta();
        next++;
      }
      return position + shift;
    }
  }
}
