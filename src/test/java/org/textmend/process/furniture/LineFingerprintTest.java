package org.textmend.process.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineFingerprintTest {

  @Test
  void ignoresCaseDigitsAndWhiteSpace() {
    assertThat(LineFingerprint.of("© 2019 Harbour Daily"))
        .isEqualTo(LineFingerprint.of("  ©  2023 HARBOUR\tdaily "));
  }

  @Test
  void tellsDifferentLinesApart() {
    assertThat(LineFingerprint.of("Home / News / Sport"))
        .isNotEqualTo(LineFingerprint.of("Home / News / Weather"));
    assertThat(LineFingerprint.of("ab c")).isNotEqualTo(LineFingerprint.of("a bc"));
  }

  @Test
  void givesBlankLinesTheBlankFingerprintOnly() {
    assertThat(LineFingerprint.of(" \t ")).isEqualTo(LineFingerprint.BLANK);
    assertThat(LineFingerprint.of("")).isEqualTo(LineFingerprint.BLANK);
    assertThat(LineFingerprint.of(".")).isNotEqualTo(LineFingerprint.BLANK);
  }

  @Test
  void readsARangeOfALongerText() {
    String text = "first\nMenu Search\nlast";
    assertThat(LineFingerprint.of(text, 6, 17)).isEqualTo(LineFingerprint.of("menu search"));
  }
}
