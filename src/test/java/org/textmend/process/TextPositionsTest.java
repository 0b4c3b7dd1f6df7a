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

  @Test
  void positionsInAPartCountFromItsAnchor() {
    // "ab" of the part stands at line 10, column 5 of the whole text; the next line is line 11.
    TextPositions positions = new TextPositions("xx\nab\r\ncd", 3, 10, 5);
    assertThat(positions.at(3)).isEqualTo("10:5");
    assertThat(positions.at(4)).isEqualTo("10:6");
    assertThat(positions.at(7)).isEqualTo("11:1");
    assertThat(positions.at(8)).isEqualTo("11:2");
  }
}
