package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.textmend.lexicon.Lexicon;

/**
 * Lets the three word-boundary fixers of one pipeline analyse a text once between them.
 *
 * <p>sentence-spacing, camel-joins and glued-words run one after the other, and each sees the text
 * the one before it produced. Analysed anew, that text has lost evidence: a join the first fixer
 * repaired now looks like any space, so the line width shows less clearly. So the first fixer's
 * analysis is handed on: after a fixer inserts the spaces of its kind, the memo keeps the resulting
 * text with the remaining joins moved to its coordinates, and the next fixer, given exactly that
 * text, takes them instead of analysing again. Any other text is analysed afresh, so the result
 * never depends on anything but the text and the fixers that ran. One entry per thread;
 * thread-safe.
 */
final class JoinMemo {

  /** How many times a text is analysed at most while repaired joins reveal new ones. */
  static final int MAX_ROUNDS = 3;

  private final Lexicon lexicon;
  private final ThreadLocal<Entry> handedOn = new ThreadLocal<>();

  JoinMemo(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private record Entry(String text, List<Join> joins) {}

  /**
   * The joins of {@code text}: handed on by the previous word fixer, or found by a new analysis.
   */
  List<Join> joins(String text) {
    Entry entry = handedOn.get();
    handedOn.remove();
    if (entry != null && entry.text().equals(text)) {
      return entry.joins();
    }
    return settledJoins(text);
  }

  /**
   * The joins of {@code text}, found again in the text with them repaired until none are left, so
   * that cleaning the result once more finds nothing: splitting "Varnholtsaid" makes "Varnholt" a
   * word the document uses once more, which can tip another doubtful join. At most {@link
   * #MAX_ROUNDS} analyses.
   */
  private List<Join> settledJoins(String text) {
    List<Join> all = JoinAnalysis.find(text, lexicon);
    List<Join> found = all;
    String current = text;
    int[] origin = null; // origin[i]: the position in text of character i of current
    for (int round = 1; round < MAX_ROUNDS && !found.isEmpty(); round++) {
      int[] previousOrigin = origin;
      StringBuilder next = new StringBuilder(current.length() + found.size());
      int[] nextOrigin = new int[current.length() + found.size() + 1];
      int copied = 0;
      for (Join join : found) {
        for (; copied < join.position(); copied++) {
          nextOrigin[next.length()] = previousOrigin == null ? copied : previousOrigin[copied];
          next.append(current.charAt(copied));
        }
        nextOrigin[next.length()] = -1;
        next.append(' ');
      }
      for (; copied < current.length(); copied++) {
        nextOrigin[next.length()] = previousOrigin == null ? copied : previousOrigin[copied];
        next.append(current.charAt(copied));
      }
      current = next.toString();
      origin = nextOrigin;
      List<Join> more = JoinAnalysis.find(current, lexicon);
      if (more.isEmpty()) {
        break;
      }
      List<Join> merged = new ArrayList<>(all.size() + more.size());
      merged.addAll(all);
      for (Join join : more) {
        merged.add(join.movedBy(origin[join.position()] - join.position()));
      }
      merged.sort(Comparator.comparingInt(Join::position));
      all = merged;
      found = more;
    }
    return all;
  }

  /**
   * Records that the fixer of {@code kind} inserts a space at each of its joins in {@code text}, so
   * that the next word fixer can take the other joins without analysing the new text again.
   */
  void handOn(String text, List<Join> joins, Join.Kind kind) {
    List<Join> remaining = new ArrayList<>(joins.size());
    StringBuilder next = null;
    int copied = 0;
    int shift = 0;
    for (Join join : joins) {
      if (join.kind() == kind) {
        if (next == null) {
          next = new StringBuilder(text.length() + joins.size());
        }
        next.append(text, copied, join.position()).append(' ');
        copied = join.position();
        shift++;
      } else {
        remaining.add(shift == 0 ? join : join.movedBy(shift));
      }
    }
    if (remaining.isEmpty()) {
      return;
    }
    String nextText = next == null ? text : next.append(text, copied, text.length()).toString();
    handedOn.set(new Entry(nextText, remaining));
  }
}
