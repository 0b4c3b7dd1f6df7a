package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Idempotence failures of the word fixers that the property tests and the fuzzer found (a short
 * token such as "aé" split only on the second run), fixed and kept as regression cases. Later
 * findings are in {@link CleaningTwiceTest}.
 */
class FoundRegressionsTest {

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
        FoundRegressionsTest.class.getResourceAsStream(
            "known-fuzz-findings/glued-words-not-idempotent-a2")) {
      input = in.readAllBytes();
    }
    String once = TextMend.standard().clean(PipelineFuzzTest.text(input));
    assertThat(TextMend.standard().clean(once)).isEqualTo(once);
  }
}
