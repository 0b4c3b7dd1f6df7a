package org.textmend;

import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Text generators for the property tests and the fuzz seeds: random Unicode, English-like text with
 * the damage textmend repairs injected at generated places, and white-space edge cases.
 *
 * <p>Every generator is built from QuickTheories' generators rather than from a seeded {@link
 * java.util.Random}, so that a failing example shrinks to a small one: fewer paragraphs, fewer
 * words, fewer injected defects. Generated text shows escaped in failure messages ({@link
 * Escape#quoted}). The words and lines are written for these tests.
 */
public final class GeneratedText {

  private GeneratedText() {}

  /** Words of plain news English, all in the built-in lexicon. */
  private static final List<String> WORDS =
      List.of(
          "the",
          "of",
          "and",
          "to",
          "in",
          "a",
          "is",
          "that",
          "for",
          "it",
          "was",
          "on",
          "with",
          "he",
          "she",
          "as",
          "they",
          "at",
          "by",
          "this",
          "from",
          "but",
          "not",
          "or",
          "have",
          "had",
          "were",
          "said",
          "would",
          "could",
          "will",
          "their",
          "there",
          "which",
          "about",
          "after",
          "before",
          "over",
          "under",
          "into",
          "between",
          "against",
          "during",
          "without",
          "minister",
          "government",
          "council",
          "harbour",
          "ferry",
          "boats",
          "storm",
          "damage",
          "repair",
          "village",
          "market",
          "prices",
          "workers",
          "union",
          "agreement",
          "talks",
          "week",
          "month",
          "year",
          "morning",
          "evening",
          "report",
          "survey",
          "police",
          "court",
          "judge",
          "schools",
          "teachers",
          "children",
          "hospital",
          "doctors",
          "patients",
          "water",
          "bridge",
          "road",
          "railway",
          "station",
          "trains",
          "weather",
          "rain",
          "winter",
          "summer",
          "farmers",
          "crops",
          "election",
          "voters",
          "party",
          "leader",
          "budget",
          "money",
          "tax",
          "companies",
          "shares",
          "rose",
          "fell",
          "reopen",
          "closed",
          "announced",
          "warned",
          "expected",
          "agreed",
          "refused",
          "asked",
          "told",
          "reported",
          "likely",
          "several",
          "many",
          "most",
          "few",
          "new",
          "old",
          "large",
          "small",
          "local",
          "national",
          "public",
          "private",
          "early",
          "late",
          "still",
          "already",
          "again",
          "also",
          "only",
          "never",
          "often",
          "because",
          "although",
          "while",
          "where",
          "when",
          "whose",
          "people",
          "country",
          "city",
          "region",
          "border",
          "coast",
          "island",
          "river",
          "mountain",
          "museum",
          "library",
          "theatre",
          "colour",
          "neighbour");

  /** Capitalised words: names of people and places, made up or common, and brands. */
  private static final List<String> NAMES =
      List.of(
          "Monday",
          "Friday",
          "January",
          "March",
          "Anna",
          "Peter",
          "Samir",
          "Ingrid",
          "Kowalski",
          "Okafor",
          "Lisbon",
          "Oslo",
          "Nairobi",
          "Quebec",
          "Europe",
          "Harbourside",
          "Brightwell",
          "McAllister",
          "O'Neill",
          "iPhone",
          "eBay",
          "NASA",
          "UK",
          "EU");

  /** Words with characters beyond ASCII, so that mojibake and entities have something to break. */
  private static final List<String> ACCENTED =
      List.of(
          "café",
          "naïve",
          "Zoë",
          "résumé",
          "façade",
          "São Paulo",
          "Müller",
          "Dvořák",
          "Ångström",
          "jalapeño",
          "Kraków",
          "Øresund",
          "crème brûlée",
          "Łódź",
          "Ærø",
          "Straße",
          "Ελλάδα",
          "Москва",
          "東京",
          "coöperate");

  private static final List<String> NUMBERS =
      List.of(
          "3",
          "12",
          "1991",
          "2021",
          "1,250",
          "3.5%",
          "$4.20",
          "£12",
          "€30",
          "10 km",
          "7:45",
          "No. 4",
          "2nd",
          "1.2.3",
          "v2.0",
          "+44 20 7946 0000");

  private static final List<String> SENTENCE_ENDS = List.of(".", ".", ".", "?", "!", "…", ":");

  /** Page furniture that the structure fixers remove. */
  private static final List<String> FURNITURE_LINES =
      List.of(
          "Home › News › World",
          "Home > Local > Harbour",
          "Share this article",
          "Share on Facebook Share on Twitter",
          "Advertisement",
          "Follow us on Twitter",
          "Sign up for our newsletter",
          "© 2021 The Example Gazette. All rights reserved.",
          "Published 3 May 2021 | Updated 4 May 2021",
          "We use cookies to improve your experience.",
          "LISBON (Reuters) -",
          "Read more:");

  /** Characters that are invisible or format controls, inserted inside words. */
  private static final List<String> INVISIBLE =
      List.of(
          "\u200B", "\u00AD", "\uFEFF", "\u2060", "\u200E", "\u200F", "\u200C", "\u200D", "\u202A",
          "\u202C", "\u2062", "\u180E", "\u034F");

  /** White space of every kind Unicode has, and some that only looks like it. */
  private static final List<String> SPACES =
      List.of(
          " ", "  ", "\t", "\u00A0", "\u202F", "\u2009", "\u2002", "\u2003", "\u3000", "\u1680",
          "\u205F", "\u000B", "\f", "\u0085", "\u2028", "\u2029", "\u200B");

  private static final List<String> LINE_BREAKS = List.of("\n", "\r\n", "\r", "\n\n", "\n\n\n");

  /** Control characters and other oddities that survive in scraped text. */
  private static final List<String> CONTROLS =
      List.of("\u0000", "\u0007", "\u001B", "\u007F", "\u0080", "\u0081", "\u009D", "\uFFFD");

  /** Named and numeric character references, with what they stand for. */
  private static final List<String[]> ENTITIES =
      List.of(
          new String[] {"&", "&amp;"},
          new String[] {"’", "&#8217;"},
          new String[] {"’", "&rsquo;"},
          new String[] {"é", "&eacute;"},
          new String[] {"é", "&#xE9;"},
          new String[] {" ", "&nbsp;"},
          new String[] {"'", "&#39;"},
          new String[] {"—", "&mdash;"},
          new String[] {"<", "&lt;"},
          new String[] {"\"", "&quot;"},
          new String[] {"…", "&hellip"});

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The kinds of damage {@link #damagedEnglish()} injects. */
  enum Damage {
    /** A space between two words dropped: "saidit". */
    GLUE,
    /** A line break dropped, as when a scraper joins lines: "Monday.The". */
    DROP_LINE_BREAK,
    /** A stretch of text encoded as UTF-8 and decoded as windows-1252: "cafÃ©". */
    MOJIBAKE,
    /** The same twice over: "cafÃƒÂ©". */
    DOUBLE_MOJIBAKE,
    /** A character written as an HTML entity: "caf&eacute;". */
    ENTITY,
    /** An invisible character inside a word. */
    INVISIBLE,
    /** Unusual white space: runs, tabs, no-break spaces, other line breaks. */
    SPACE,
    /** A breadcrumb, share or copyright line. */
    FURNITURE,
    /** A word hyphenated across a line break: "govern-\nment". */
    HYPHENATION,
    /** A composed letter decomposed: "e" + U+0301. */
    DECOMPOSED,
    /** A control character. */
    CONTROL,
    /** A case change joining two names: "AnnaOkafor". */
    CAMEL
  }

  /** Anything: random Unicode, English-like text with damage, or white-space edge cases. */
  public static Gen<String> anyText() {
    return Generate.frequency(
            List.of(
                Pair.of(3, randomUnicode()),
                Pair.of(5, damagedEnglish()),
                Pair.of(2, whitespaceEdgeCases())))
        .describedAs(Escape::quoted);
  }

  /**
   * A list of {@code min} to {@code max} elements. One list in four has at most three elements
   * beyond {@code min}, so that the smallest cases (the empty text, one character) come up often,
   * not once in {@code max} tries.
   */
  public static <T> Gen<List<T>> listOf(Gen<T> element, int min, int max) {
    Gen<Integer> sizes =
        Generate.frequency(
            List.of(
                Pair.of(1, Generate.range(min, Math.min(max, min + 3))),
                Pair.of(3, Generate.range(min, max))));
    return lists().of(element).ofSizes(sizes);
  }

  /** {@code min} to {@code max} of {@code pieces} glued together. */
  public static Gen<String> joined(List<String> pieces, int min, int max) {
    return listOf(Generate.pick(pieces), min, max).map(list -> String.join("", list));
  }

  /**
   * Random Unicode: any UTF-16 code unit (lone surrogates included), code points from every plane,
   * or a mix of pieces that are hard on text code (scripts, combining marks, emoji sequences).
   */
  public static Gen<String> randomUnicode() {
    Gen<String> units =
        listOf(Generate.range(0, Character.MAX_VALUE), 0, 200).map(GeneratedText::fromCodeUnits);
    Gen<String> codePoints =
        listOf(Generate.range(0, Character.MAX_CODE_POINT), 0, 120)
            .map(GeneratedText::fromCodePoints);
    Gen<String> pieces = joined(hardPieces(), 0, 80);
    return Generate.frequency(
        List.of(Pair.of(1, units), Pair.of(1, codePoints), Pair.of(1, pieces)));
  }

  /** Text from an alphabet of white space of every kind and a few visible characters. */
  public static Gen<String> whitespaceEdgeCases() {
    List<String> alphabet = new ArrayList<>(SPACES);
    alphabet.addAll(LINE_BREAKS);
    alphabet.addAll(List.of("a", "word", "é", ".", "-", "1", "»", "\u0301", "\uD83D\uDC4D"));
    return joined(alphabet, 0, 60);
  }

  /** English-like text, clean: a title, paragraphs of sentences, sometimes hard-wrapped. */
  public static Gen<String> cleanEnglish() {
    Gen<String> title = sentence().map(s -> s.substring(0, s.length() - 1));
    Gen<List<List<String>>> paragraphs = listOf(listOf(sentence(), 1, 6), 1, 5);
    Gen<Integer> wrapWidth = Generate.pick(List.of(0, 0, 50, 64, 72, 80));
    return title.zip(
        paragraphs,
        wrapWidth,
        (t, ps, width) -> {
          StringBuilder out = new StringBuilder(t).append("\n\n");
          for (int i = 0; i < ps.size(); i++) {
            if (i > 0) {
              out.append("\n\n");
            }
            out.append(wrap(String.join(" ", ps.get(i)), width));
          }
          return out.append('\n').toString();
        });
  }

  /** {@link #cleanEnglish()} with up to ten defects of the {@link Damage} kinds injected. */
  public static Gen<String> damagedEnglish() {
    Gen<Defect> defect =
        Generate.enumValues(Damage.class).zip(Generate.range(0, Integer.MAX_VALUE), Defect::new);
    return cleanEnglish()
        .zip(
            listOf(defect, 0, 10),
            (text, defects) -> {
              String damaged = text;
              for (Defect d : defects) {
                damaged = inject(damaged, d.damage(), d.seed());
              }
              return damaged;
            });
  }

  /** One defect: its kind and the number that picks its place. */
  private record Defect(Damage damage, int seed) {}

  private static Gen<String> sentence() {
    Gen<String> word =
        Generate.frequency(
            List.of(
                Pair.of(20, Generate.pick(WORDS)),
                Pair.of(3, Generate.pick(NAMES)),
                Pair.of(2, Generate.pick(ACCENTED)),
                Pair.of(2, Generate.pick(NUMBERS)),
                Pair.of(
                    1,
                    Generate.pick(List.of("“quoted”", "(aside)", "—", "‘so’", "well,", "e.g.")))));
    return listOf(word, 2, 16)
        .zip(
            Generate.pick(SENTENCE_ENDS),
            (words, end) -> {
              String text = String.join(" ", words);
              return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1) + end;
            });
  }

  /** Breaks {@code paragraph} into lines of at most {@code width} characters (0: one line). */
  static String wrap(String paragraph, int width) {
    if (width <= 0) {
      return paragraph;
    }
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : paragraph.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }

  /** Injects one defect of kind {@code damage} at the place {@code seed} picks. */
  static String inject(String text, Damage damage, int seed) {
    return switch (damage) {
      case GLUE -> replaceAt(text, seed, " ", "", true);
      case DROP_LINE_BREAK -> replaceAt(text, seed, "\n", "", false);
      case MOJIBAKE -> mojibakeAt(text, seed, 1);
      case DOUBLE_MOJIBAKE -> mojibakeAt(text, seed, 2);
      case ENTITY -> {
        String[] entity = ENTITIES.get(seed % ENTITIES.size());
        String replaced = replaceAt(text, seed / ENTITIES.size(), entity[0], entity[1], false);
        yield replaced.equals(text) ? insertAt(text, seed, entity[1]) : replaced;
      }
      case INVISIBLE -> insertInWord(text, seed, INVISIBLE.get(seed % INVISIBLE.size()));
      case SPACE -> {
        List<String> spaces = new ArrayList<>(SPACES);
        spaces.addAll(LINE_BREAKS);
        String space = spaces.get(seed % spaces.size());
        yield seed % 3 == 0
            ? replaceAt(text, seed / 3, "\n", space, false)
            : replaceAt(text, seed / 3, " ", space, false);
      }
      case FURNITURE -> insertLine(text, seed, FURNITURE_LINES.get(seed % FURNITURE_LINES.size()));
      case HYPHENATION -> hyphenateAt(text, seed);
      case DECOMPOSED -> decomposeAt(text, seed);
      case CONTROL -> insertAt(text, seed, CONTROLS.get(seed % CONTROLS.size()));
      case CAMEL -> insertAt(text, seed, NAMES.get(seed % NAMES.size()) + "Okafor");
    };
  }

  /**
   * Replaces the occurrence of {@code target} that {@code seed} picks; with {@code betweenLetters},
   * only one with a letter on each side.
   */
  private static String replaceAt(
      String text, int seed, String target, String replacement, boolean betweenLetters) {
    List<Integer> places = new ArrayList<>();
    for (int at = text.indexOf(target); at >= 0; at = text.indexOf(target, at + 1)) {
      int after = at + target.length();
      if (!betweenLetters
          || (at > 0
              && after < text.length()
              && Character.isLetter(text.charAt(at - 1))
              && Character.isLetter(text.charAt(after)))) {
        places.add(at);
      }
    }
    if (places.isEmpty()) {
      return text;
    }
    int at = places.get(Math.floorMod(seed, places.size()));
    return text.substring(0, at) + replacement + text.substring(at + target.length());
  }

  private static String insertAt(String text, int seed, String inserted) {
    int at = Math.floorMod(seed, text.length() + 1);
    if (at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at))) {
      at--; // keep surrogate pairs whole: the damage is the insertion, not a broken pair
    }
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String insertInWord(String text, int seed, String inserted) {
    List<Integer> places = new ArrayList<>();
    for (int at = 1; at < text.length(); at++) {
      if (Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at))) {
        places.add(at);
      }
    }
    if (places.isEmpty()) {
      return insertAt(text, seed, inserted);
    }
    int at = places.get(Math.floorMod(seed, places.size()));
    return text.substring(0, at) + inserted + text.substring(at);
  }

  private static String insertLine(String text, int seed, String line) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      starts.add(at + 1);
    }
    int at = starts.get(Math.floorMod(seed, starts.size()));
    return text.substring(0, at) + line + "\n" + text.substring(at);
  }

  /** Encodes the word {@code seed} picks (one with non-ASCII letters if any) and misreads it. */
  private static String mojibakeAt(String text, int seed, int times) {
    List<int[]> words = new ArrayList<>();
    List<int[]> accented = new ArrayList<>();
    int start = -1;
    for (int at = 0; at <= text.length(); at++) {
      boolean inWord = at < text.length() && !Character.isWhitespace(text.charAt(at));
      if (inWord && start < 0) {
        start = at;
      } else if (!inWord && start >= 0) {
        int[] word = {start, at};
        words.add(word);
        if (text.substring(start, at).chars().anyMatch(c -> c > 0x7F)) {
          accented.add(word);
        }
        start = -1;
      }
    }
    List<int[]> candidates = accented.isEmpty() ? words : accented;
    if (candidates.isEmpty()) {
      return text;
    }
    int[] word = candidates.get(Math.floorMod(seed, candidates.size()));
    String broken = text.substring(word[0], word[1]);
    for (int i = 0; i < times; i++) {
      broken = misread(broken);
    }
    return text.substring(0, word[0]) + broken + text.substring(word[1]);
  }

  /**
   * UTF-8 bytes read as windows-1252; the five bytes that code page leaves undefined come out as
   * the C1 control of the same number, as browsers and many converters do.
   */
  static String misread(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      int value = b & 0xFF;
      String decoded = new String(new byte[] {b}, WINDOWS_1252);
      out.append(decoded.equals("\uFFFD") ? String.valueOf((char) value) : decoded);
    }
    return out.toString();
  }

  private static String hyphenateAt(String text, int seed) {
    List<Integer> places = new ArrayList<>();
    int run = 0;
    for (int at = 0; at < text.length(); at++) {
      run = Character.isLowerCase(text.charAt(at)) ? run + 1 : 0;
      if (run == 4 && at + 2 < text.length() && Character.isLowerCase(text.charAt(at + 1))) {
        places.add(at + 1);
      }
    }
    if (places.isEmpty()) {
      return text;
    }
    int at = places.get(Math.floorMod(seed, places.size()));
    return text.substring(0, at) + "-\n" + text.substring(at);
  }

  private static String decomposeAt(String text, int seed) {
    List<Integer> places = new ArrayList<>();
    for (int at = 0; at < text.length(); at++) {
      String c = String.valueOf(text.charAt(at));
      if (!Normalizer.normalize(c, Normalizer.Form.NFD).equals(c)) {
        places.add(at);
      }
    }
    if (places.isEmpty()) {
      return insertAt(text, seed, "e\u0301");
    }
    int at = places.get(Math.floorMod(seed, places.size()));
    String decomposed = Normalizer.normalize(text.substring(at, at + 1), Normalizer.Form.NFD);
    return text.substring(0, at) + decomposed + text.substring(at + 1);
  }

  private static String fromCodePoints(List<Integer> codePoints) {
    StringBuilder out = new StringBuilder();
    codePoints.forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Any UTF-16 code units, so lone and reversed surrogates too. */
  private static String fromCodeUnits(List<Integer> units) {
    return units.stream()
        .map(unit -> String.valueOf((char) unit.intValue()))
        .collect(Collectors.joining());
  }

  /** Pieces that are hard on text code: every script direction, combining marks, emoji. */
  private static List<String> hardPieces() {
    List<String> pieces = new ArrayList<>();
    pieces.addAll(WORDS.subList(0, 20));
    pieces.addAll(NAMES);
    pieces.addAll(ACCENTED);
    pieces.addAll(SPACES);
    pieces.addAll(LINE_BREAKS);
    pieces.addAll(INVISIBLE);
    pieces.addAll(CONTROLS);
    for (String[] entity : ENTITIES) {
      pieces.add(entity[1]);
    }
    pieces.addAll(
        List.of(
            ".",
            ",",
            ";",
            ":",
            "!",
            "?",
            "\"",
            "'",
            "’",
            "“",
            "”",
            "«",
            "»",
            "(",
            ")",
            "[",
            "]",
            "-",
            "–",
            "—",
            "…",
            "/",
            "\\",
            "|",
            "›",
            "&",
            "#",
            "@",
            "<p>",
            "</p>",
            "http://",
            "https://example.org/a_b?c=1&d=2",
            "www.",
            ".com",
            "mail@example.org",
            "İ",
            "ı",
            "ß",
            "ﬁ",
            "Ⅻ",
            "²",
            "\u0301",
            "\u0308",
            "\u20DD",
            "مرحبا",
            "שלום",
            "हिन्दी",
            "ไทย",
            "한국어",
            "👍",
            "🏽",
            "👨\u200D👩\u200D👧",
            "🇫🇷",
            "\uD83D",
            "\uDC4D",
            "\uDBFF\uDFFF",
            "Ã",
            "â€™",
            "Ã©",
            "Â",
            "┬á",
            "ÃƒÂ©",
            "Ð¼",
            "\uFFFE",
            "\uFFFF"));
    return pieces;
  }
}
