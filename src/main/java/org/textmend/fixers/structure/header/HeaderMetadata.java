package org.textmend.fixers.structure.header;

import java.text.DateFormatSymbols;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Recognises crawl and publication metadata at the start of a header line: dates ({@code
 * 2019-05-31}, {@code 2019/05/31}, {@code 31.05.2019}, {@code 31 May 2019}, {@code Friday, May 31,
 * 2019}), times ({@code 11:15}, {@code 9:30 pm GMT}), the words that introduce them ({@code date},
 * {@code Published}, {@code Updated: }), separators between them, and a closing {@code Source:
 * ...}.
 *
 * <p>Weak tokens (a bare number, a month name, "on") count only next to the tokens that make them a
 * date, so that a title that merely starts with a number or with "May" is not taken for metadata.
 * Month and weekday names come from the JDK's locale data for a few languages. Immutable and
 * thread-safe.
 */
final class HeaderMetadata {

  /** What a scan found: where the metadata ends and what it held. */
  record Scan(
      int end,
      boolean strong,
      boolean unmistakable,
      @Nullable String date,
      @Nullable String time,
      @Nullable String source) {}

  private enum Kind {
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

  private record Token(Kind kind, int start, int end) {}

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
  private static final Set<String> LINK_WORDS =
      Set.of("on", "at", "am", "um", "le", "el", "em", "il", "de", "del", "à", "a", "the", "last");

  private static final Set<String> ZONES =
      Set.of(
          "gmt", "utc", "bst", "cet", "cest", "eet", "eest", "est", "edt", "cst", "cdt", "pst",
          "pdt", "msk", "ist", "et", "pt", "ast", "am", "pm", "uhr", "h");

  /** Words that introduce the source of a page, lower case, without the colon. */
  private static final Set<String> SOURCE_WORDS =
      Set.of("source", "sources", "quelle", "fuente", "fonte", "источник", "kaynak", "bron");

  private HeaderMetadata() {}

  /**
   * Scans metadata tokens of {@code line} from {@code from}. The scan is {@code strong} when it
   * found a date or a time, and {@code unmistakable} when it also had an introducing word ("date",
   * "Published"), or a date together with a time or followed by a separator, so that it is a stamp
   * and not the start of a headline ("10:30 Meeting with the minister"). {@code end} is where the
   * metadata ends, after any spaces; {@code from} when there is none.
   */
  static Scan scan(String line, int from) {
    int at = skipSpaces(line, from);
    int end = from;
    boolean strong = false;
    boolean keyword = false;
    boolean hasTime = false;
    boolean lastSeparator = false;
    // a run of words and numbers that together make a date: "Friday, 31 May 2019"
    boolean dateRun = false;
    boolean runDay = false;
    boolean runYear = false;
    int dateStart = -1;
    int dateEnd = -1;
    Kind previous = null;
    String date = null;
    String time = null;
    String source = null;
    while (at < line.length()) {
      Token token = token(line, at);
      Kind kind = token.kind();
      boolean accept;
      switch (kind) {
        case NUMERIC_DATE -> accept = true;
        case TIME -> accept = true;
        case KEYWORD ->
            accept = line.charAt(token.end() - 1) == ':' || startsDate(line, token.end());
        case LINK_WORD -> accept = startsDate(line, token.end());
        case ZONE ->
            accept =
                previous == Kind.TIME
                    || (LINK_WORDS.contains(text(line, token)) && startsDate(line, token.end()));
        case WEEKDAY -> accept = startsDate(line, token.end());
        case MONTH -> accept = previous == Kind.NUMBER || nextIs(line, token.end(), Kind.NUMBER);
        case NUMBER -> {
          boolean year = token.end() - token.start() == 4;
          accept =
              (dateRun && (year ? !runYear : !runDay)) || nextIs(line, token.end(), Kind.MONTH);
          if (accept) {
            runYear |= year;
            runDay |= !year;
          }
        }
        case SEPARATOR -> accept = true;
        case SOURCE -> {
          String rest = line.substring(token.end()).strip();
          accept = !rest.isEmpty() && rest.length() <= 80;
          if (accept) {
            source = rest;
            token = new Token(Kind.SOURCE, token.start(), line.length());
          }
        }
        default -> accept = false;
      }
      if (!accept) {
        break;
      }
      boolean comma = kind == Kind.SEPARATOR && line.charAt(token.start()) == ',';
      if (kind == Kind.MONTH || kind == Kind.WEEKDAY || kind == Kind.NUMBER) {
        if (dateStart < 0) {
          dateStart = token.start();
        }
        dateEnd = token.end();
        if (kind != Kind.NUMBER) {
          dateRun = true;
        }
      } else if (!comma && !isLinkWord(line, token)) {
        if (dateRun && date == null) {
          date = trimDate(line, dateStart, dateEnd);
        }
        dateRun = false;
        runDay = false;
        runYear = false;
        dateStart = -1;
      }
      switch (kind) {
        case NUMERIC_DATE -> {
          strong = true;
          if (date == null) {
            date = text(line, token);
          }
        }
        case TIME -> {
          strong = true;
          hasTime = true;
          if (time == null) {
            time = text(line, token);
          }
        }
        case MONTH -> strong = true;
        case KEYWORD -> keyword = true;
        default -> {}
      }
      lastSeparator = kind == Kind.SEPARATOR;
      if (kind != Kind.SEPARATOR && !isLinkWord(line, token)) {
        previous = kind;
      }
      at = skipSpaces(line, token.end());
      end = at;
    }
    if (dateRun && date == null) {
      date = trimDate(line, dateStart, dateEnd);
    }
    if (!strong) {
      return new Scan(from, false, false, null, null, null);
    }
    boolean unmistakable = keyword || (hasTime && date != null) || (date != null && lastSeparator);
    return new Scan(end, true, unmistakable, date, time, source);
  }

  private static String text(String line, Token token) {
    return line.substring(token.start(), token.end());
  }

  private static String trimDate(String line, int start, int end) {
    int e = end;
    while (e > start && (Character.isWhitespace(line.charAt(e - 1)) || line.charAt(e - 1) == ',')) {
      e--;
    }
    return line.substring(start, e);
  }

  /**
   * Whether a date, time, month, weekday or number follows {@code at} (after spaces and commas).
   */
  private static boolean startsDate(String line, int at) {
    int p = skipSpaces(line, at);
    if (p < line.length() && line.charAt(p) == ',') {
      p = skipSpaces(line, p + 1);
    }
    if (p >= line.length()) {
      return false;
    }
    Token next = token(line, p);
    if (isLinkWord(line, next)) {
      p = skipSpaces(line, next.end());
      if (p >= line.length()) {
        return false;
      }
      next = token(line, p);
    }
    Kind kind = next.kind();
    return kind == Kind.NUMERIC_DATE
        || kind == Kind.TIME
        || kind == Kind.MONTH
        || kind == Kind.WEEKDAY
        || kind == Kind.NUMBER;
  }

  /** Whether the next token is of {@code kind}, looking past one link word ("3 de marzo"). */
  private static boolean nextIs(String line, int at, Kind kind) {
    int p = skipSpaces(line, at);
    if (p >= line.length()) {
      return false;
    }
    Token next = token(line, p);
    if (isLinkWord(line, next) && kind != Kind.LINK_WORD) {
      p = skipSpaces(line, next.end());
      if (p >= line.length()) {
        return false;
      }
      next = token(line, p);
    }
    return next.kind() == kind;
  }

  /** "on", "am", "de": a link word, which "am" is too although it also reads as a time zone. */
  private static boolean isLinkWord(String line, Token token) {
    return token.kind() == Kind.LINK_WORD
        || (token.kind() == Kind.ZONE
            && LINK_WORDS.contains(text(line, token).toLowerCase(Locale.ROOT)));
  }

  private static int skipSpaces(String line, int at) {
    int p = at;
    while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
      p++;
    }
    return p;
  }

  /** The token at {@code at} (not a space). */
  private static Token token(String line, int at) {
    char c = line.charAt(at);
    if (isDigit(c)) {
      return numeric(line, at);
    }
    if ((c == '+' || c == '-') && digitsEnd(line, at + 1) == at + 5 && boundary(line, at + 5)) {
      return new Token(Kind.ZONE, at, at + 5); // "-0800" after a time
    }
    if (c == '|' || c == '-' || c == '–' || c == '—' || c == '·' || c == '•' || c == ',') {
      return new Token(Kind.SEPARATOR, at, at + 1);
    }
    if (c == '/' && (at + 1 >= line.length() || !isDigit(line.charAt(at + 1)))) {
      return new Token(Kind.SEPARATOR, at, at + 1);
    }
    if (Character.isLetter(c)) {
      return word(line, at);
    }
    return new Token(Kind.OTHER, at, at + 1);
  }

  private static Token word(String line, int at) {
    int end = at;
    while (end < line.length() && Character.isLetter(line.charAt(end))) {
      end++;
    }
    String lower = line.substring(at, end).toLowerCase(Locale.ROOT);
    // "a.m." and "p.m."
    if ((lower.equals("a") || lower.equals("p")) && line.startsWith(".m.", end)) {
      return new Token(Kind.ZONE, at, end + 3);
    }
    int after = end;
    boolean colon = false;
    if (after < line.length() && (line.charAt(after) == ':' || line.charAt(after) == '.')) {
      colon = line.charAt(after) == ':';
      after++;
    }
    if (SOURCE_WORDS.contains(lower)) {
      int p = skipSpaces(line, end);
      if (p < line.length() && (line.charAt(p) == ':' || line.charAt(p) == '-')) {
        return new Token(Kind.SOURCE, at, p + 1);
      }
      return new Token(Kind.OTHER, at, end);
    }
    if (lower.equals("mis") && line.regionMatches(true, end, " à jour", 0, 7)) {
      end += 7;
      after = end < line.length() && line.charAt(end) == ':' ? end + 1 : end;
      return new Token(Kind.KEYWORD, at, after);
    }
    if (KEYWORDS.contains(lower)) {
      return new Token(Kind.KEYWORD, at, after);
    }
    if (ZONES.contains(lower) && !colon) {
      return new Token(Kind.ZONE, at, end);
    }
    if (LINK_WORDS.contains(lower) && !colon) {
      return new Token(Kind.LINK_WORD, at, end);
    }
    Names names = Names.INSTANCE;
    int withDot = end < line.length() && line.charAt(end) == '.' ? end + 1 : end;
    if (names.months.contains(lower)) {
      return new Token(Kind.MONTH, at, withDot);
    }
    if (names.weekdays.contains(lower)) {
      return new Token(Kind.WEEKDAY, at, withDot);
    }
    return new Token(Kind.OTHER, at, end);
  }

  /** A date ({@code 2019-05-31}, {@code 31.05.2019}), a time ({@code 09:30}) or a number. */
  private static Token numeric(String line, int at) {
    int first = digitsEnd(line, at);
    int firstLength = first - at;
    int length = line.length();
    if (first < length
        && (line.charAt(first) == ':' || line.charAt(first) == 'h')
        && firstLength <= 2) {
      int end = timeEnd(line, at);
      if (end > 0 && boundary(line, end)) {
        return new Token(Kind.TIME, at, end);
      }
      return new Token(Kind.OTHER, at, first);
    }
    if (first < length && isDateSeparator(line.charAt(first)) && firstLength <= 4) {
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
            return new Token(Kind.NUMERIC_DATE, at, end);
          }
        }
      }
      return new Token(Kind.OTHER, at, first);
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
      return new Token(Kind.NUMBER, at, end);
    }
    return new Token(Kind.OTHER, at, first);
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
