package org.textmend.fixers.structure.header;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.header.MetadataToken.Kind;

/**
 * Recognises crawl and publication metadata at the start of a header line: dates ({@code
 * 2019-05-31}, {@code 2019/05/31}, {@code 31.05.2019}, {@code 31 May 2019}, {@code Friday, May 31,
 * 2019}), times ({@code 11:15}, {@code 9:30 pm GMT}), the words that introduce them ({@code date},
 * {@code Published}, {@code Updated: }), separators between them, and a closing {@code Source:
 * ...}.
 *
 * <p>Weak tokens (a bare number, a month name, "on") count only next to the tokens that make them a
 * date, so that a title that merely starts with a number or with "May" is not taken for metadata.
 * The tokens are read by {@link MetadataToken}. Immutable and thread-safe.
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

  private HeaderMetadata() {}

  /**
   * Scans metadata tokens of {@code line} from {@code from}. The scan is {@code strong} when it
   * found a date or a time, and {@code unmistakable} when it also had an introducing word ("date",
   * "Published"), or a date together with a time or followed by a separator, so that it is a stamp
   * and not the start of a headline ("10:30 Meeting with the minister"). {@code end} is where the
   * metadata ends, after any spaces; {@code from} when there is none.
   */
  static Scan scan(String line, int from) {
    Scanner scanner = new Scanner(line);
    int at = Span.skipSpaces(line, from);
    int end = from;
    while (at < line.length()) {
      MetadataToken token = scanner.accept(MetadataToken.read(line, at));
      if (token == null) {
        break;
      }
      scanner.take(token);
      at = Span.skipSpaces(line, token.end());
      end = at;
    }
    return scanner.result(from, end);
  }

  /** The state of one scan: what has been found so far, and the run of words of a date. */
  private static final class Scanner {
    private final String line;
    private boolean strong;
    private boolean keyword;
    private boolean hasTime;
    private boolean lastSeparator;
    // a run of words and numbers that together make a date: "Friday, 31 May 2019"
    private boolean dateRun;
    private boolean runDay;
    private boolean runYear;
    private int dateStart = -1;
    private int dateEnd = -1;
    private @Nullable Kind previous;
    private @Nullable String date;
    private @Nullable String time;
    private @Nullable String source;

    Scanner(String line) {
      this.line = line;
    }

    /**
     * The token if it continues the metadata (a "Source:" token then runs to the end of the line),
     * or null where the metadata ends.
     */
    @Nullable MetadataToken accept(MetadataToken token) {
      Kind kind = token.kind();
      boolean accept;
      switch (kind) {
        case NUMERIC_DATE, TIME, SEPARATOR -> accept = true;
        case KEYWORD ->
            accept = line.charAt(token.end() - 1) == ':' || startsDate(line, token.end());
        case LINK_WORD, WEEKDAY -> accept = startsDate(line, token.end());
        case ZONE ->
            accept =
                previous == Kind.TIME
                    || (MetadataToken.LINK_WORDS.contains(token.text(line))
                        && startsDate(line, token.end()));
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
        case SOURCE -> {
          String rest = line.substring(token.end()).strip();
          accept = !rest.isEmpty() && rest.length() <= 80;
          if (accept) {
            source = rest;
            return new MetadataToken(Kind.SOURCE, token.start(), line.length());
          }
        }
        default -> accept = false;
      }
      return accept ? token : null;
    }

    /** Takes an accepted token into the metadata. */
    void take(MetadataToken token) {
      Kind kind = token.kind();
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
        endDateRun();
      }
      switch (kind) {
        case NUMERIC_DATE -> {
          strong = true;
          if (date == null) {
            date = token.text(line);
          }
        }
        case TIME -> {
          strong = true;
          hasTime = true;
          if (time == null) {
            time = token.text(line);
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
    }

    private void endDateRun() {
      if (dateRun && date == null) {
        date = trimDate(line, dateStart, dateEnd);
      }
      dateRun = false;
      runDay = false;
      runYear = false;
      dateStart = -1;
    }

    Scan result(int from, int end) {
      if (dateRun && date == null) {
        date = trimDate(line, dateStart, dateEnd);
      }
      if (!strong) {
        return new Scan(from, false, false, null, null, null);
      }
      boolean unmistakable =
          keyword || (hasTime && date != null) || (date != null && lastSeparator);
      return new Scan(end, true, unmistakable, date, time, source);
    }
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
    int p = Span.skipSpaces(line, at);
    if (p < line.length() && line.charAt(p) == ',') {
      p = Span.skipSpaces(line, p + 1);
    }
    if (p >= line.length()) {
      return false;
    }
    MetadataToken next = MetadataToken.read(line, p);
    if (isLinkWord(line, next)) {
      p = Span.skipSpaces(line, next.end());
      if (p >= line.length()) {
        return false;
      }
      next = MetadataToken.read(line, p);
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
    int p = Span.skipSpaces(line, at);
    if (p >= line.length()) {
      return false;
    }
    MetadataToken next = MetadataToken.read(line, p);
    if (isLinkWord(line, next) && kind != Kind.LINK_WORD) {
      p = Span.skipSpaces(line, next.end());
      if (p >= line.length()) {
        return false;
      }
      next = MetadataToken.read(line, p);
    }
    return next.kind() == kind;
  }

  /** "on", "am", "de": a link word, which "am" is too although it also reads as a time zone. */
  private static boolean isLinkWord(String line, MetadataToken token) {
    return token.kind() == Kind.LINK_WORD
        || (token.kind() == Kind.ZONE
            && MetadataToken.LINK_WORDS.contains(token.text(line).toLowerCase(Locale.ROOT)));
  }
}
