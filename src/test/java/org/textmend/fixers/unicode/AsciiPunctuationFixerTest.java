package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textmend.fixers.unicode.Fixing.fix;

import org.junit.jupiter.api.Test;
import org.textmend.pipeline.FixerOrder;

class AsciiPunctuationFixerTest {

  private final AsciiPunctuationFixer fixer = new AsciiPunctuationFixer();

  @Test
  void makesQuotesDashesEllipsisAndPrimesAscii() {
    assertThat(fix(fixer, "“It’s 5′11″ — and that’s all…”"))
        .isEqualTo("\"It's 5'11\" -- and that's all...\"");
  }

  @Test
  void makesRangesAndMinusSignsHyphens() {
    assertThat(fix(fixer, "1990–95, −3 °C, well‑known")).isEqualTo("1990-95, -3 °C, well-known");
  }

  @Test
  void leavesGuillemetsApostropheLettersAndSpacesAlone() {
    assertThat(fixer.edits("«Привет» ‹x› Hawaiʻi naʼau a\u00A0b • c")).isEmpty();
  }

  @Test
  void isOptIn() {
    assertThat(FixerOrder.onByDefault(new AsciiPunctuationFixer.Provider())).isFalse();
  }
}
