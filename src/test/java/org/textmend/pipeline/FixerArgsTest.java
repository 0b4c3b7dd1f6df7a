package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;

class FixerArgsTest {

  private static FixerArgs args(Map<String, String> parameters) {
    return new FixerArgs("demo", parameters, Lexicon.empty());
  }

  @Test
  void typedGettersReadAndFallBack() {
    FixerArgs args = args(Map.of("name", "x", "count", " 3 ", "ratio", "0.5", "on", "yes"));
    assertThat(args.get("name", "y")).isEqualTo("x");
    assertThat(args.getInt("count", 1)).isEqualTo(3);
    assertThat(args.getDouble("ratio", 1.0)).isEqualTo(0.5);
    assertThat(args.getBoolean("on", false)).isTrue();
    assertThat(args.getInt("absent", 7)).isEqualTo(7);
    args.requireNoneLeft();
  }

  @Test
  void leftOverParametersAreAnError() {
    FixerArgs args = args(Map.of("used", "1", "typo", "2"));
    args.get("used", "");
    assertThatThrownBy(args::requireNoneLeft)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown parameters for demo: [typo]");
  }

  @Test
  void malformedNumberNamesParameterAndValue() {
    assertThatThrownBy(() -> args(Map.of("count", "many")).getInt("count", 1))
        .hasMessage("demo: parameter count must be a whole number, not \"many\"");
    assertThatThrownBy(() -> args(Map.of("ratio", "half")).getDouble("ratio", 1.0))
        .hasMessage("demo: parameter ratio must be a number, not \"half\"");
    assertThat(args(Map.of()).getDouble("ratio", 0.25)).isEqualTo(0.25);
  }

  @Test
  void malformedBooleanNamesParameterAndValue() {
    assertThatThrownBy(() -> args(Map.of("on", "maybe")).getBoolean("on", false))
        .hasMessage("demo: parameter on must be true or false, not \"maybe\"");
  }

  @Test
  void givesTheLexicon() {
    Lexicon lexicon = Lexicon.empty();
    assertThat(new FixerArgs("demo", Map.of(), lexicon).lexicon()).isSameAs(lexicon);
  }
}
