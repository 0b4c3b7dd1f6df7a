package org.textmend.fixers.structure.header;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.textmend.lexicon.Characters;

/**
 * A token of header metadata: a date written in numbers, a time, a month or weekday name, a number,
 * an introducing word ("Published:"), a link word ("on"), a time zone, a separator, "Source:", or
 * anything else. Month and weekday names come from the JDK's locale data for a few languages.
 */
record MetadataToken(MetadataToken.Kind kind, int start, int end) {

  /** What a token is. */
  enum Kind {
    NUMERIC_DATE,
    TIME,
    MONTH,
    WEEKDAY,
    NUMBER,
    KEYWORD,
    LINK_WORD,
    ZONE,
    SEPARATOR,
    SOURCE,
    OTHER
  }

  /** Words that introduce a date in crawl headers and page bylines, lower case. */
  private static final Set<String> KEYWORDS =
      Set.of(
          "date",
          "dated",
          "time",
          "published",
          "updated",
          "posted",
          "modified",
          "created",
          "crawled",
          "veröffentlicht",
          "aktualisiert",
          "stand",
          "publié",
          "mis à jour",
          "publicado",
          "actualizado",
          "atualizado",
          "pubblicato",
          "aggiornato",
          "opublikowano",
          "publicerad",
          "gepubliceerd",
          "julkaistu",
          "опубликовано",
          "обновлено");

  /** Short words that may stand between a keyword and a date ("Posted on 31 May"). */
  static final Set<String> LINK_WORDS =
      Set.of("on", "at", "am", "um", "le", "el", "em", "il", "de", "del", "à", "a", "the", "last");

  private static final Set<String> ZONES =
      Set.of(
          "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst",
          "pdt", "msk", "ist", "et", "pt", "ast", "am", "pm", "uhr", "h");

  /** Words that introduce the source of a page, lower case, without the colon. */
  private static final Set<String> SOURCE_WORDS =
      Set.of("source", "sources", "quelle", "fuente", "fonte", "источник", "kaynak", "bron");

  String text(String line) {
    return line.substring(start, end);
  }

  /** The token of {@code line} at {@code at} (not a space). */
  static MetadataToken read(String line, int at) {
    char c = line.charAt(at);
    if (isDigit(c)) {
      return numeric(line, at);
    }
    if ((c == '+' || c == '-') && digitsEnd(line, at + 1) == at + 5 && boundary(line, at + 5)) {
      return new MetadataToken(Kind.ZONE, at, at + 5); // "-0800" after a time
    }
    if (c == '|' || Characters.isDash(c) || c == '·' || c == '•' || c == ',') {
      return new MetadataToken(Kind.SEPARATOR, at, at + 1);
    }
    if (c == '/' && (at + 1 >= line.length() || !isDigit(line.charAt(at + 1)))) {
      return new MetadataToken(Kind.SEPARATOR, at, at + 1);
    }
    if (Character.isLetter(c)) {
      return word(line, at);
    }
    return new MetadataToken(Kind.OTHER, at, at + 1);
  }

  private static MetadataToken word(String line, int at) {
    int end = at;
    while (end < line.length() && Character.isLetter(line.charAt(end))) {
      end++;
    }
    String lower = line.substring(at, end).toLowerCase(Locale.ROOT);
    // "a.m." and "p.m."
    if ((lower.equals("a") || lower.equals("p")) && line.startsWith(".m.", end)) {
      return new MetadataToken(Kind.ZONE, at, end + 3);
    }
    int after = end;
    boolean colon = false;
    if (after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '.')) {
      colon = line.charAt(after) == ':';
      after++;
    }
    if (SOURCE_WORDS.contains(lower)) {
      int p = Span.skipSpaces(line, end);
      if (p < line.length() && (line.charAt(p) == ':' || line.charAt(p) == '-')) {
        return new MetadataToken(Kind.SOURCE, at, p + 1);
      }
      return new MetadataToken(Kind.OTHER, at, end);
    }
    if (lower.equals("mis") && line.regionMatches(true, end, " à jour", 0, 7)) {
      end += 7;
      after = end < line.length() && line.charAt(end) == ':' ? end + 1 : end;
      return new MetadataToken(Kind.KEYWORD, at, after);
    }
    if (KEYWORDS.contains(lower)) {
      return new MetadataToken(Kind.KEYWORD, at, after);
    }
    if (ZONES.contains(lower) && !colon) {
      return new MetadataToken(Kind.ZONE, at, end);
    }
    if (LINK_WORDS.contains(lower) && !colon) {
      return new MetadataToken(Kind.LINK_WORD, at, end);
    }
    Names names = Names.INSTANCE;
    int withDot = end < line.length() && line.charAt(end) == '.' ? end + 1 : end;
    if (names.months.contains(lower)) {
      return new MetadataToken(Kind.MONTH, at, withDot);
    }
    if (names.weekdays.contains(lower)) {
      return new MetadataToken(Kind.WEEKDAY, at, withDot);
    }
    return new MetadataToken(Kind.OTHER, at, end);
  }

  /** A date ({@code 2019-05-31}, {@code 31.05.2019}), a time ({@code 09:30}) or a number. */
  private static MetadataToken numeric(String line, int at) {
    int first = digitsEnd(line, at);
    int firstLength = first - at;
    int length = line.length();
    if (first < length
        && (line.charAt(first) == ':' || line.charAt(first) == 'h')
        && firstLength <= 2) {
      int end = timeEnd(line, at);
      if (end > 0 && boundary(line, end)) {
        return new MetadataToken(Kind.TIME, at, end);
      }
      return new MetadataToken(Kind.OTHER, at, first);
    }
    if (first < length && isDateSeparator(line.charAt(first)) && firstLength <= 4) {
      return numericDate(line, at, first);
    }
    int end = first;
    if (firstLength <= 2 && end < length) {
      if (line.charAt(end) == '.') {
        end++;
      } else if (end + 1 < length) {
        String suffix = line.substring(end, end + 2).toLowerCase(Locale.ROOT);
        if (suffix.equals("st")
            || suffix.equals("nd")
            || suffix.equals("rd")
            || suffix.equals("th")) {
          end += 2;
        }
      }
    }
    boolean day = firstLength <= 2;
    boolean year = firstLength == 4 && (line.startsWith("19", at) || line.startsWith("20", at));
    if ((day || year) && boundary(line, end)) {
      return new MetadataToken(Kind.NUMBER, at, end);
    }
    return new MetadataToken(Kind.OTHER, at, first);
  }

  /**
   * A date written in numbers ({@code 2019-05-31}, {@code 31.05.2019}, {@code 2019-05-31T14:20Z})
   * whose first group of digits ends at {@code first}, before a date separator.
   */
  private static MetadataToken numericDate(String line, int at, int first) {
    int firstLength = first - at;
    int length = line.length();
    char separator = line.charAt(first);
    int second = digitsEnd(line, first + 1);
    int secondLength = second - first - 1;
    if (secondLength >= 1 && secondLength <= 2) {
      int end = second;
      int thirdLength = 0;
      if (end < length && line.charAt(end) == separator) {
        int third = digitsEnd(line, end + 1);
        thirdLength = third - end - 1;
        if (thirdLength >= 1 && thirdLength <= 4) {
          end = third;
        } else {
          thirdLength = 0;
        }
      }
      boolean yearFirst = firstLength == 4 && (thirdLength == 0 || thirdLength <= 2);
      boolean yearLast = firstLength <= 2 && (thirdLength == 2 || thirdLength == 4);
      if (yearFirst || yearLast) {
        if (end < length && line.charAt(end) == 'T') {
          int time = timeEnd(line, end + 1);
          if (time > 0) {
            end = zoneEnd(line, time); // ISO 8601: 2019-05-31T14:20:00Z
          }
        }
        if (boundary(line, end)) {
          return new MetadataToken(Kind.NUMERIC_DATE, at, end);
        }
      }
    }
    return new MetadataToken(Kind.OTHER, at, first);
  }

  /** The end of a time "9:30" or "09:30:15" at {@code at}, or -1. */
  private static int timeEnd(String line, int at) {
    int hours = digitsEnd(line, at);
    if (hours == at || hours - at > 2 || hours >= line.length()) {
      return -1;
    }
    char mark = line.charAt(hours);
    if (mark != ':' && !(mark == 'h' && digitsEnd(line, hours + 1) == hours + 3)) {
      return -1; // "09:30", or "10h15" as the French write it
    }
    int minutes = digitsEnd(line, hours + 1);
    if (minutes - hours - 1 != 2) {
      return -1;
    }
    int end = minutes;
    if (end < line.length() && line.charAt(end) == ':' && digitsEnd(line, end + 1) == end + 3) {
      end += 3;
    }
    return end;
  }

  private static int zoneEnd(String line, int at) {
    if (at < line.length() && line.charAt(at) == 'Z') {
      return at + 1;
    }
    if (at < line.length() && (line.charAt(at) == '+' || line.charAt(at) == '-')) {
      int end = digitsEnd(line, at + 1);
      if (end < line.length() && line.charAt(end) == ':') {
        end = digitsEnd(line, end + 1);
      }
      return end;
    }
    return at;
  }

  private static boolean boundary(String line, int at) {
    return at >= line.length() || !Character.isLetterOrDigit(line.charAt(at));
  }

  private static boolean isDateSeparator(char c) {
    return c == '-' || c == '/' || c == '.';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String line, int at) {
    int p = at;
    while (p < line.length() && isDigit(line.charAt(p))) {
      p++;
    }
    return p;
  }

  /**
   * Month and weekday names in a few languages, from the JDK's locale data; loaded on first use.
   */
  private static final class Names {
    static final Names INSTANCE = new Names();

    final Set<String> months = new HashSet<>();
    final Set<String> weekdays = new HashSet<>();

    private Names() {
      for (String tag : new String[] {"en", "de", "fr", "es", "pt", "it", "nl"}) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.forLanguageTag(tag));
        boolean english = tag.equals("en");
        addAll(months, symbols.getMonths(), true);
        addAll(months, symbols.getShortMonths(), english);
        addAll(weekdays, symbols.getWeekdays(), true);
        addAll(weekdays, symbols.getShortWeekdays(), english);
      }
      weekdays.remove("sun"); // "Sun" is more often the newspaper than Sunday
    }

    private static void addAll(Set<String> target, String[] names, boolean all) {
      for (String name : names) {
        String lower = name.toLowerCase(Locale.ROOT);
        while (lower.endsWith(".")) {
          lower = lower.substring(0, lower.length() - 1);
        }
        if (lower.length() >= (all ? 3 : 4)) {
          target.add(lower);
        }
      }
    }
  }
}
