package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.lexicon.Lexicon;

/**
 * The word engine's work grows linearly with its input, counted rather than timed: tokens indexed,
 * places scored, spans the word model scored and line starts the line-width model visited ({@link
 * JoinAnalysis#work}). Counts do not depend on the machine or its load, so the bound can be tight:
 * 16 times the input may cost at most 20 times the work (quadratic work would cost 256 times).
 */
class EngineWorkTest {

  private static final Lexicon LEXICON = Lexicon.english();
  private static final int SMALL = 64 << 10;
  private static final int LARGE = 1 << 20;

  private static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    out.setLength(length);
    return out.toString();
  }

  private static long work(String unit, int length) {
    return Boundaries.of(repeat(unit, length), LEXICON).work();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // damaged prose: glued words and sentences at a line width, paragraphs
        "The harbour master saidit would reopen on Monday.The larger ferries will use the northern"
            + " pier whilethe stones are moved.\n\n",
        // the same without paragraph breaks, and as one line
        "The harbour master saidit would reopen on Monday.The larger ferries will use the pier.\n",
        "The harbour master saidit would reopen on Monday.The larger ferries will use the pier. ",
        // clean prose, a long token, punctuation, names glued at a change of case
        "The council met on Tuesday and the engineers said the work would take the winter. ",
        "abcdefghij",
        ".,",
        "DmitryPeskov said ",
      })
  void workGrowsLinearlyWithTheText(String unit) {
    long small = work(unit, SMALL);
    long large = work(unit, LARGE);

    assertThat(small).isPositive();
    assertThat(large)
        .as("work for 1024 KB of %s, after %d for 64 KB", unit.strip(), small)
        .isLessThanOrEqualTo(20 * small + 1000);
  }

  @ParameterizedTest
  @ValueSource(ints = {1 << 14, 1 << 16, 1 << 18, 1 << 20})
  void aLongRunWithoutSpacesCostsNoMoreThanItsLength(int length) {
    // One token: longer than any word, so no place in it is scored; only its lines and token count.
    assertThat(work("thequickbrownfox", length)).isLessThanOrEqualTo(length / 8 + 10);
  }
}
