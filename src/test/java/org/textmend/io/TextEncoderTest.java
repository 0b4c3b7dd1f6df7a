package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncoderTest {

  @Test
  void encodesUtf8() throws Exception {
    assertThat(TextEncoder.encode("Zoë", StandardCharsets.UTF_8, false))
        .isEqualTo("Zoë".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void writesByteOrderMarkWhenAsked() throws Exception {
    assertThat(TextEncoder.encode("a", StandardCharsets.UTF_8, true))
        .containsExactly(0xEF, 0xBB, 0xBF, 'a');
    assertThat(TextEncoder.encode("a", StandardCharsets.UTF_16LE, true))
        .containsExactly(0xFF, 0xFE, 'a', 0);
  }

  @Test
  void encodesSurrogatePairsInUtf8() throws Exception {
    assertThat(TextEncoder.encode("a👍", StandardCharsets.UTF_8, true))
        .containsExactly(0xEF, 0xBB, 0xBF, 'a', 0xF0, 0x9F, 0x91, 0x8D);
  }

  @Test
  void neverWritesByteOrderMarkInLegacyEncoding() throws Exception {
    assertThat(TextEncoder.encode("é", StandardCharsets.ISO_8859_1, true)).containsExactly(0xE9);
  }

  @Test
  void refusesCharacterTheEncodingCannotHold() {
    assertThatThrownBy(() -> TextEncoder.encode("ab\n’c", Charset.forName("ISO-8859-1"), false))
        .isInstanceOfSatisfying(
            UnencodableTextException.class,
            e -> {
              assertThat(e.offset()).isEqualTo(3);
              assertThat(e.codePoint()).isEqualTo(0x2019);
              assertThat(e.charsetName()).isEqualTo("ISO-8859-1");
            });
  }

  @Test
  void reportsOffsetInTheTextNotCountingTheMark() {
    assertThatThrownBy(() -> TextEncoder.encode("ab\uD800", StandardCharsets.UTF_8, true))
        .isInstanceOfSatisfying(
            UnencodableTextException.class, e -> assertThat(e.offset()).isEqualTo(2));
  }
}
