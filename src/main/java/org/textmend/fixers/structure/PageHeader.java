package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

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
 * possibly glued to the title ("Français | DeutschFerry strike ends"). Immutable and thread-safe.
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

  /** The longest line considered: a header is short. */
  static final int MAX_LINE = 400;

  private static final int MAX_TITLE = 250;

  /** Names of a site's home page, the first crumb, in a few languages (compared in lower case). */
  private static final Set<String> ROOTS =
      Set.of(
          "home",
          "homepage",
          "home page",
          "start",
          "startseite",
          "accueil",
          "inicio",
          "início",
          "portada",
          "página inicial",
          "página principal",
          "inizio",
          "pagina iniziale",
          "startpagina",
          "hem",
          "hjem",
          "forside",
          "etusivu",
          "strona główna",
          "úvod",
          "domů",
          "főoldal",
          "kezdőlap",
          "acasă",
          "anasayfa",
          "ana sayfa",
          "beranda",
          "trang chủ",
          "главная",
          "главная страница",
          "головна",
          "начало",
          "αρχική",
          "الرئيسية",
          "الصفحة الرئيسية",
          "דף הבית",
          "首页",
          "首頁",
          "ホーム",
          "홈",
          "หน้าแรก");

  /** Phrases that announce a breadcrumb trail (compared in lower case, without the colon). */
  private static final List<String> TRAIL_INTRODUCTIONS =
      List.of(
          "you are here",
          "you're here",
          "sie sind hier",
          "vous êtes ici",
          "estás aquí",
          "está aquí",
          "você está aqui",
          "sei qui",
          "u bent hier",
          "du är här",
          "jesteś tutaj",
          "вы здесь",
          "breadcrumbs",
          "breadcrumb");

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

  private PageHeader(
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

  private PageHeader(
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
   * Reads one line as a page header. Returns empty when the line is not one (most lines), so that
   * running text that mentions "Home" or uses "›", "|" or "/" is never taken for navigation.
   */
  public static Optional<PageHeader> parse(String line) {
    Objects.requireNonNull(line, "line");
    return Optional.ofNullable(parseLine(line));
  }

  /**
   * The header information at the top of {@code document}, merged over all its header lines (the
   * title of the crumbs line, the date of a metadata line…): exactly what the {@code breadcrumbs}
   * fixer removes or keeps as the title. Empty when the document starts without a header.
   */
  public static Optional<PageHeader> find(String document) {
    Objects.requireNonNull(document, "document");
    List<PageHeader> headers = HeaderZone.analyse(document).headers();
    if (headers.isEmpty()) {
      return Optional.empty();
    }
    PageHeader first = headers.get(0);
    String title = null;
    String date = null;
    String time = null;
    String source = null;
    List<String> crumbs = List.of();
    for (PageHeader header : headers) {
      title = title != null ? title : header.title;
      date = date != null ? date : header.date;
      time = time != null ? time : header.time;
      source = source != null ? source : header.source;
      crumbs = crumbs.isEmpty() ? header.crumbs : crumbs;
    }
    return Optional.of(
        new PageHeader(
            first.kind, title, -1, -1, false, first.anchored, crumbs, date, time, source));
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

  /** Where the title starts in the parsed line, or -1 without a title. */
  int titleStart() {
    return titleStart;
  }

  /** Where the title ends in the parsed line, or -1 without a title. */
  int titleEnd() {
    return titleEnd;
  }

  /**
   * Whether the "title" is as short as a section name ("Politics"): then a following title line is
   * the real title.
   */
  boolean titleLooksLikeNavigation() {
    return titleLooksLikeNavigation;
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

  // ---------------------------------------------------------------------------------------------
  // Parsing

  private record Span(int start, int end) {}

  /**
   * Reads a header line. A title that is itself a header line ("Ferry strike endsHome | News |
   * Council tax to rise", two headers glued together) is read again, so that the title that is kept
   * never reads as a header: the fixer is idempotent.
   */
  static @Nullable PageHeader parseLine(String line) {
    PageHeader header = parseOnce(line);
    if (header == null || header.title == null) {
      return header;
    }
    PageHeader inner = parseLine(header.title);
    return inner == null ? header : header.around(inner);
  }

  /** This header with {@code inner}, the reading of its title, in place of its title. */
  private PageHeader around(PageHeader inner) {
    List<String> allCrumbs = new ArrayList<>(crumbs);
    allCrumbs.addAll(inner.crumbs);
    String innerTitle = inner.title;
    return new PageHeader(
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

  private static @Nullable PageHeader parseOnce(String line) {
    int length = trimmedEnd(line, line.length());
    if (length == 0 || length > MAX_LINE) {
      return null;
    }
    HeaderMetadata.Scan metadata = HeaderMetadata.scan(line, 0);
    int at = metadata.end();
    if (metadata.strong() && at >= length) {
      // a bare date ("Sunday 14 March") may belong to the article below a title; a stamp
      // with "Published", a time or a source does not
      boolean stamp = metadata.unmistakable();
      return new PageHeader(Kind.METADATA, null, -1, -1, false, stamp, List.of(), metadata);
    }
    PageHeader crumbs = crumbs(line, at, length, metadata);
    if (crumbs != null) {
      return crumbs;
    }
    if (metadata.unmistakable()
        && Character.isUpperCase(line.charAt(at))
        && length - at >= 10
        && wordCount(line, new Span(at, length)) >= 2) {
      // "date 2019-05-31 Ferry strike ends": a crawl stamp glued before the title. Not anchored:
      // below a title such a line is more likely a wrapped line of text that starts with a date.
      return new PageHeader(
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

  private static @Nullable PageHeader crumbs(
      String line, int from, int length, HeaderMetadata.Scan metadata) {
    int at = skipSpaces(line, from);
    boolean introduced = false;
    for (String introduction : TRAIL_INTRODUCTIONS) {
      if (line.regionMatches(true, at, introduction, 0, introduction.length())) {
        int p = skipSpaces(line, at + introduction.length());
        if (p < length && line.charAt(p) == ':') {
          at = skipSpaces(line, p + 1);
          introduced = true;
        } else if (introduction.startsWith("you")) {
          at = p;
          introduced = true;
        }
        break;
      }
    }
    char separator = 0;
    for (int i = at + 1; i < Math.min(length, at + 60); i++) {
      if (isSeparator(line, i, line.charAt(i), length)) {
        separator = line.charAt(i);
        break;
      }
    }
    if (separator == 0) {
      return null;
    }
    List<Span> segments = new ArrayList<>();
    int segmentStart = at;
    for (int i = at; i < length; i++) {
      if (line.charAt(i) == separator && isSeparator(line, i, separator, length)) {
        segments.add(trim(line, segmentStart, i));
        segmentStart = i + 1;
      }
    }
    segments.add(trim(line, segmentStart, length));
    if (segments.size() < 2 || segments.get(0).start() == segments.get(0).end()) {
      return null;
    }
    boolean root = isRoot(line, segments.get(0));
    int index = root ? 1 : 0;
    while (index < segments.size() - 1
        && (isEmpty(segments.get(index)) || isNavigation(line, segments.get(index)))) {
      index++;
    }
    if (!root
        && !introduced
        && isLanguageSeparator(separator)
        && segments.get(0).end() - segments.get(0).start() <= 20) {
      // language links look like a rootless trail; the names are loaded only for such lines
      PageHeader languages = languageLinks(line, segments, metadata);
      if (languages != null) {
        return languages;
      }
    }
    if (!accepted(line, segments, separator, root, introduced, index, metadata)) {
      return null;
    }
    List<String> crumbs = new ArrayList<>(index);
    for (int i = 0; i < index; i++) {
      if (!isEmpty(segments.get(i))) {
        crumbs.add(text(line, segments.get(i)));
      }
    }
    Span last = segments.get(index);
    int titleStart = last.start();
    boolean anchored = root || introduced || metadata.strong();
    if (titleStart >= length) {
      return new PageHeader(Kind.NAVIGATION, null, -1, -1, false, anchored, crumbs, metadata);
    }
    return new PageHeader(
        Kind.NAVIGATION,
        line.substring(titleStart, length),
        titleStart,
        length,
        index == segments.size() - 1 && isSectionName(line, last),
        anchored,
        crumbs,
        metadata);
  }

  /**
   * Whether the segments make a crumb trail. With a home page first ("Home", "Startseite") or after
   * "You are here:", or after a date: yes, when there are crumbs between the home page and the
   * title or the separator is one prose does not use ("Home | Budget talks" could be a headline;
   * "Home › Budget talks" is not). Without: only short section names before a headline ("News ›
   * Budget talks resume", "News | World | Budget talks resume in the capital"), never a row of
   * short names alone ("Sales &gt; Costs &gt; Profit").
   */
  private static boolean accepted(
      String line,
      List<Span> segments,
      char separator,
      boolean root,
      boolean introduced,
      int index,
      HeaderMetadata.Scan metadata) {
    int count = segments.size();
    boolean unmistakable = isUnmistakableSeparator(separator);
    if (root || introduced || metadata.strong()) {
      return count >= 3 || unmistakable || introduced || metadata.unmistakable();
    }
    if (index < count - 1) {
      return false; // a long segment among the crumbs: not a trail
    }
    if (endsWithPeriod(line, segments.get(count - 1))) {
      return false; // a sentence, not a headline: "Go to Home › Settings to change it."
    }
    for (int i = 0; i < index; i++) {
      Span span = segments.get(i);
      if (wordCount(line, span) > 3 || hasDigit(line, span)) {
        return false;
      }
    }
    if (unmistakable) {
      return index >= 1;
    }
    return index >= 2 && wordCount(line, segments.get(count - 1)) >= 4;
  }

  private static boolean endsWithPeriod(String line, Span span) {
    return span.end() > span.start()
        && line.charAt(span.end() - 1) == '.'
        && !line.startsWith("...", span.end() - 3);
  }

  /**
   * Whether the header is anchored: it starts at a home page, after "You are here:", or after a
   * date. Only an anchored header is removed below a title line, where running text could otherwise
   * be taken for crumbs.
   */
  boolean anchored() {
    return anchored;
  }

  private static int wordCount(String line, Span span) {
    int words = span.end() > span.start() ? 1 : 0;
    for (int i = span.start() + 1; i < span.end(); i++) {
      if (Character.isWhitespace(line.charAt(i)) && !Character.isWhitespace(line.charAt(i - 1))) {
        words++;
      }
    }
    return words;
  }

  private static boolean hasDigit(String line, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (Character.isDigit(line.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** "English | Français | Deutsch", or "Français | DeutschFerry strike ends". */
  private static @Nullable PageHeader languageLinks(
      String line, List<Span> segments, HeaderMetadata.Scan metadata) {
    int count = segments.size();
    for (int i = 0; i < count - 1; i++) {
      Span span = segments.get(i);
      if (!LanguageNames.isName(line, span.start(), span.end())) {
        return null;
      }
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count - 1; i++) {
      names.add(text(line, segments.get(i)));
    }
    Span last = segments.get(count - 1);
    if (LanguageNames.isName(line, last.start(), last.end())) {
      names.add(text(line, last));
      return new PageHeader(Kind.LANGUAGE_LINKS, null, -1, -1, false, true, names, metadata);
    }
    int titleStart = last.start();
    int prefix = LanguageNames.prefixLength(line, last.start(), last.end());
    if (prefix > 0) {
      char next = line.charAt(last.start() + prefix);
      if (Character.isUpperCase(next) || Character.isDigit(next)) {
        // the last link glued to the title: "DeutschFerry strike ends"
        names.add(line.substring(last.start(), last.start() + prefix));
        titleStart = last.start() + prefix;
      }
    }
    if (!isTitle(line, titleStart, last.end())) {
      return null;
    }
    return new PageHeader(
        Kind.LANGUAGE_LINKS,
        line.substring(titleStart, last.end()),
        titleStart,
        last.end(),
        false,
        true,
        names,
        metadata);
  }

  /**
   * Whether {@code c} at {@code i} separates crumbs: {@code ›}, {@code »} and {@code ▸} anywhere;
   * {@code >}, {@code /}, {@code |}, {@code ·}, {@code •} and {@code →} only with spaces on both
   * sides ("AC/DC", "a>b" and "|x|" are not crumbs).
   */
  private static boolean isSeparator(String line, int i, char c, int length) {
    if (isUnmistakableSeparator(c)) {
      return true;
    }
    if (c != '>' && c != '/' && c != '|' && c != '·' && c != '•' && c != '→') {
      return false;
    }
    return i > 0
        && i + 1 < length
        && Character.isWhitespace(line.charAt(i - 1))
        && Character.isWhitespace(line.charAt(i + 1));
  }

  private static boolean isUnmistakableSeparator(char c) {
    return c == '›' || c == '»' || c == '▸';
  }

  private static boolean isLanguageSeparator(char c) {
    return c == '|' || c == '/' || c == '·' || c == '•';
  }

  private static boolean isRoot(String line, Span span) {
    int length = span.end() - span.start();
    return length >= 2
        && length <= 20
        && ROOTS.contains(text(line, span).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /**
   * Whether a crumb is a short section name: 1 to 5 words, at most 40 characters, starting with a
   * capital (or a letter of a script without case, or a digit), without sentence punctuation.
   */
  static boolean isNavigation(String line, Span span) {
    int start = span.start();
    int end = span.end();
    if (end <= start || end - start > 40) {
      return false;
    }
    char first = line.charAt(start);
    boolean capital =
        Character.isUpperCase(first)
            || Character.isTitleCase(first)
            || Character.isDigit(first)
            || (Character.isLetter(first) && !Character.isLowerCase(first));
    if (!capital) {
      return false;
    }
    int words = 1;
    for (int i = start; i < end; i++) {
      char c = line.charAt(i);
      switch (c) {
        case '!', '?', ';', ':', '"', '“', '”', '„', '«', '»', '(', ')', '[', ']', '{', '}' -> {
          return false;
        }
        case '.', ',' -> {
          // "U.S." is a section name; "Ferry strike ends. Then" is not
          if (i == start || !Character.isUpperCase(line.charAt(i - 1))) {
            return false;
          }
        }
        default -> {
          if (Character.isWhitespace(c)
              && i > start
              && !Character.isWhitespace(line.charAt(i - 1))) {
            words++;
          }
        }
      }
    }
    return words <= 5;
  }

  /** A last crumb that reads like a section ("World", "Middle East") rather than a headline. */
  private static boolean isSectionName(String line, Span span) {
    return isNavigation(line, span) && wordCount(line, span) <= 3;
  }

  /** Whether {@code line[start, end)} can be a page title: short, starting like a headline. */
  private static boolean isTitle(String line, int start, int end) {
    if (end <= start || end - start > MAX_TITLE) {
      return false;
    }
    char first = line.charAt(start);
    return Character.isUpperCase(first)
        || Character.isTitleCase(first)
        || Character.isDigit(first)
        || (Character.isLetter(first) && !Character.isLowerCase(first))
        || "\"“‘'«„¿¡".indexOf(first) >= 0;
  }

  private static boolean isEmpty(Span span) {
    return span.start() == span.end();
  }

  private static Span trim(String line, int start, int end) {
    int s = skipSpaces(line, start);
    int e = Math.max(s, trimmedEnd(line, end));
    return new Span(s, e);
  }

  private static String text(String line, Span span) {
    return line.substring(span.start(), span.end());
  }

  private static int skipSpaces(String line, int at) {
    int p = at;
    while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
      p++;
    }
    return p;
  }

  private static int trimmedEnd(String line, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
