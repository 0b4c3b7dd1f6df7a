package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FixOptionTest {

  @Test
  void nameAlone() {
    assertThat(FixOption.parse("dateline")).isEqualTo(new FixOption("dateline", Map.of()));
  }

  @Test
  void nameWithParameters() {
    assertThat(FixOption.parse("glued-words:min-length=3, dictionary=words.txt"))
        .isEqualTo(
            new FixOption("glued-words", Map.of("min-length", "3", "dictionary", "words.txt")));
  }

  @Test
  void valueMayBeEmptyOrHoldColonsAndEquals() {
    assertThat(FixOption.parse("x:a=,b=c:d=e").parameters())
        .isEqualTo(Map.of("a", "", "b", "c:d=e"));
  }

  @Test
  void malformedSpecsAreRejected() {
    assertThat(FixOption.parse("")).isNull();
    assertThat(FixOption.parse(":a=1")).isNull();
    assertThat(FixOption.parse("x:")).isNull();
    assertThat(FixOption.parse("x:novalue")).isNull();
    assertThat(FixOption.parse("x:=1")).isNull();
    assertThat(FixOption.parse("x:a=1,,b=2")).isNull();
  }
}
