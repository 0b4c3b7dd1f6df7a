package org.textmend.fixers.structure.furniture;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.furniture.PageFurniture.Reason;

/**
 * The rules of {@link PageFurniture} for the header zone (the lines before the first line of prose)
 * and the footer zone (the lines after the last). Stateless.
 */
final class PageZones {

  /** The most short calls ("How useful was this post?") read above a rating line. */
  private static final int MAX_CALLS = 3;

  private PageZones() {}

  /** Marks the furniture among {@code lines[0, end)}, the header zone. */
  static void header(List<String> lines, @Nullable Reason[] reasons, int end) {
    boolean evidence = false;
    for (int i = 0; i < end; i++) {
      if (reasons[i] == null) {
        reasons[i] = PageFurniture.shapeOf(lines.get(i));
      }
      evidence |= reasons[i] != null || isPhrase(lines.get(i));
    }
    int title = repeatedTitle(lines, reasons, end);
    evidence |= title >= 0;
    if (!evidence) {
      return;
    }
    if (title < 0) {
      title = lastPlain(lines, reasons, end);
    }
    if (title < 0) {
      return;
    }
    // Labels and tickers go only above the title and next to furniture: "Trending" above a line
    // of headlines is furniture, "Ferry strike" above a byline is a title. A label must have
    // furniture below it, so that the title block under the furniture keeps its first line.
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int i = title - 1; i >= 0; i--) {
        if (reasons[i] != null) {
          continue;
        }
        String line = lines.get(i);
        boolean below = furnitureAt(lines, reasons, i + 1, title);
        if (LineShapes.isTicker(line) && (below || furnitureAt(lines, reasons, i - 1, title))) {
          reasons[i] = Reason.TICKER;
          changed = true;
        } else if (below && LineShapes.isLabel(line)) {
          reasons[i] = Reason.LABEL;
          changed = true;
        }
      }
    }
  }

  /**
   * The page's title when it is printed more than once at the top: marks the earlier copies, and
   * crawl stamps that end with it ("Harbour Daily - World - Ferry strike ends"), and returns the
   * index of the last copy; -1 when no line repeats.
   */
  private static int repeatedTitle(List<String> lines, @Nullable Reason[] reasons, int end) {
    int title = -1;
    for (int j = end - 1; j > 0; j--) {
      String key = PageFurniture.titleKey(lines.get(j));
      if (reasons[j] != null || !isTitle(lines.get(j), key)) {
        continue;
      }
      for (int i = 0; i < j; i++) {
        if (reasons[i] != null || isPhrase(lines.get(i))) {
          continue;
        }
        String line = lines.get(i);
        if (PageFurniture.titleKey(line).equals(key)) {
          reasons[i] = Reason.REPEATED_TITLE;
          title = Math.max(title, j);
        } else if (endsWithTitle(line, key)) {
          reasons[i] = Reason.CRAWL_STAMP;
          title = Math.max(title, j);
        }
      }
    }
    return title;
  }

  /** A line that can be a page's title: a few words with letters, not a phrase of furniture. */
  private static boolean isTitle(String line, String key) {
    return key.length() >= 3 && LineShapes.words(line) <= 30 && !isPhrase(line);
  }

  /**
   * "Harbour Daily | World | Ferry strike ends", "Harbour Daily :: World - Ferry strike ends": a
   * stamp whose last part, after any separator, is the title.
   */
  private static boolean endsWithTitle(String line, String key) {
    for (String separator : LineShapes.SEPARATORS) {
      // the first separator whose rest is the title: a title may hold the separator itself
      for (int at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + 1)) {
        if (at > 0 && PageFurniture.titleKey(line.substring(at + separator.length())).equals(key)) {
          return LineShapes.words(line.substring(0, at)) <= 12;
        }
      }
    }
    return false;
  }

  /** The last line of the zone that is neither furniture nor a ticker: the title. */
  private static int lastPlain(List<String> lines, @Nullable Reason[] reasons, int end) {
    for (int i = end - 1; i >= 0; i--) {
      String line = lines.get(i);
      if (reasons[i] == null && !isPhrase(line) && !LineShapes.isTicker(line)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether line {@code i}, above the title, is furniture or a ticker. */
  private static boolean furnitureAt(
      List<String> lines, @Nullable Reason[] reasons, int i, int title) {
    if (i < 0 || i >= title) {
      return false;
    }
    return reasons[i] != null || isPhrase(lines.get(i)) || LineShapes.isTicker(lines.get(i));
  }

  /** Marks the furniture among {@code lines[start, size)}, the footer zone. */
  static void footer(List<String> lines, @Nullable Reason[] reasons, int start) {
    int n = lines.size();
    for (int i = start; i < n; i++) {
      if (reasons[i] != null) {
        continue;
      }
      Reason shape = PageFurniture.shapeOf(lines.get(i));
      reasons[i] = shape;
      if (shape == Reason.WIDGET && LineShapes.isRating(lines.get(i))) {
        // the calls above a rating line: "How useful was this post?", "Click a star to rate it!"
        for (int k = i - 1; k >= start && k >= i - MAX_CALLS; k--) {
          if (reasons[k] != null || !LineShapes.isShortCall(lines.get(k))) {
            break;
          }
          reasons[k] = Reason.WIDGET;
        }
      }
    }
    related(lines, reasons, start);
  }

  /**
   * "Related" or "More from Harbour Daily" and two or more headlines after it, in a run that
   * reaches the end of the page (past other furniture): a list of other pages of the site.
   */
  private static void related(List<String> lines, @Nullable Reason[] reasons, int start) {
    int n = lines.size();
    for (int i = start; i < n; i++) {
      String line = lines.get(i);
      if (reasons[i] != null || isPhrase(line) && !isLabelPhrase(line)) {
        continue;
      }
      // a label the phrase lists know, or one that follows other furniture: the last lines of an
      // article ("Fixtures", then a list of matches) are not a site's list
      boolean label =
          isLabelPhrase(line)
              || LineShapes.isLabel(line)
                  && i > start
                  && (reasons[i - 1] != null || isPhrase(lines.get(i - 1)));
      if (!label || !listToEnd(lines, reasons, i + 1)) {
        continue;
      }
      reasons[i] = Reason.RELATED;
      for (int k = i + 1; k < n; k++) {
        if (reasons[k] == null && !isPhrase(lines.get(k))) {
          reasons[k] = Reason.RELATED;
        }
      }
      return;
    }
  }

  private static boolean listToEnd(List<String> lines, @Nullable Reason[] reasons, int from) {
    int headlines = 0;
    for (int k = from; k < lines.size(); k++) {
      if (reasons[k] != null || isPhrase(lines.get(k))) {
        continue;
      }
      if (!LineShapes.isHeadline(lines.get(k))) {
        return false;
      }
      headlines++;
    }
    return headlines >= 2;
  }

  /** A line the phrase lists know ("Share", "© 2020 Harbour Daily"), left to the phrase rules. */
  private static boolean isPhrase(String line) {
    return Furniture.isFurniture(line, 0, line.length());
  }

  /** A known edge label that may open a related list ("Related articles", "Read more"). */
  private static boolean isLabelPhrase(String line) {
    return LineShapes.isLabel(line)
        && Furniture.classify(line, 0, line.length()) == Furniture.Strength.EDGE;
  }
}
