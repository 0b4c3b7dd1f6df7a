package org.textmend.fixers.structure.header;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One line of a page header, read: its kind, its title and where the title stands in the line, its
 * crumbs, and its date, time and source. The structure fixers decide from it what to remove; {@code
 * org.textmend.fixers.structure.PageHeader} is its public face. Immutable and thread-safe.
 *
 * <p>A line is a header when it is a crumb trail ({@link CrumbTrail}), when it holds only a date or
 * a time, perhaps with a source ({@link HeaderMetadata}), when it is a row of language links
 * ({@link LanguageNames}), or when a crawl stamp stands glued before a title.
 */
public final class HeaderLine {

  /**
   * What kind of header line this is. {@code PageHeader.Kind} names the same kinds for library
   * users; this engine keeps its own so that it does not depend on the package that uses it.
   */
  public enum Kind {
    /** Navigation crumbs, usually ending with the page title, possibly after a date. */
    NAVIGATION,
    /** Only a date or a time, perhaps with a source. */
    METADATA,
    /** A row of language links, possibly glued to the page title. */
    LANGUAGE_LINKS
  }

  /** The longest line considered: a header is short. */
  public static final int MAX_LINE = 400;

  private final Kind kind;
  private final @Nullable String title;
  private final int titleStart;
  private final int titleEnd;
  private final boolean titleLooksLikeNavigation;
  private final boolean anchored;
  private final List<String> crumbs;
  private final @Nullable String date;
  private final @Nullable String time;
  private final @Nullable String source;

  HeaderLine(
      Kind kind,
      @Nullable String title,
      int titleStart,
      int titleEnd,
      boolean titleLooksLikeNavigation,
      boolean anchored,
      List<String> crumbs,
      HeaderMetadata.Scan metadata) {
    this(
        kind,
        title,
        titleStart,
        titleEnd,
        titleLooksLikeNavigation,
        anchored,
        crumbs,
        metadata.date(),
        metadata.time(),
        metadata.source());
  }

  private HeaderLine(
      Kind kind,
      @Nullable String title,
      int titleStart,
      int titleEnd,
      boolean titleLooksLikeNavigation,
      boolean anchored,
      List<String> crumbs,
      @Nullable String date,
      @Nullable String time,
      @Nullable String source) {
    this.kind = kind;
    this.title = title;
    this.titleStart = titleStart;
    this.titleEnd = titleEnd;
    this.titleLooksLikeNavigation = titleLooksLikeNavigation;
    this.anchored = anchored;
    this.crumbs = List.copyOf(crumbs);
    this.date = date;
    this.time = time;
    this.source = source;
  }

  /**
   * Reads a header line. A title that is itself a header line ("Ferry strike endsHome | News |
   * Council tax to rise", two headers glued together) is read again, so that the title that is kept
   * never reads as a header: the fixer is idempotent.
   */
  public static @Nullable HeaderLine parse(String line) {
    HeaderLine header = parseOnce(line);
    if (header == null || header.title == null) {
      return header;
    }
    HeaderLine inner = parse(header.title);
    return inner == null ? header : header.around(inner);
  }

  /** This header with {@code inner}, the reading of its title, in place of its title. */
  private HeaderLine around(HeaderLine inner) {
    List<String> allCrumbs = new ArrayList<>(crumbs);
    allCrumbs.addAll(inner.crumbs);
    String innerTitle = inner.title;
    return new HeaderLine(
        kind,
        innerTitle,
        innerTitle == null ? -1 : titleStart + inner.titleStart,
        innerTitle == null ? -1 : titleStart + inner.titleEnd,
        inner.titleLooksLikeNavigation,
        anchored || inner.anchored,
        allCrumbs,
        date != null ? date : inner.date,
        time != null ? time : inner.time,
        source != null ? source : inner.source);
  }

  private static @Nullable HeaderLine parseOnce(String line) {
    int length = Span.trimmedEnd(line, line.length());
    if (length == 0 || length > MAX_LINE) {
      return null;
    }
    HeaderMetadata.Scan metadata = HeaderMetadata.scan(line, 0);
    int at = metadata.end();
    if (metadata.strong() && at >= length) {
      // a bare date ("Sunday 14 March") may belong to the article below a title; a stamp
      // with "Published", a time or a source does not
      boolean stamp = metadata.unmistakable();
      return new HeaderLine(Kind.METADATA, null, -1, -1, false, stamp, List.of(), metadata);
    }
    HeaderLine crumbs = CrumbTrail.read(line, at, length, metadata);
    if (crumbs != null) {
      return crumbs;
    }
    if (metadata.unmistakable()
        && Character.isUpperCase(line.charAt(at))
        && length - at >= 10
        && new Span(at, length).wordCount(line) >= 2) {
      // "date 2019-05-31 Ferry strike ends": a crawl stamp glued before the title. Not anchored:
      // below a title such a line is more likely a wrapped line of text that starts with a date.
      return new HeaderLine(
          Kind.NAVIGATION,
          line.substring(at, length),
          at,
          length,
          false,
          false,
          List.of(),
          metadata);
    }
    return null;
  }

  /** What kind of header line this is. */
  public Kind kind() {
    return kind;
  }

  /** The page title the line carries (the last crumb), or null. */
  public @Nullable String title() {
    return title;
  }

  /** The crumbs before the title, the home page first; the names of language links. */
  public List<String> crumbs() {
    return crumbs;
  }

  /** The date as written in the line, or null. */
  public @Nullable String date() {
    return date;
  }

  /** The time as written in the line, or null. */
  public @Nullable String time() {
    return time;
  }

  /** The source named after "Source:", or null. */
  public @Nullable String source() {
    return source;
  }

  /** Where the title starts in the parsed line, or -1 without a title. */
  public int titleStart() {
    return titleStart;
  }

  /** Where the title ends in the parsed line, or -1 without a title. */
  public int titleEnd() {
    return titleEnd;
  }

  /**
   * Whether the "title" is as short as a section name ("Politics"): then a following title line is
   * the real title.
   */
  public boolean titleLooksLikeNavigation() {
    return titleLooksLikeNavigation;
  }

  /**
   * Whether the header is anchored: it starts at a home page, after "You are here:", or after a
   * date. Only an anchored header is removed below a title line, where running text could otherwise
   * be taken for crumbs.
   */
  public boolean anchored() {
    return anchored;
  }
}
