package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

class ExplainFormatTest {

  @Test
  void quotesPlainText() {
    assertThat(ExplainFormat.quote("said it")).isEqualTo("\"said it\"");
  }

  @Test
  void escapesLineBreaksTabsQuotesAndBackslashes() {
    assertThat(ExplainFormat.quote("a\r\nb\t\"c\"\\")).isEqualTo("\"a\\r\\nb\\t\\\"c\\\"\\\\\"");
  }

  @Test
  void escapesInvisibleCharacters() {
    assertThat(ExplainFormat.quote("\u00A0\u200B\u00AD\uFEFF\u2028\u0085"))
        .isEqualTo("\"\\u00A0\\u200B\\u00AD\\uFEFF\\u2028\\u0085\"");
  }

  @Test
  void escapesLoneSurrogatesAndSupplementaryFormatCharacters() {
    assertThat(ExplainFormat.quote("\uD800x\uDB40\uDC41")).isEqualTo("\"\\uD800x\\U000E0041\"");
  }

  @Test
  void keepsVisibleCharactersOfAnyScript() {
    assertThat(ExplainFormat.quote("Zoë 東京 👍🏽 «»")).isEqualTo("\"Zoë 東京 👍🏽 «»\"");
  }

  @Test
  void cutsLongTextsAndCountsTheRest() {
    String shown = "x".repeat(ExplainFormat.MAX_SHOWN);
    assertThat(ExplainFormat.quote(shown + "yyy")).isEqualTo("\"" + shown + "\"…(3 more)");
    assertThat(ExplainFormat.quote(shown)).isEqualTo("\"" + shown + "\"");
  }

  @Test
  void reportsEditsOfLaterStepsAtTheirOriginalLineAndColumn() {
    String original = "ab\r\ncd  ef\rgh";
    Step first = new Step("drop", List.of(Edit.delete(0, 4))); // "cd  ef\rgh"
    Step second = new Step("space", List.of(new Edit(2, 4, " "), Edit.insert(9, "\n")));
    String text = second.applyTo(first.applyTo(original));
    List<String> lines = new ArrayList<>();
    ExplainFormat.lines("f", new ExplainedText(original, text, List.of(first, second)), lines);
    assertThat(lines)
        .containsExactly(
            "f:1:1 drop \"ab\\r\\n\" → \"\"",
            "f:2:3 space \"  \" → \" \"",
            "f:3:3 space \"\" → \"\\n\"");
  }
}
