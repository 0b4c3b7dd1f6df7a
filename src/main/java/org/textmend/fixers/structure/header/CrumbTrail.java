package org.textmend.fixers.structure.header;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.header.HeaderLine.Kind;

/**
 * Reads a header line as a crumb trail: crumbs separated by {@code ›}, {@code »}, {@code >}, {@code
 * /}, {@code |} or {@code ·} that start at a home page ("Home", "Startseite", "Accueil",
 * "Главная"…) or after "You are here:", or that are short section names before a headline. The last
 * crumb is the page title. Immutable and thread-safe.
 */
final class CrumbTrail {

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

  private CrumbTrail() {}

  /**
   * Reads {@code line} from {@code from} (after any metadata) as a crumb trail, or as a row of
   * language links; null when it is neither.
   */
  static @Nullable HeaderLine read(
      String line, int from, int length, HeaderMetadata.Scan metadata) {
    int at = Span.skipSpaces(line, from);
    int afterIntroduction = introductionEnd(line, at, length);
    boolean introduced = afterIntroduction >= 0;
    if (introduced) {
      at = afterIntroduction;
    }
    char separator = separator(line, at, length);
    if (separator == 0) {
      return null;
    }
    List<Span> segments = split(line, at, length, separator);
    if (segments.size() < 2 || segments.get(0).start() == segments.get(0).end()) {
      return null;
    }
    boolean root = isRoot(line, segments.get(0));
    int index = root ? 1 : 0;
    while (index < segments.size() - 1
        && (segments.get(index).isEmpty() || isNavigation(line, segments.get(index)))) {
      index++;
    }
    if (!root
        && !introduced
        && isLanguageSeparator(separator)
        && segments.get(0).end() - segments.get(0).start() <= 20) {
      // language links look like a rootless trail; the names are loaded only for such lines
      HeaderLine languages = LanguageNames.links(line, segments, metadata);
      if (languages != null) {
        return languages;
      }
    }
    if (!accepted(line, segments, separator, root, introduced, index, metadata)) {
      return null;
    }
    boolean anchored = root || introduced || metadata.strong();
    return trail(line, segments, index, anchored, length, metadata);
  }

  /**
   * Where the crumbs start after "You are here:" or "Breadcrumbs:" at {@code at}, or -1 when no
   * such phrase stands there. "You are here" needs no colon; the other phrases do.
   */
  private static int introductionEnd(String line, int at, int length) {
    for (String introduction : TRAIL_INTRODUCTIONS) {
      if (line.regionMatches(true, at, introduction, 0, introduction.length())) {
        int p = Span.skipSpaces(line, at + introduction.length());
        if (p < length && line.charAt(p) == ':') {
          return Span.skipSpaces(line, p + 1);
        } else if (introduction.startsWith("you")) {
          return p;
        }
        return -1;
      }
    }
    return -1;
  }

  /** The first crumb separator within 60 characters after {@code at}, or 0 when there is none. */
  private static char separator(String line, int at, int length) {
    for (int i = at + 1; i < Math.min(length, at + 60); i++) {
      if (isSeparator(line, i, line.charAt(i), length)) {
        return line.charAt(i);
      }
    }
    return 0;
  }

  /** The crumbs of {@code line[at, length)} between separators, each without outer spaces. */
  private static List<Span> split(String line, int at, int length, char separator) {
    List<Span> segments = new ArrayList<>();
    int segmentStart = at;
    for (int i = at; i < length; i++) {
      if (line.charAt(i) == separator && isSeparator(line, i, separator, length)) {
        segments.add(Span.trimmed(line, segmentStart, i));
        segmentStart = i + 1;
      }
    }
    segments.add(Span.trimmed(line, segmentStart, length));
    return segments;
  }

  /** The trail whose title is segment {@code index}, the crumbs before it. */
  private static HeaderLine trail(
      String line,
      List<Span> segments,
      int index,
      boolean anchored,
      int length,
      HeaderMetadata.Scan metadata) {
    List<String> crumbs = new ArrayList<>(index);
    for (int i = 0; i < index; i++) {
      if (!segments.get(i).isEmpty()) {
        crumbs.add(segments.get(i).text(line));
      }
    }
    Span last = segments.get(index);
    int titleStart = last.start();
    if (titleStart >= length) {
      return new HeaderLine(Kind.NAVIGATION, null, -1, -1, false, anchored, crumbs, metadata);
    }
    return new HeaderLine(
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
      if (span.wordCount(line) > 3 || span.hasDigit(line)) {
        return false;
      }
    }
    if (unmistakable) {
      return index >= 1;
    }
    return index >= 2 && segments.get(count - 1).wordCount(line) >= 4;
  }

  private static boolean endsWithPeriod(String line, Span span) {
    return span.end() > span.start()
        && line.charAt(span.end() - 1) == '.'
        && !line.startsWith("...", span.end() - 3);
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
        && ROOTS.contains(span.text(line).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
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
    return isNavigation(line, span) && span.wordCount(line) <= 3;
  }

  /** Whether {@code line[start, end)} can be a page title: short, starting like a headline. */
  static boolean isTitle(String line, int start, int end) {
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
}
