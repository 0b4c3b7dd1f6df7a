package org.textmend.fixers.structure.furniture;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Finds the furniture of a single page by its shape, without a batch to learn from: menus, crawl
 * stamps, a title printed twice, labels and tickers of headlines at the top; rating widgets,
 * counters and "related" lists of headlines at the end; share buttons run together
 * ("FacebookTwitterWhatsApp") and font-size buttons in either place; and inline scripts, style
 * rules and JSON-LD blocks anywhere in a page of prose.
 *
 * <p>A page has a header zone, the lines before its first line of prose, and a footer zone, the
 * lines after its last; a page without prose has neither, so a poem, a list or a page of short
 * questions is left alone. Most rules hold only in these zones. Labels and tickers, whose shape
 * alone says little ("Trending" might be a one-word title), go only next to other furniture and
 * above the page's title, and list lines only after a label, in a run that reaches the end of the
 * page. Only script blocks go wherever they stand, and only in a page with no other code. Immutable
 * and thread-safe. {@link Furniture} is its public face.
 */
final class PageFurniture {

  /** Why a line is furniture; {@link #text()} is what {@code --explain} says. */
  enum Reason {
    /** "News | Sport | Weather". */
    MENU("menu"),
    /** " date 2020-02-06 Harbour Daily - World - Ferry strike ends" above the title. */
    CRAWL_STAMP("crawl stamp repeating the title"),
    /** The same title printed twice at the top. */
    REPEATED_TITLE("title printed twice"),
    /** "Trending" above the title. */
    LABEL("label among the page's top furniture"),
    /** Headlines run together in one line. */
    TICKER("ticker of headlines"),
    /** "FacebookTwitterWhatsApp". */
    SOCIAL("share buttons"),
    /** "A A", "+A -A", "12 Comments", "How useful was this post?", "Vote count: 12". */
    WIDGET("widget (font size, counter, rating)"),
    /** "Related" and the headlines after it at the end. */
    RELATED("list of related headlines at the end"),
    /** An inline script, style sheet or JSON-LD block in a page of prose. */
    CODE("inline script or style in a page of prose");

    private final String text;

    Reason(String text) {
      this.text = text;
    }

    /** What {@code --explain} says of a line removed for this reason. */
    String text() {
      return text;
    }
  }

  /** The most lines a header or footer zone may have; a longer run is not a page's furniture. */
  private static final int MAX_ZONE = 40;

  private PageFurniture() {}

  /**
   * Why each of a page's non-blank {@code lines} is furniture, or {@code null} to keep it. {@code
   * joined[i]} tells that line {@code i + 1} follows line {@code i} with no blank line between.
   */
  static @Nullable Reason[] judge(List<String> lines, boolean[] joined) {
    int n = lines.size();
    @Nullable Reason[] reasons = new Reason[n];
    CodeBlocks.mark(lines, reasons);
    boolean[] prose = new boolean[n];
    int first = -1;
    int last = -1;
    for (int i = 0; i < n; i++) {
      prose[i] =
          reasons[i] == null
              && isProse(lines, joined, i)
              && !Furniture.isFurniture(lines.get(i), 0, lines.get(i).length());
      if (prose[i]) {
        last = i;
        if (first < 0) {
          first = i;
        }
      }
    }
    if (first < 0) {
      return reasons;
    }
    if (first <= MAX_ZONE) {
      PageZones.header(lines, reasons, first);
    }
    if (n - last - 1 <= MAX_ZONE) {
      PageZones.footer(lines, reasons, last + 1);
    }
    return reasons;
  }

  /**
   * Why {@code removed}, a line the boilerplate fixer removed, is furniture, judged by its shape
   * alone, for {@code --explain}; {@code null} for a line of a recognised phrase.
   */
  static @Nullable String reason(String removed) {
    String line = removed.strip();
    if (SocialButtons.isSocial(line.toLowerCase(Locale.ROOT))) {
      return Reason.SOCIAL.text();
    }
    Reason shape = shapeOf(line);
    if (shape != null) {
      return shape.text();
    }
    if (Furniture.isFurniture(line, 0, line.length())) {
      return null;
    }
    if (CodeBlocks.isCodeLine(line)) {
      return Reason.CODE.text();
    }
    if (LineShapes.separatorOf(line) != null) {
      return Reason.CRAWL_STAMP.text();
    }
    if (LineShapes.isShortCall(line)) {
      return "call of a rating widget";
    }
    return LineShapes.isTicker(line)
        ? Reason.TICKER.text()
        : "label, repeated title or related headline among the page's top or end furniture";
  }

  /**
   * A title cut down to its letters and digits in lower case, words single-spaced, so that two
   * copies of it compare equal whatever their casing and punctuation.
   */
  static String titleKey(String title) {
    return LineShapes.normalise(title);
  }

  /** The reason a line is furniture by its own shape in a header or footer zone, if any. */
  static @Nullable Reason shapeOf(String line) {
    if (LineShapes.isMenu(line)) {
      return Reason.MENU;
    }
    if (SocialButtons.isGlued(line.toLowerCase(Locale.ROOT))) {
      return Reason.SOCIAL;
    }
    if (LineShapes.isFontSize(line) || LineShapes.isCounter(line) || LineShapes.isRating(line)) {
      return Reason.WIDGET;
    }
    return null;
  }

  /**
   * A line of prose: one {@link LineShapes#isProse} accepts, or a line of a hard-wrapped paragraph,
   * long and followed directly by another long line.
   */
  private static boolean isProse(List<String> lines, boolean[] joined, int i) {
    String line = lines.get(i);
    if (LineShapes.isProse(line)) {
      return true;
    }
    if (i + 1 >= lines.size() || !joined[i] || line.strip().length() < 50) {
      return false;
    }
    // a ticker stands alone, above a short title; a wrapped line is followed by another long one
    String next = lines.get(i + 1).strip();
    return next.length() >= 50
        && LineShapes.words(line) >= 8
        && !LineShapes.isTicker(next)
        && !LineShapes.isMenu(line)
        && !LineShapes.isMenu(next);
  }
}
