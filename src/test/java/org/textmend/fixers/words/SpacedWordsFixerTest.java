package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class SpacedWordsFixerTest {

  private static final SpacedWordsFixer FIXER =
      new SpacedWordsFixer(FixerArgs.defaults(SpacedWordsFixer.NAME));

  private static String fix(String text) {
    return new Step(FIXER.name(), FIXER.edits(text)).applyTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the Gov ernment said | the Government said",
        "we must resp ect the rules | we must respect the rules",
        "the regional Offi ce opened | the regional Office opened",
        "the ann ouncement came late | the announcement came late",
      })
  void joinsAWordSplitBySpace(String damaged, String repaired) {
    assertThat(fix(damaged)).isEqualTo(repaired);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it was a part of the plan",
        "she walked in to the room",
        "some one had to go",
        "they will crack down on it",
        "the tax payers paid",
        "he met Van Dyke and De Niro",
        "we were not at all sure",
      })
  void leavesTwoRealWordsAlone(String text) {
    assertThat(FIXER.edits(text)).isEmpty();
  }

  @Test
  void joinsALetterSpacedTitleWordByWord() {
    assertThat(fix("S U M M E R   T R A I N I N G   i n   2 0 2 6\n\nText."))
        .isEqualTo("SUMMER   TRAINING   in   2026\n\nText.");
  }

  @Test
  void joinsALetterSpacedWordInsideALine() {
    assertThat(fix("the word H O U S E was printed")).isEqualTo("the word HOUSE was printed");
  }

  @Test
  void leavesSingleLettersThatMakeNoWordAlone() {
    assertThat(FIXER.edits("options a b c d are listed")).isEmpty();
  }

  @Test
  void cleaningTwiceEqualsCleaningOnce() {
    String once = fix("the Gov ernment will resp ect\n\nS U M M E R   T R A I N I N G\n");
    assertThat(fix(once)).isEqualTo(once);
  }

  @Test
  void leavesCleanEnglishTextByteIdentical() {
    for (String paragraph :
        new String[] {Samples.HARBOUR, Samples.COUNCIL, Samples.FISHERS, Samples.SCHOOL}) {
      assertThat(FIXER.edits(paragraph)).as(paragraph).isEmpty();
    }
  }
}
