package org.textmend.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The per-document lexicon: how often a document uses a word, its title counting once more. */
class DocumentLexiconTest {

  private static int count(String text, String word) {
    char[] chars = text.toCharArray();
    char[] w = word.toCharArray();
    return DocumentLexicon.of(chars).count(w, 0, w.length);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n", " \t \n\n", "\r\n\r\n", "  \n \n"})
  void aTitleWordCountsOnceMoreWhateverBlankLinesComeBeforeIt(String before) {
    String text = before + "Lighthouse keepers return\n\nThe keepers came back on Friday.\n";

    assertThat(count(text, "Lighthouse")).isEqualTo(2);
    assertThat(count(text, "keepers")).isEqualTo(3);
    assertThat(count(text, "Friday")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n\n"})
  void aFirstLineWithoutABlankLineAfterItIsNoTitle(String before) {
    String text = before + "Lighthouse keepers return\nThe keepers came back on Friday.\n";

    assertThat(count(text, "Lighthouse")).isEqualTo(1);
  }
}
