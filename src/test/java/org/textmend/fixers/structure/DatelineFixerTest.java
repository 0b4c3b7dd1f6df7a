package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerOrder;

class DatelineFixerTest {

  private final DatelineFixer fixer = new DatelineFixer();

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(Reuters) - ",
        "(AP) — ",
        "WASHINGTON (AP) — ",
        "LONDON, March 3 (Reuters) - ",
        "KYIV, Ukraine (AP) – ",
        "NEW YORK (Reuters) -- ",
        "(Harbour Post | Coast News )- ",
        "BERLIN (dpa) - ",
        "ST. JOHN'S (CP) - ",
      })
  void removesDatelinesOfEveryShape(String dateline) {
    assertThat(fix("Ferry strike ends\n\n" + dateline + "The strike ended on Monday.\n"))
        .isEqualTo("Ferry strike ends\n\nThe strike ended on Monday.\n");
  }

  @Test
  void removesTheDatelineAsOneEdit() {
    assertThat(fixer.edits("(Reuters) - Oil fell.")).containsExactly(Edit.delete(0, 12));
  }

  @Test
  void removesDatelinesOfEveryParagraph() {
    assertThat(fix("(Reuters) - Oil fell.\n\nPARIS (AFP) - Gold rose.\n"))
        .isEqualTo("Oil fell.\n\nGold rose.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "John Smith (Labour) - 12,345 votes",
        "(1) - the first item",
        "(Warning: spoilers) - The film ends badly.",
        "LONDON — The strike ended.",
        "The minister (Reuters said) - no",
        "Oil prices fell (Reuters) - analysts said.",
        "(a) - first option",
        "(Reuters)",
        "(Reuters) -",
        "WASHINGTON (AP)The strike ended.",
      })
  void leavesOtherParenthesesAlone(String line) {
    assertThat(fixer.edits("Title\n\n" + line + "\n")).isEmpty();
  }

  @Test
  void isOffByDefault() {
    assertThat(FixerOrder.onByDefault(new DatelineFixer.Provider())).isFalse();
    assertThat(new DatelineFixer.Provider().create(FixerArgs.defaults("dateline")).name())
        .isEqualTo("dateline");
  }

  @Test
  void isIdempotent() {
    String once = fix("LONDON, March 3 (Reuters) - Shares rose.\n");
    assertThat(fixer.edits(once)).isEmpty();
  }
}
