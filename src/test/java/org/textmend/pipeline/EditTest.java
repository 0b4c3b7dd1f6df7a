package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EditTest {

  @Test
  void rejectsNegativeStart() {
    assertThatThrownBy(() -> new Edit(-1, 2, "x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rejectsEndBeforeStart() {
    assertThatThrownBy(() -> new Edit(3, 2, "x")).hasMessage("bad edit range [3, 2)");
  }

  @Test
  void rejectsNullReplacement() {
    assertThatThrownBy(() -> new Edit(0, 0, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void deltaIsChangeInLength() {
    assertThat(new Edit(2, 5, "x").delta()).isEqualTo(-2);
    assertThat(Edit.insert(4, "abc").delta()).isEqualTo(3);
    assertThat(Edit.delete(1, 4).delta()).isEqualTo(-3);
  }
}
