package org.textmend.fixers.structure.furniture;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The shapes of single lines that page furniture takes, judged without reading the words' meaning:
 * a menu ("News | Sport | Weather"), a font-size widget ("+A -A"), a counter ("12 Comments"), a
 * rating line ("Average rating 4.1 / 5. Vote count: 30"), a label ("Trending"), a headline ("Ferry
 * fares rise in winter"), a line of prose, a line of code. {@link PageFurniture} decides from
 * these, and from where the line stands, which lines go. Stateless.
 */
final class LineShapes {

  /** The separators between the items of a menu or a crawl stamp, with their spaces. */
  static final List<String> SEPARATORS =
      List.of(" | ", " / ", " - ", " – ", " — ", " » ", " › ", " > ", " · ", " • ", " :: ", " ~ ");

  /** Two spaces: the items of some menus stand apart by nothing else. */
  private static final String WIDE_SPACE = "  ";

  /** The longest item of a menu. */
  private static final int MAX_MENU_ITEM = 26;

  /** The items of an account widget ("Login / Register"), lower case without spaces. */
  private static final Set<String> ACCOUNT =
      Set.of(
          "login", "signin", "register", "signup", "logout", "signout", "subscribe", "myaccount");

  /** "A A", "+A -A", "A- A+", "A A A": buttons that make the type larger or smaller. */
  private static final Pattern FONT_SIZE = Pattern.compile("(?:[+-]?A[+-]?\\s*){2,4}");

  /** What a widget counts: the nouns of counters that sites show under or over a post. */
  private static final String COUNTED =
      "(?:comments?|shares?|views?|likes?|votes?|repl(?:y|ies)|reactions?|reads?|responses?"
          + "|followers?|subscribers?)";

  /** "12 Comments", "1.2k Shares", "0 Likes": a number and what it counts. */
  private static final Pattern COUNTER =
      Pattern.compile("\\d[\\d,.]*[kKmM]?\\s+" + COUNTED, Pattern.CASE_INSENSITIVE);

  /** "Comments (12)", "Likes: 40": what is counted, and the number. */
  private static final Pattern COUNTER_AFTER =
      Pattern.compile(COUNTED + "\\s*(?:\\(\\d+\\)|:\\s*\\d+)", Pattern.CASE_INSENSITIVE);

  /** "3.5 / 5", "4 out of 5": a score. */
  private static final Pattern SCORE =
      Pattern.compile("\\d(?:[.,]\\d+)?\\s*(?:/|out of)\\s*\\d+\\b", Pattern.CASE_INSENSITIVE);

  /** "Vote count: 12", "Votes: 12", or a line of nothing but "(120 ratings)". */
  private static final Pattern VOTES =
      Pattern.compile(
          "(?:.*\\bvotes?(?: count)?\\s*:\\s*\\d.*)|(?:\\(?\\d[\\d,.]*\\s*(?:votes|ratings|reviews)\\)?)",
          Pattern.CASE_INSENSITIVE);

  /** A word about rating next to a score. */
  private static final Pattern RATING_WORD =
      Pattern.compile("\\b(?:rating|rated|rate|stars?|score)\\b", Pattern.CASE_INSENSITIVE);

  private LineShapes() {}

  /**
   * Whether {@code line} is a menu: at least three short capitalised items between one kind of
   * separator ("News | Sport | Weather", "Home » World » Europe"), or two when both are items of an
   * account widget ("Login / Register").
   */
  static boolean isMenu(String line) {
    String separator = separatorOf(line);
    if (separator == null) {
      return false;
    }
    String[] items = line.strip().split(Pattern.quote(separator), -1);
    if (items.length < 2) {
      return false;
    }
    for (String item : items) {
      if (!isMenuItem(item.strip())) {
        return false;
      }
    }
    return items.length >= 3 || isAccountPair(items);
  }

  /** The separator that stands at least once in {@code line} and is the only kind there. */
  static @Nullable String separatorOf(String line) {
    @Nullable String found = null;
    for (String separator : SEPARATORS) {
      if (line.contains(separator)) {
        if (found != null) {
          return null;
        }
        found = separator;
      }
    }
    // two spaces part the items of a menu only where no other separator stands
    return found == null && line.strip().contains(WIDE_SPACE) ? WIDE_SPACE : found;
  }

  /** "World", "Local News", "About us": up to three words, the first capitalised, no sentence. */
  static boolean isMenuItem(String item) {
    if (item.isEmpty() || item.length() > MAX_MENU_ITEM) {
      return false;
    }
    if (!Character.isUpperCase(item.codePointAt(0)) && !Character.isDigit(item.codePointAt(0))) {
      return false;
    }
    for (int i = 0; i < item.length(); i++) {
      char c = item.charAt(i);
      if (c == ',' || c == ';' || c == '!' || c == '?' || c == '"') {
        return false;
      }
    }
    return words(item) <= 3 && !item.endsWith(".");
  }

  private static boolean isAccountPair(String[] items) {
    for (String item : items) {
      if (!ACCOUNT.contains(item.strip().toLowerCase(Locale.ROOT).replace(" ", ""))) {
        return false;
      }
    }
    return true;
  }

  /** "A A", "+A -A": a font-size widget. */
  static boolean isFontSize(String line) {
    return FONT_SIZE.matcher(line.strip()).matches();
  }

  /** "12 Comments", "Comments (12)": a counter. */
  static boolean isCounter(String line) {
    String s = line.strip();
    return COUNTER.matcher(s).matches() || COUNTER_AFTER.matcher(s).matches();
  }

  /** "Average rating 4.1 / 5. Vote count: 30", "Rated 4 out of 5": the line of a rating widget. */
  static boolean isRating(String line) {
    String s = line.strip();
    if (s.length() > 120) {
      return false;
    }
    return VOTES.matcher(s).matches() || (SCORE.matcher(s).find() && RATING_WORD.matcher(s).find());
  }

  /** "How useful was this post?", "Click on a star to rate it!": a short call of a widget. */
  static boolean isShortCall(String line) {
    String s = line.strip();
    return !s.isEmpty()
        && s.length() <= 60
        && words(s) <= 10
        && (s.endsWith("?") || s.endsWith("!"));
  }

  /** "Trending", "Top Stories", "More from Harbour Daily": a short label without punctuation. */
  static boolean isLabel(String line) {
    String s = line.strip();
    if (s.isEmpty() || s.length() > 40 || words(s) > 5) {
      return false;
    }
    if (!Character.isUpperCase(s.codePointAt(0))) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return Character.isLetterOrDigit(last) || last == '…' || last == ':';
  }

  /**
   * "Ferry fares rise in winter", "'No deal' on fishing rights": a headline, two to fourteen words
   * opening with a capital, a digit or a quote, and no closing period.
   */
  static boolean isHeadline(String line) {
    String s = line.strip();
    if (s.length() < 8 || s.length() > 100 || s.endsWith(".") || s.endsWith(":")) {
      return false;
    }
    int first = s.codePointAt(0);
    boolean opens =
        Character.isUpperCase(first)
            || Character.isDigit(first)
            || first == '\''
            || first == '"'
            || first == '‘'
            || first == '“';
    int words = words(s);
    return opens && words >= 2 && words <= 14;
  }

  /**
   * A ticker: one long line of headlines run together, with no sentence punctuation at its end and
   * few commas, so it does not read as a sentence.
   */
  static boolean isTicker(String line) {
    String s = line.strip();
    if (s.length() < 50 || s.length() > 600 || words(s) < 12) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    if (last == '.' && !s.endsWith("...") || last == '!' || last == ';' || last == ',') {
      return false;
    }
    int capitals = 0;
    int commas = 0;
    int words = 0;
    boolean start = true;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',') {
        commas++;
      }
      if (Character.isWhitespace(c)) {
        start = true;
      } else if (start) {
        start = false;
        words++;
        char first =
            (c == '\'' || c == '‘' || c == '"') && i + 1 < s.length() ? s.charAt(i + 1) : c;
        if (Character.isUpperCase(first)) {
          capitals++;
        }
      }
    }
    // headlines run together have a capital every few words, each headline's first word; a title
    // in title case has one on nearly every word
    return commas * 8 <= words && capitals * 6 >= words && capitals * 10 <= words * 7;
  }

  /**
   * A line of an article's prose: long, mostly lower-case words, and with the punctuation of
   * sentences. Furniture zones end at the first such line and start after the last.
   */
  static boolean isProse(String line) {
    String s = line.strip();
    if (s.length() < 30) {
      return false;
    }
    int words = words(s);
    if (words < 6 || isTicker(s)) {
      return false;
    }
    if (endsStatement(s)) {
      return true; // "Glenn Hoddle was named manager on Monday." opens many a news story
    }
    if (s.length() < 60 || words < 9) {
      return false;
    }
    int marks = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean end = i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1));
      // a mark closes a word ("said,"), where a separator (" :: ", " - ") stands alone
      boolean closesWord = i > 0 && isWordEnd(s.charAt(i - 1));
      if (end
          && closesWord
          && (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?')) {
        marks++;
      }
    }
    // a sentence ends with its mark, or has one every dozen words or so; a ticker or a menu has
    // hardly any
    return marks >= 2;
  }

  private static boolean isWordEnd(char c) {
    return Character.isLetterOrDigit(c)
        || c == ')'
        || c == '"'
        || c == '”'
        || c == '\''
        || c == '’';
  }

  /** Ends with a full stop (a title may end with a question mark, hardly with a full stop). */
  private static boolean endsStatement(String s) {
    char last = s.charAt(s.length() - 1);
    if (last == '"' || last == '”' || last == '\'' || last == '’' || last == ')') {
      return s.length() > 1 && endsStatement(s.substring(0, s.length() - 1));
    }
    return last == '.' && !s.endsWith("...");
  }

  /** The number of words of {@code s}, split at white space. */
  static int words(String s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean space = Character.isWhitespace(s.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  /**
   * The line cut down to its letters and digits in lower case, words single-spaced: how two copies
   * of a title are compared ("FOG CLOSES THE HARBOUR!" and "Fog closes the harbour").
   */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
