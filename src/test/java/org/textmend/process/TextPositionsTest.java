package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextPositionsTest {

  @Test
  void countsLinesAtLfCrlfAndLoneCr() {
    TextPositions positions = new TextPositions("a\nb\r\nc\rd");
    assertThat(positions.at(0)).isEqualTo("1:1");
    assertThat(positions.at(2)).isEqualTo("2:1");
    assertThat(positions.at(3)).isEqualTo("2:2"); // the CR of CRLF ends line 2
    assertThat(positions.at(5)).isEqualTo("3:1");
    assertThat(positions.at(7)).isEqualTo("4:1");
    assertThat(positions.at(8)).isEqualTo("4:2"); // the end of the text
  }

  @Test
  void countsColumnsInCodePoints() {
    assertThat(new TextPositions("👍👍x").at(4)).isEqualTo("1:3");
  }
}
