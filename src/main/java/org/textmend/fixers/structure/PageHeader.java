package org.textmend.fixers.structure;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.header.HeaderLine;

/**
 * What a header line of a scraped page holds: navigation crumbs, the page title, and crawl or
 * publication metadata (date, time, source). The {@code breadcrumbs} fixer removes such lines and
 * keeps the title; this class lets a caller obtain what was removed, for example to put the title
 * and the date into fields of a record.
 *
 * <pre>{@code
 * PageHeader.parse(" date 2019-05-31 Home › World › Ferry strike ends")
 * // kind NAVIGATION, title "Ferry strike ends", date "2019-05-31", crumbs [Home, World]
 * PageHeader.parse(" date 2022-08-14 2022/08/14 | 09:30 - Source: Harbour Trade Weekly")
 * // kind METADATA, no title, date "2022-08-14", time "09:30", source "Harbour Trade Weekly"
 * PageHeader.find(document)   // the same, merged over the header lines at the top of a document
 * }</pre>
 *
 * <p>A line is a header when it is made of crumbs separated by {@code ›}, {@code »}, {@code >},
 * {@code /}, {@code |} or {@code ·} that start at a home page ("Home", "Startseite", "Accueil",
 * "Inicio", "Главная"…) or after "You are here:", or that are short navigation-like names; when it
 * holds only a date or a time, perhaps with a source; or when it is a row of language links,
 * possibly glued to the title ("Français | DeutschFerry strike ends"). The reading itself is done
 * by the package {@code header}; this class is its public face. Immutable and thread-safe.
 */
public final class PageHeader {

  /** What kind of header line this is. */
  public enum Kind {
    /** Navigation crumbs, usually ending with the page title, possibly after a date. */
    NAVIGATION,
    /** Only a date or a time, perhaps with a source: nothing of it is kept. */
    METADATA,
    /** A row of language links, possibly glued to the page title. */
    LANGUAGE_LINKS
  }

  private final Kind kind;
  private final @Nullable String title;
  private final List<String> crumbs;
  private final @Nullable String date;
  private final @Nullable String time;
  private final @Nullable String source;

  private PageHeader(
      Kind kind,
      @Nullable String title,
      List<String> crumbs,
      @Nullable String date,
      @Nullable String time,
      @Nullable String source) {
    this.kind = kind;
    this.title = title;
    this.crumbs = List.copyOf(crumbs);
    this.date = date;
    this.time = time;
    this.source = source;
  }

  private PageHeader(HeaderLine line) {
    this(kindOf(line.kind()), line.title(), line.crumbs(), line.date(), line.time(), line.source());
  }

  /**
   * Reads one line as a page header. Returns empty when the line is not one (most lines), so that
   * running text that mentions "Home" or uses "›", "|" or "/" is never taken for navigation.
   */
  public static Optional<PageHeader> parse(String line) {
    Objects.requireNonNull(line, "line");
    HeaderLine header = HeaderLine.parse(line);
    return header == null ? Optional.empty() : Optional.of(new PageHeader(header));
  }

  /**
   * The header information at the top of {@code document}, merged over all its header lines (the
   * title of the crumbs line, the date of a metadata line…): exactly what the {@code breadcrumbs}
   * fixer removes or keeps as the title. Empty when the document starts without a header.
   */
  public static Optional<PageHeader> find(String document) {
    Objects.requireNonNull(document, "document");
    List<HeaderLine> headers = HeaderZone.analyse(document).headers();
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    HeaderLine first = headers.get(0);
    String title = null;
    String date = null;
    String time = null;
    String source = null;
    List<String> crumbs = List.of();
    for (HeaderLine header : headers) {
      title = title != null ? title : header.title();
      date = date != null ? date : header.date();
      time = time != null ? time : header.time();
      source = source != null ? source : header.source();
      crumbs = crumbs.isEmpty() ? header.crumbs() : crumbs;
    }
    return Optional.of(new PageHeader(kindOf(first.kind()), title, crumbs, date, time, source));
  }

  /**
   * The public name of a kind the header engine found. The engine has its own enum so that it does
   * not depend on this package; the switch has no default, so a kind added there fails to compile
   * here until it is named.
   */
  private static Kind kindOf(HeaderLine.Kind kind) {
    return switch (kind) {
      case NAVIGATION -> Kind.NAVIGATION;
      case METADATA -> Kind.METADATA;
      case LANGUAGE_LINKS -> Kind.LANGUAGE_LINKS;
    };
  }

  /** What kind of header this is. */
  public Kind kind() {
    return kind;
  }

  /** The page title the header carries (the last crumb), if any. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** The crumbs before the title, the home page first; empty for a metadata line. */
  public List<String> crumbs() {
    return crumbs;
  }

  /** The date as written in the header ("2019-05-31", "31 May 2019"), if any. */
  public Optional<String> date() {
    return Optional.ofNullable(date);
  }

  /** The time as written in the header ("09:30"), if any. */
  public Optional<String> time() {
    return Optional.ofNullable(time);
  }

  /** The source named after "Source:", if any. */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  @Override
  public String toString() {
    return "PageHeader[kind="
        + kind
        + ", title="
        + title
        + ", crumbs="
        + crumbs
        + ", date="
        + date
        + ", time="
        + time
        + ", source="
        + source
        + "]";
  }
}
