package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.TextMend;
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
        "the Gov ern ment said | the Government said",
        "we asked for more inform a tion today | we asked for more information today",
        "the ferry to Brit a in left | the ferry to Britain left",
        "he was quoted as sayi ng so | he was quoted as saying so",
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
        "we went to get her at noon",
        "in so far as it goes",
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

  /** A word split twice, the last two parts a word that reads after the first, joins those two. */
  @Test
  void joinsTheLastTwoPartsWhenTheyMakeAWordOfTheirOwn() {
    assertThat(fix("the money le nder came")).isEqualTo("the money lender came");
  }

  /**
   * A word split the same way twice joins where the document writes it whole elsewhere; a phrase
   * the document also writes glued ("percent", perhaps damage) stays two words.
   */
  @Test
  void takesTheDocumentsOwnWordForAPairSplitTheSameWayTwice() {
    String text =
        "The figures for Dec ember were late. December is a quiet month, and Dec ember sales fell.";
    assertThat(fix(text))
        .isEqualTo(
            "The figures for December were late. December is a quiet month, and December sales"
                + " fell.");
    String phrase = "Prices rose five per cent. The percent rise was small, two per cent at most.";
    assertThat(FIXER.edits(phrase)).isEmpty();
  }

  /** One cleaning joins a word split twice: the default pipeline, run again, changes nothing. */
  @Test
  void theDefaultPipelineJoinsAWordSplitTwiceInOneCleaning() {
    TextMend pipeline = TextMend.standard();
    String once =
        pipeline.clean(
            "The Gov ern ment and the tax payers of Brit ain met to talk about the new inform"
                + " ation desk.\n");
    assertThat(once)
        .isEqualTo(
            "The Government and the tax payers of Britain met to talk about the new information"
                + " desk.\n");
    assertThat(pipeline.clean(once)).isEqualTo(once);
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
