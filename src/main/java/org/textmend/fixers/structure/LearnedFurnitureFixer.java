package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.textmend.fixers.structure.Lines.Line;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.LineFingerprint;

/**
 * Removes the lines that a {@link FurnitureProfile} learned as the furniture of the document's
 * source, and the lines of the same menus and lists that vary from page to page.
 *
 * <pre>
 * Home / World / Sport / Weather          Ferry strike ends
 * Latest                                  The strike ended on Monday, after talks that
 * Fares rise Port closes Storm warning →  lasted all weekend.
 * Ferry strike ends
 * The strike ended on Monday, after talks that lasted all weekend.
 * More from Harbour Daily
 * Tide tables for March
 * © 2024 Harbour Daily
 * </pre>
 *
 * <p>A learned line (one that recurs in many documents of the source, see {@link
 * org.textmend.process.furniture.FurnitureThresholds}) goes when it stands in the header zone
 * (before the first line of article prose), in the footer zone (after the last), or in a run of two
 * or more learned lines in between (a script, a widget, printed as a block on every page). In the
 * header zone, a long line without a comma that is no sentence right after a short learned label (a
 * ticker of headlines under "Latest") goes too, and a line printed twice in a row (the title) is
 * kept once; in the footer zone every short line after the first learned one goes (the list of
 * related articles under "More from"). Article prose is a line of eight words or more that ends a
 * sentence, unless it is itself learned.
 *
 * <p>Left alone, deliberately: a line that reads as a sentence, also when it recurs (a refrain, a
 * recurring disclaimer); a single learned line in the middle of the article, which may be a
 * heading; any document that no learned line marks, so that a clean document never changes; and a
 * document that would be left empty. The instance the registry makes has an empty profile and does
 * nothing: build one for a source with {@link org.textmend.TextMend.Builder#furniture}. Immutable
 * and thread-safe.
 */
public final class LearnedFurnitureFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "learned-furniture";

  /** The fewest words of a line of article prose. */
  private static final int PROSE_WORDS = 8;

  /** The fewest words of a ticker line in the header zone. */
  private static final int TICKER_WORDS = 14;

  /** The most words of a label above a ticker. */
  private static final int LABEL_WORDS = 3;

  /** The most words of a line of a list in the footer zone. */
  private static final int LIST_WORDS = 16;

  private final FurnitureProfile profile;
  private final String source;

  /** A fixer that removes the furniture {@code profile} learned of {@code source}. */
  public LearnedFurnitureFixer(FurnitureProfile profile, String source) {
    this.profile = Objects.requireNonNull(profile, "profile");
    this.source = Objects.requireNonNull(source, "source");
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * Why {@code line} goes, for {@code --explain}: {@code learned: 27 of 30 documents of S} (see
   * {@link FurnitureProfile#reason}).
   */
  public String reason(String line) {
    return profile.reason(source, line);
  }

  @Override
  public List<Edit> edits(String text) {
    if (!profile.knows(source)) {
      return List.of();
    }
    List<Line> lines = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    List<Long> fingerprints = new ArrayList<>();
    boolean anyLearned = false;
    int at = 0;
    while (at < text.length()) {
      Line line = Lines.lineAt(text, at);
      long fingerprint = LineFingerprint.of(text, line.start(), line.end());
      if (fingerprint != LineFingerprint.BLANK) {
        int count = profile.count(source, fingerprint);
        anyLearned |= count > 0;
        lines.add(line);
        counts.add(count);
        fingerprints.add(fingerprint);
      }
      at = line.next();
    }
    if (!anyLearned) {
      return List.of();
    }
    boolean[] removed = Zones.removed(text, lines, counts, fingerprints);
    List<Line> gone = new ArrayList<>();
    for (int i = 0; i < removed.length; i++) {
      if (removed[i]) {
        gone.add(lines.get(i));
      }
    }
    if (gone.isEmpty() || gone.size() == lines.size()) {
      return List.of();
    }
    return Lines.removals(text, gone);
  }

  /** Which lines go, by where they stand. */
  private static final class Zones {
    private final String text;
    private final List<Line> lines;
    private final List<Integer> counts;
    private final List<Long> fingerprints;
    private final boolean[] removed;

    private Zones(String text, List<Line> lines, List<Integer> counts, List<Long> fingerprints) {
      this.text = text;
      this.lines = lines;
      this.counts = counts;
      this.fingerprints = fingerprints;
      this.removed = new boolean[lines.size()];
    }

    static boolean[] removed(
        String text, List<Line> lines, List<Integer> counts, List<Long> fingerprints) {
      Zones zones = new Zones(text, lines, counts, fingerprints);
      int n = lines.size();
      int firstProse = -1;
      int lastProse = -1;
      for (int i = 0; i < n; i++) {
        if (zones.isArticleProse(i)) {
          firstProse = firstProse < 0 ? i : firstProse;
          lastProse = i;
        }
      }
      int headerEnd = firstProse < 0 ? n : firstProse;
      zones.header(headerEnd);
      if (firstProse >= 0) {
        zones.footer(lastProse + 1);
        zones.middle(headerEnd, lastProse + 1);
      }
      return zones.removed;
    }

    /** Learned lines, tickers and a repeated title before the first line of prose. */
    private void header(int end) {
      int first = 0;
      while (first < end && !learned(first)) {
        first++;
      }
      for (int i = first; i < end; i++) {
        if (learned(i)) {
          removed[i] = !isProse(i);
        } else if (isTicker(i)) {
          removed[i] = true;
        } else if (i + 1 < end
            && !learned(i + 1)
            && fingerprints.get(i).longValue() == fingerprints.get(i + 1).longValue()) {
          removed[i] = true; // the title printed twice: the second stays
        }
      }
    }

    /** Learned lines, and the short lines after the first of them, after the last prose line. */
    private void footer(int start) {
      int first = start;
      while (first < lines.size() && !learned(first)) {
        first++;
      }
      for (int i = first; i < lines.size(); i++) {
        removed[i] = learned(i) ? !isProse(i) : words(i) <= LIST_WORDS;
      }
    }

    /** Runs of two or more learned lines that are no prose, between the zones. */
    private void middle(int start, int end) {
      int i = start;
      while (i < end) {
        int j = i;
        while (j < end && learned(j) && !isProse(j)) {
          j++;
        }
        if (j - i >= 2) {
          for (int k = i; k < j; k++) {
            removed[k] = true;
          }
        }
        i = Math.max(j, i + 1);
      }
    }

    /**
     * Headlines run together under a learned label ("Latest", "Top Stories"): a long line that is
     * no sentence and has no comma, right after a learned line of at most three words. A lead
     * paragraph whose full stop was lost has commas, and follows the title, not a label.
     */
    private boolean isTicker(int i) {
      if (i == 0 || !learned(i - 1) || words(i - 1) > LABEL_WORDS) {
        return false;
      }
      Line line = lines.get(i);
      return words(i) >= TICKER_WORDS
          && !endsSentence(i)
          && text.substring(line.start(), line.end()).indexOf(',') < 0;
    }

    private boolean learned(int i) {
      return counts.get(i) > 0;
    }

    private boolean isArticleProse(int i) {
      return !learned(i) && isProse(i);
    }

    /** Eight words or more ending a sentence. */
    private boolean isProse(int i) {
      return words(i) >= PROSE_WORDS && endsSentence(i);
    }

    private boolean endsSentence(int i) {
      Line line = lines.get(i);
      int end = LineShape.trimmedEnd(text, line.start(), line.end());
      while (end > line.start() && isClosing(text.charAt(end - 1))) {
        end--;
      }
      if (end == line.start()) {
        return false;
      }
      char last = text.charAt(end - 1);
      return last == '.' || last == '!' || last == '?' || last == '…' || last == ':';
    }

    private static boolean isClosing(char c) {
      return c == '"' || c == '\'' || c == '”' || c == '’' || c == ')' || c == '»';
    }

    private int words(int i) {
      Line line = lines.get(i);
      int words = 0;
      boolean inWord = false;
      for (int k = line.start(); k < line.end(); k++) {
        boolean space = Character.isWhitespace(text.charAt(k));
        if (!space && !inWord) {
          words++;
        }
        inWord = !space;
      }
      return words;
    }
  }

  /** Registers {@link LearnedFurnitureFixer}, with an empty profile. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Removes lines learned as furniture of the source from the batch or --furniture";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new LearnedFurnitureFixer(FurnitureProfile.EMPTY, "");
    }
  }
}
