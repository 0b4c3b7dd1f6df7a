package org.textmend.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The word-pair model: the built-in resource loads and tells common pairs from unlikely ones. */
class ContextModelTest {

  private static final ContextModel ENGLISH = ContextModel.english();

  private static double association(ContextModel model, String first, String second) {
    return model.association(
        first.toCharArray(), 0, first.length(), second.toCharArray(), 0, second.length());
  }

  @Test
  void loadsTheBuiltInModel() {
    assertThat(ENGLISH.size()).isGreaterThan(100_000);
    char[] the = "the".toCharArray();
    assertThat(ENGLISH.count(the, 0, 3)).isGreaterThan(1000);
  }

  @Test
  void scoresACommonPairAboveARareOne() {
    assertThat(association(ENGLISH, "of", "the")).isGreaterThan(1.0);
    assertThat(association(ENGLISH, "of", "the")).isGreaterThan(association(ENGLISH, "the", "of"));
    assertThat(association(ENGLISH, "such", "as"))
        .isGreaterThan(association(ENGLISH, "such", "an"));
  }

  @Test
  void scoresAPairThatEnglishAvoidsBelowZero() {
    assertThat(association(ENGLISH, "the", "of")).isLessThan(-1.0);
  }

  @Test
  void ignoresCase() {
    assertThat(association(ENGLISH, "Of", "The")).isEqualTo(association(ENGLISH, "of", "the"));
  }

  @Test
  void saysNothingOfWordsItDoesNotHold() {
    assertThat(association(ENGLISH, "zqxwv", "the")).isZero();
  }

  @Test
  void readsBackTheTableItWrote() throws IOException {
    char[] text = "red fox".toCharArray();
    long red = WordTable.lowerHash(text, 0, 3);
    long fox = WordTable.lowerHash(text, 4, 7);
    Map<Long, Integer> counts = new HashMap<>();
    counts.put(PairTable.key(red, 0), 100);
    counts.put(PairTable.key(fox, 0), 50);
    counts.put(PairTable.key(red, fox), 40);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PairTable.of(counts, 10_000).write(out);

    ContextModel model =
        new ContextModel(PairTable.read(new ByteArrayInputStream(out.toByteArray())));

    assertThat(model.count(text, 0, 3)).isCloseTo(100, org.assertj.core.data.Offset.offset(3.0));
    assertThat(model.association(text, 0, 3, text, 4, 7)).isGreaterThan(3.0);
    assertThat(model.association(text, 4, 7, text, 0, 3)).isLessThan(0.0);
  }
}
