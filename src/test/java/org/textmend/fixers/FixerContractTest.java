package org.textmend.fixers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Step;

/**
 * The contract every registered fixer keeps, checked for each name in {@link
 * FixerRegistry#installed()}: naming rules, defaults, parameter checking, and edits that are
 * sorted, in range, never thrown over, and idempotent on realistic and on random text.
 */
class FixerContractTest {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final int RANDOM_TEXTS = 300;

  /** Realistic text with the defects textmend repairs, and clean text that must stay. */
  private static final List<String> SAMPLES =
      List.of(
          "",
          "\n",
          " ",
          "Plain clean text.\n",
          "Title line\n\nThe ministry saidit would act on Monday.The talks,however, stalled.\n",
          "Home › World › Europe\nThe harbour reopened  after  the storm.  \n\n\n",
          "It\u00C3\u00A2\u00E2\u201A\u00AC\u00E2\u201E\u00A2s a caf\u00C3\u00A9, said\u00A0the owner &amp; chef.\n",
          "Zero\u200Bwidth and soft\u00ADhyphen and \uFEFFmark.\r\nWindows line\r\n",
          "Emoji 👨‍👩‍👧 and flags 🇫🇷 and skin 👍🏽 stay.\n",
          "Visit https://example.com/a_b?x=1&y=2 or mail desk@example.org at 10:45.\n",
          "Le président a dit\u202F: «\u202FNon\u202F!\u202F» — fin.\n",
          "Москва, 3 мая. Город готовится к празднику.\n",
          "東京都は新しい計画を発表した。\n",
          "    code  = indented(block);\n\tsecond  line\n",
          "U.S. officials, e.g. Dr. Smith, said 3.5% of 1,250,000 were affected.\n",
          "Final line without newline",
          "Decomposed cafe\u0301 and composed caf\u00E9.\n");

  static Stream<String> names() {
    return FixerRegistry.installed().names().stream();
  }

  private static Fixer create(String name) {
    return FixerRegistry.installed().create(name, FixerArgs.defaults(name));
  }

  private static List<String> texts() {
    List<String> texts = new ArrayList<>(SAMPLES);
    Random random = new Random(20240407);
    for (int i = 0; i < RANDOM_TEXTS; i++) {
      texts.add(RandomText.next(random, 1 + random.nextInt(200)));
    }
    return texts;
  }

  private static void assertSortedAndInRange(String name, String text, List<Edit> edits) {
    int previousEnd = 0;
    for (Edit edit : edits) {
      assertThat(edit.start())
          .as("%s: edit %s starts before the previous one ends, in %s", name, edit, quoted(text))
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(edit.end())
          .as("%s: edit %s beyond the end of %s", name, edit, quoted(text))
          .isLessThanOrEqualTo(text.length());
      previousEnd = edit.end();
    }
  }

  private static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c < 0x20 || c > 0x7e) {
                out.append(String.format("\\u%04X", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  @ParameterizedTest
  @MethodSource("names")
  void nameIsLowerKebabCaseAndHasAPlaceInTheOrder(String name) {
    assertThat(name).matches(NAME);
    assertThat(FixerOrder.names()).as("fixers.order lists %s", name).contains(name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void classIsNamedAfterTheFixerAndNestsItsProvider(String name) {
    StringBuilder camel = new StringBuilder();
    for (String part : name.split("-")) {
      camel.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    Fixer fixer = create(name);
    assertThat(fixer.getClass().getSimpleName()).isEqualTo(camel + "Fixer");
    assertThat(fixer.getClass().getPackageName()).startsWith("org.textmend.fixers");
    Class<?> provider = FixerRegistry.installed().provider(name).getClass();
    assertThat(provider.getSimpleName()).isEqualTo("Provider");
    assertThat(provider.getEnclosingClass()).isEqualTo(fixer.getClass());
  }

  @ParameterizedTest
  @MethodSource("names")
  void summaryIsOneLine(String name) {
    String summary = FixerRegistry.installed().provider(name).summary();
    assertThat(summary).isNotBlank().doesNotContain("\n").hasSizeLessThanOrEqualTo(160);
  }

  @ParameterizedTest
  @MethodSource("names")
  void worksWithoutParameters(String name) {
    assertThat(create(name).name()).isEqualTo(name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void unknownParameterIsRejected(String name) {
    FixerProvider provider = FixerRegistry.installed().provider(name);
    FixerArgs args = new FixerArgs(name, Map.of("no-such-parameter", "1"), Lexicon.empty());
    assertThatThrownBy(() -> provider.create(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Unknown parameters for " + name);
  }

  @ParameterizedTest
  @MethodSource("names")
  void emptyTextHasNoEdits(String name) {
    assertThat(create(name).edits("")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("names")
  void editsAreSortedNonOverlappingAndInRange(String name) {
    Fixer fixer = create(name);
    for (String text : texts()) {
      assertSortedAndInRange(name, text, fixer.edits(text));
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void neverThrows(String name) {
    Fixer fixer = create(name);
    for (String text : texts()) {
      assertThatCode(() -> fixer.edits(text))
          .as("%s on %s", name, quoted(text))
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void isIdempotent(String name) {
    Fixer fixer = create(name);
    for (String text : texts()) {
      String once = new Step(name, fixer.edits(text)).applyTo(text);
      String twice = new Step(name, fixer.edits(once)).applyTo(once);
      assertThat(twice)
          .as("%s cleaning again %s (from %s)", name, quoted(once), quoted(text))
          .isEqualTo(once);
    }
  }

  @ParameterizedTest
  @MethodSource("names")
  void givesTheSameEditsUnderATurkishLocale(String name) {
    Fixer fixer = create(name);
    Locale saved = Locale.getDefault();
    List<List<Edit>> english = new ArrayList<>();
    List<List<Edit>> turkish = new ArrayList<>();
    try {
      Locale.setDefault(Locale.ENGLISH);
      SAMPLES.forEach(text -> english.add(fixer.edits(text + " TITLE Istanbul İzmir ıi\n")));
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      SAMPLES.forEach(text -> turkish.add(fixer.edits(text + " TITLE Istanbul İzmir ıi\n")));
    } finally {
      Locale.setDefault(saved);
    }
    assertThat(turkish).isEqualTo(english);
  }

  /** Random text built from pieces that stress fixers: scripts, spaces, breaks, surrogates. */
  static final class RandomText {
    private static final String[] PIECES = {
      "a",
      "Z",
      "word",
      "the",
      "ministry",
      "said",
      "it",
      "Turkey",
      "é",
      "ß",
      "İ",
      "ı",
      "ﬁ",
      "Москва",
      "東京",
      "مرحبا",
      "שלום",
      "देव",
      " ",
      " ",
      " ",
      "  ",
      "\t",
      "\n",
      "\n\n",
      "\r\n",
      "\r",
      "\u00A0",
      "\u202F",
      "\u2009",
      "\u3000",
      "\u200B",
      "\u200D",
      "\u00AD",
      "\uFEFF",
      "\u202E",
      "\u0301",
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
      "-",
      "–",
      "—",
      "…",
      "&",
      "&amp;",
      "&#8217;",
      "&nbsp",
      "<p>",
      "›",
      "|",
      "/",
      "0",
      "42",
      "3.5",
      "1,000",
      "http://",
      "www.",
      ".com",
      "@",
      "#",
      "Ã",
      "©",
      "â€™",
      "Ã©",
      "┬á",
      "\u0080",
      "\u009D",
      "👍",
      "🏽",
      "👨‍👩‍👧",
      "\uD83D",
      "\uDC4D",
      "\u0000",
      "\u0007",
      "\u2028",
      "\f"
    };

    private RandomText() {}

    static String next(Random random, int pieces) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < pieces; i++) {
        out.append(PIECES[random.nextInt(PIECES.length)]);
      }
      return out.toString();
    }
  }
}
