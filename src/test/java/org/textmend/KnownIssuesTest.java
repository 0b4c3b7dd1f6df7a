package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Failures the property tests and the fuzzer found in fixers this work does not own, kept as
 * reproducers until they are fixed: remove the {@code @Disabled} with the fix.
 */
class KnownIssuesTest {

  @Test
  void cleaningTwiceChangesNothingAfterABlankLineWithASpace() {
    String once = TextMend.standard().clean("\u00E9\n \na\u00E9");
    assertThat(TextMend.standard().clean(once)).isEqualTo(once);
  }

  @Test
  void twoLetterWordAfterAOneLetterParagraphIsNotSplit() {
    assertThat(TextMend.standard().clean("\u00E9\n\na\u00E9\n")).isEqualTo("\u00E9\n\na\u00E9\n");
  }

  @Test
  void fuzzFindingGluedWordsNotIdempotent() throws java.io.IOException {
    byte[] input;
    try (var in =
        KnownIssuesTest.class.getResourceAsStream(
            "known-fuzz-findings/glued-words-not-idempotent-a2")) {
      input = in.readAllBytes();
    }
    String once = TextMend.standard().clean(PipelineFuzzTest.text(input));
    assertThat(TextMend.standard().clean(once)).isEqualTo(once);
  }
}
