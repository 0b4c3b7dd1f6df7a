package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * The word boundaries a text lost: the places where a dropped line break took the space between two
 * words, each of one {@link Kind}, as the word fixers read them. {@link #of} analyses a text;
 * {@link #after} hands what is left to the next word fixer.
 *
 * <p>sentence-spacing, camel-joins and glued-words run one after the other, and each sees the text
 * the one before it produced. Analysed anew, that text has lost evidence: a join the first fixer
 * repaired now looks like any space, so the line width shows less clearly. So the first fixer's
 * analysis is handed on: {@link #after} is the text with the joins of one kind repaired and the
 * other joins moved to its coordinates, which the next fixer takes instead of analysing again when
 * it is given exactly that text. Immutable and thread-safe.
 */
public final class Boundaries {

  /**
   * How many times a text is analysed at most while repaired joins reveal new ones. A round runs
   * only when the one before found a join, so clean text and most damaged text take one or two; a
   * text of repeated oddities can reveal one join a round (a fuzz finding needed four), and the cap
   * only bounds the cost of such a text. Why this loop lives here and not in the pipeline: the
   * design comment on {@link org.textmend.pipeline.Pipeline}.
   */
  static final int MAX_ROUNDS = 6;

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

  private final String text;
  private final Lexicon lexicon;
  private final List<Join> joins;

  /**
   * Whether the last analysis found nothing, so that the text with every join repaired is known to
   * hold no join: then what is handed on, even with no join left, spares the next fixer an analysis
   * that would find nothing. False when the rounds ran out first.
   */
  private final boolean settled;

  /** The work of the analyses that found these joins (see {@link JoinAnalysis#work}). */
  private final long work;

  private Boundaries(String text, Lexicon lexicon, List<Join> joins, boolean settled, long work) {
    this.text = text;
    this.lexicon = lexicon;
    this.joins = joins;
    this.settled = settled;
    this.work = work;
  }

  /**
   * The joins of {@code text}, found again in the text with them repaired until none are left, so
   * that cleaning the result once more finds nothing: splitting "Varnholtsaid" makes "Varnholt" a
   * word the document uses once more, which can tip another doubtful join. At most {@link
   * #MAX_ROUNDS} analyses. A long text is analysed in {@link TextWindows}, each on its own.
   */
  public static Boundaries of(String text, Lexicon lexicon) {
    int[] cuts = TextWindows.cuts(text);
    if (cuts.length == 0) {
      return ofWindow(text, lexicon);
    }
    List<Join> all = new ArrayList<>();
    boolean settled = true;
    long work = 0;
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : text.length();
      Boundaries window = ofWindow(text.substring(from, to), lexicon);
      for (Join join : window.joins) {
        all.add(join.movedBy(from));
      }
      settled &= window.settled;
      work += window.work;
      from = to;
    }
    return new Boundaries(text, lexicon, all, settled, work);
  }

  private static Boundaries ofWindow(String text, Lexicon lexicon) {
    int @Nullable [] origin = collapsedOrigin(text); // origin[i]: where character i of current is
    String current = origin == null ? text : collapsed(text, origin);
    long[] work = {0};
    List<Join> found = JoinAnalysis.find(current, lexicon, work);
    List<Join> all = new ArrayList<>(found.size());
    for (Join join : found) {
      all.add(origin == null ? join : join.movedBy(origin[join.position()] - join.position()));
    }
    boolean settled = found.isEmpty();
    for (int round = 1; round < MAX_ROUNDS && !settled; round++) {
      int[] nextOrigin = new int[current.length() + found.size() + 1];
      current = repaired(current, found, origin, nextOrigin);
      origin = nextOrigin;
      List<Join> more = JoinAnalysis.find(current, lexicon, work);
      if (more.isEmpty()) {
        settled = true;
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
    return new Boundaries(text, lexicon, all, settled, work[0]);
  }

  /**
   * Where each character of {@code text} with its runs of white space inside a line collapsed to
   * one space comes from, or {@code null} when it has no such run. The engine judges that text: the
   * white-space fixer, which runs after the word fixers, collapses those runs, and line widths
   * measured before it did must be the ones measured after (idempotence; a fuzz finding). Runs that
   * start or end a line are kept: indentation stays, and a line's end ignores trailing white space.
   */
  private static int @Nullable [] collapsedOrigin(String text) {
    int[] origin = null;
    int kept = 0;
    int length = text.length();
    int i = 0;
    while (i < length) {
      int runEnd = i;
      while (runEnd < length && isInlineSpace(text.charAt(runEnd))) {
        runEnd++;
      }
      boolean inside =
          runEnd - i >= 2
              && i > 0
              && !isLineEnd(text, i - 1)
              && runEnd < length
              && !isLineEnd(text, runEnd);
      if (inside && origin == null) {
        origin = new int[length];
        for (int k = 0; k < i; k++) {
          origin[k] = k;
        }
        kept = i;
      }
      int last = inside ? i + 1 : Math.max(runEnd, i + 1);
      if (origin != null) {
        for (int k = i; k < last; k++) {
          origin[kept++] = k;
        }
      }
      i = Math.max(runEnd, i + 1);
    }
    return origin == null ? null : Arrays.copyOf(origin, kept);
  }

  /** {@code text} reduced to the characters {@code origin} names, an inside run to one space. */
  private static String collapsed(String text, int[] origin) {
    StringBuilder view = new StringBuilder(origin.length);
    for (int k = 0; k < origin.length; k++) {
      char c = text.charAt(origin[k]);
      boolean runStart = k + 1 < origin.length && origin[k + 1] > origin[k] + 1;
      view.append(runStart && isInlineSpace(c) ? ' ' : c);
    }
    return view.toString();
  }

  private static boolean isInlineSpace(char c) {
    return c != '\n' && c != '\r' && Characters.isSpace(c);
  }

  private static boolean isLineEnd(String text, int i) {
    char c = text.charAt(i);
    return c == '\n' || c == '\r';
  }

  /**
   * {@code current} with a space at each join, filling {@code nextOrigin} with the position in the
   * original text of each character (-1 for an inserted space), given {@code origin} for {@code
   * current} ({@code null} when it is the original).
   */
  private static String repaired(
      String current, List<Join> joins, int @Nullable [] origin, int[] nextOrigin) {
    StringBuilder next = new StringBuilder(current.length() + joins.size());
    int copied = 0;
    for (Join join : joins) {
      for (; copied < join.position(); copied++) {
        nextOrigin[next.length()] = origin == null ? copied : origin[copied];
        next.append(current.charAt(copied));
      }
      nextOrigin[next.length()] = -1;
      next.append(' ');
    }
    for (; copied < current.length(); copied++) {
      nextOrigin[next.length()] = origin == null ? copied : origin[copied];
      next.append(current.charAt(copied));
    }
    return next.toString();
  }

  /** Whether these are the boundaries of {@code text} as {@code lexicon} sees it. */
  public boolean describe(String text, Lexicon lexicon) {
    return this.lexicon == lexicon && this.text.equals(text);
  }

  /** The edits that insert a space at each join of {@code kind}, in order of position. */
  public List<Edit> edits(Kind kind) {
    List<Edit> edits = new ArrayList<>();
    for (Join join : joins) {
      if (join.kind() == kind) {
        edits.add(Edit.insert(join.position(), " "));
      }
    }
    return edits;
  }

  /**
   * The boundaries of the text after the joins of {@code kind} are repaired: the other joins, moved
   * past the inserted spaces. When no other join is left, that text is the one the last analysis
   * judged (joins sit inside tokens, so a repaired space never lengthens a run of white space), and
   * the result says it holds none; {@code null} only when the rounds ran out before the analysis
   * settled, so that the next fixer analyses its text afresh.
   */
  public @Nullable Boundaries after(Kind kind) {
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
    if (remaining.isEmpty() && !settled) {
      return null;
    }
    String nextText = next == null ? text : next.append(text, copied, text.length()).toString();
    return new Boundaries(nextText, lexicon, remaining, settled, 0);
  }

  /** The work of the analyses behind these boundaries; 0 for those handed on. */
  long work() {
    return work;
  }

  /** The edits that put back the spaces of each despaced paragraph of {@code text}. */
  public static List<Edit> despacedEdits(String text, Lexicon lexicon) {
    return DespacedRuns.edits(text, lexicon);
  }

  /** The edits that remove the spaces inside the words of {@code text}. */
  public static List<Edit> spacedWordEdits(String text, Lexicon lexicon) {
    return SpacedWords.edits(text, lexicon);
  }

  /** The joins, in order of position. */
  List<Join> joins() {
    return joins;
  }
}
