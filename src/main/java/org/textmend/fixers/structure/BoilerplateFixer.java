package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.textmend.fixers.structure.Lines.Line;
import org.textmend.fixers.structure.furniture.Furniture;
import org.textmend.fixers.structure.furniture.Furniture.Strength;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.Step;

/**
 * Removes whole lines of site furniture: share and follow buttons, advertisement labels, "skip to
 * content" links, teasers, tag lists, copyright and cookie notices, feed footers.
 *
 * <pre>
 * Ferry strike ends                  Ferry strike ends
 *
 * Share this article          →      The strike ended on Monday.
 *
 * The strike ended on Monday.
 *
 * Tags: ferry, strike
 * </pre>
 *
 * <p>Lines that no article sentence could be ("Advertisement", "Share on Facebook Share on
 * Twitter", "Skip to main content", "READ MORE: Ferry fares rise") go wherever they stand. Lines
 * that are furniture only where sites put them ("Latest News", "Related articles", "Tags: …", "Read
 * the full text at …", "… first appeared on …", "Full story: …", cookie notices) go only in the run
 * of furniture lines at the start of the document (after its title) or at its end; copyright
 * notices ("© 2019 Harbour Daily. All rights reserved.") only at the end. A removed line takes its
 * following blank lines with it (at the end, its preceding ones), so no blank lines are left at the
 * top and no blank-line run grows; each removed line is its own edit, so {@code --explain} lists
 * every one.
 *
 * <p>Lines are also read by their shape ({@link Furniture#pageFurniture}), so a single page without
 * a batch to learn from loses its menus ("News | Sport | Weather"), a crawl stamp or title printed
 * twice above the title, labels and tickers of headlines next to them, widgets ("+A -A", "12
 * Comments", a rating), share buttons run together, a "related" list at the end, and inline scripts
 * in a page of prose. {@link #reason} tells {@code --explain} why each line went.
 *
 * <p>Left alone, deliberately: any line that is more than a recognised phrase ("Share prices rose
 * after the advertisement aired." stays); edge-only phrases in the middle of the article, where
 * "Latest news" may be a heading; and a document that would be left empty. Immutable and
 * thread-safe.
 */
public final class BoilerplateFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "boilerplate";

  /** How many non-blank lines at each end of a document are checked for edge-only furniture. */
  private static final int EDGE_LINES = 12;

  /** How many times at most the fixer looks at its own result (see {@link #edits}). */
  private static final int MAX_LOOKS = 4;

  /** The longest first line passed over as the title before furniture at the top. */
  private static final int MAX_TITLE_LINE = 250;

  @Override
  public String name() {
    return NAME;
  }

  /**
   * The edits of every look at the text, in its coordinates: removing a line can bring two others
   * together, so that the page's zones and prose read differently (a share row gone from between a
   * headline and a paragraph), and the fixer looks again until it finds nothing more, at most
   * {@value #MAX_LOOKS} times, so that a second run changes nothing.
   */
  @Override
  public List<Edit> edits(String text) {
    List<Edit> first = editsOnce(text);
    if (first.isEmpty()) {
      return first;
    }
    List<Edit> all = new ArrayList<>(first);
    String current = new Step(NAME, first).applyTo(text);
    int[] original = kept(identity(text.length()), first);
    for (int look = 1; look < MAX_LOOKS; look++) {
      List<Edit> more = editsOnce(current);
      if (more.isEmpty()) {
        break;
      }
      for (Edit edit : more) {
        // a removal in the shorter text, cut into the runs it covers of the original text
        int start = edit.start();
        while (start < edit.end()) {
          int end = start + 1;
          while (end < edit.end() && original[end] == original[end - 1] + 1) {
            end++;
          }
          all.add(Edit.delete(original[start], original[end - 1] + 1));
          start = end;
        }
      }
      current = new Step(NAME, more).applyTo(current);
      original = kept(original, more);
    }
    all.sort(Comparator.comparingInt(Edit::start));
    return List.copyOf(all);
  }

  private static int[] identity(int length) {
    int[] positions = new int[length];
    for (int i = 0; i < length; i++) {
      positions[i] = i;
    }
    return positions;
  }

  /** The original positions of the characters that {@code deletions} leave. */
  private static int[] kept(int[] positions, List<Edit> deletions) {
    int removed = 0;
    for (Edit edit : deletions) {
      removed += edit.end() - edit.start();
    }
    int[] left = new int[positions.length - removed];
    int at = 0;
    int from = 0;
    for (Edit edit : deletions) {
      int count = edit.start() - from;
      System.arraycopy(positions, from, left, at, count);
      at += count;
      from = edit.end();
    }
    System.arraycopy(positions, from, left, at, positions.length - from);
    return left;
  }

  private static List<Edit> editsOnce(String text) {
    TreeMap<Integer, Line> removed = new TreeMap<>();
    // the start: furniture lines, with the title allowed before them
    boolean titlePassed = false;
    for (Line line : Lines.firstNonBlank(text, EDGE_LINES, Furniture.MAX_LINE)) {
      Strength strength = Furniture.classify(text, line.start(), line.end());
      if (strength == Strength.EDGE || strength == Strength.ANYWHERE) {
        removed.put(line.start(), line);
      } else if (!titlePassed && line.length() <= MAX_TITLE_LINE) {
        titlePassed = true;
      } else {
        break;
      }
    }
    // the end: the run of furniture lines
    for (Line line : Lines.lastNonBlank(text, EDGE_LINES, Furniture.MAX_LINE)) {
      if (Furniture.classify(text, line.start(), line.end()) != Strength.NONE) {
        removed.put(line.start(), line);
      } else {
        break;
      }
    }
    shapes(text, removed);
    // anywhere: lines that cannot be part of an article; and whether any line is kept at all
    boolean keptAny = false;
    int at = 0;
    while (at < text.length()) {
      Line line = Lines.lineAt(text, at);
      if (!removed.containsKey(line.start()) && !Lines.isBlank(text, line.start(), line.end())) {
        if (line.length() <= Furniture.MAX_ANYWHERE_LINE
            && Furniture.mayBeAnywhere(text, line.start(), line.end())
            && Furniture.classify(text, line.start(), line.end()) == Strength.ANYWHERE) {
          removed.put(line.start(), line);
        } else {
          keptAny = true;
        }
      }
      at = line.next();
    }
    if (removed.isEmpty() || !keptAny) {
      return List.of();
    }
    return Lines.removals(text, new ArrayList<>(removed.values()));
  }

  /**
   * Why a line this fixer removed is furniture, for {@code --explain}: the shape it has ("menu",
   * "ticker of headlines") or the kind of phrase it is.
   */
  public static String reason(String removed) {
    String shape = Furniture.shapeReason(removed);
    if (shape != null) {
      return shape;
    }
    String line = removed.strip();
    return switch (Furniture.classify(line, 0, line.length())) {
      case ANYWHERE -> "furniture phrase";
      case EDGE -> "furniture phrase at the page's top or end";
      case FOOTER -> "copyright notice at the end";
      case NONE -> "furniture";
    };
  }

  /**
   * Adds to {@code removed} the lines that {@link Furniture#pageFurniture} finds by their shape.
   */
  private static void shapes(String text, TreeMap<Integer, Line> removed) {
    List<Line> lines = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<Boolean> joined = new ArrayList<>();
    int at = 0;
    boolean previousBlank = true;
    while (at < text.length()) {
      Line line = Lines.lineAt(text, at);
      boolean blank = Lines.isBlank(text, line.start(), line.end());
      if (!blank) {
        if (!lines.isEmpty()) {
          joined.set(joined.size() - 1, !previousBlank);
        }
        lines.add(line);
        texts.add(text.substring(line.start(), line.end()));
        joined.add(false);
      }
      previousBlank = blank;
      at = line.next();
    }
    boolean[] next = new boolean[joined.size()];
    for (int i = 0; i < next.length; i++) {
      next[i] = joined.get(i);
    }
    boolean[] furniture = Furniture.pageFurniture(texts, next);
    for (int i = 0; i < furniture.length; i++) {
      if (furniture[i]) {
        removed.put(lines.get(i).start(), lines.get(i));
      }
    }
  }

  /** Registers {@link BoilerplateFixer}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Removes lines of site furniture: share buttons, ads, teasers, tags, copyright notices,"
          + " menus, widgets, tickers, related lists, inline scripts";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new BoilerplateFixer();
    }
  }
}
