package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.TextMend;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class CamelJoinsFixerTest {

  private static final CamelJoinsFixer FIXER =
      new CamelJoinsFixer(FixerArgs.defaults("camel-joins"));

  private static String fix(String text) {
    return new Step(FIXER.name(), FIXER.edits(text)).applyTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "he spoke but deniedMoscow had a role | he spoke but denied Moscow had a role",
        "the UKMinister for trade arrived | the UK Minister for trade arrived",
        "as the IMFwarned on Thursday | as the IMF warned on Thursday",
        // A title is never one word with the name after it, even when a document glues them twice.
        "MrBerglund said so. Later MrBerglund left. | Mr Berglund said so. Later Mr Berglund left.",
      })
  void splitsAtAChangeOfCase(String damaged, String repaired) {
    assertThat(fix(damaged)).isEqualTo(repaired);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "She owns an iPhone, sells on eBay and watches YouTube after lunch at McDonald's.",
        "Our JavaScript calls getElementById and parseHTTPResponse before PayPal checks out.",
        "The PowerMac and the PlayStation were on sale at the MacWorld show.",
        "TimeWarner said profits rose. TimeWarner shares rose 3%. Analysts liked TimeWarner.",
        "Shares in ExxonMobil, HarperCollins, GlaxoSmithKline and ConocoPhillips rose on Monday.",
      })
  void leavesBrandAndCodeNamesAlone(String text) {
    assertThat(fix(text)).isEqualTo(text);
  }

  @Test
  void splitsTwoCapitalisedWordsTheDocumentAlsoWritesApart() {
    // Two capitalised words in one are a name far more often than a glued pair (ConocoPhillips);
    // the document writing them apart elsewhere, or the line width, says they were glued.
    assertThat(
            fix(
                "Dmitry Peskov spoke first. Later the Kremlin spokesman DmitryPeskov said no more."))
        .isEqualTo(
            "Dmitry Peskov spoke first. Later the Kremlin spokesman Dmitry Peskov said no more.");
    assertThat(fix("The Syrian Army held the road. Troops of the SyrianArmy moved north."))
        .isEqualTo("The Syrian Army held the road. Troops of the Syrian Army moved north.");
  }

  @Test
  void splitsAtABreakTheLineWidthPointsTo() {
    String paragraph =
        "The delegation from the Northern Alliance arrived late on Sunday and met officials from"
            + " the Interior Ministry for talks that lasted into the night, according to a"
            + " spokesman who declined to give details of what was agreed between the sides.";
    int width = 55;
    String damaged = Wrapping.glue(width, paragraph);
    while (!damaged.matches("(?s).*[a-z][A-Z].*") && width < 90) {
      damaged = Wrapping.glue(++width, paragraph);
    }
    TextMend words =
        TextMend.builder()
            .fixers(List.of("sentence-spacing", "camel-joins", "glued-words"))
            .build();
    assertThat(words.clean(damaged)).isEqualTo(paragraph);
  }
}
