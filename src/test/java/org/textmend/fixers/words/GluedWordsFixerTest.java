package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.TextMend;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class GluedWordsFixerTest {

  private static final TextMend WORDS =
      TextMend.builder().fixers(List.of("sentence-spacing", "camel-joins", "glued-words")).build();

  private static String glued(String text) {
    GluedWordsFixer fixer = new GluedWordsFixer(FixerArgs.defaults("glued-words"));
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }

  private static String words(String text) {
    return WORDS.clean(text);
  }

  @Test
  void splitsTwoCommonWordsInAShortText() {
    assertThat(glued("the rebels took responsibility tostop the fighting"))
        .isEqualTo("the rebels took responsibility to stop the fighting");
  }

  @Test
  void splitsAWordGluedToAName() {
    assertThat(glued("he met his Russiancounterpart on Friday"))
        .isEqualTo("he met his Russian counterpart on Friday");
  }

  @Test
  void prefersTheSplitWithTheCommonerWords() {
    assertThat(glued("the troopswill leave the town")).isEqualTo("the troops will leave the town");
    assertThat(glued("party leadersand their aides")).isEqualTo("party leaders and their aides");
  }

  @Test
  void restoresAParagraphWhoseLineBreaksWereDropped() {
    for (int width : new int[] {55, 62, 71, 80}) {
      String damaged = Wrapping.glue(width, Samples.HARBOUR);
      assertThat(words(damaged)).as("width %d", width).isEqualTo(Samples.HARBOUR);
    }
  }

  @Test
  void restoresSeveralParagraphsGluedTogether() {
    String damaged = Wrapping.glue(64, Samples.HARBOUR, Samples.FISHERS, Samples.SCHOOL);
    assertThat(words(damaged))
        .isEqualTo(Samples.HARBOUR + " " + Samples.FISHERS + " " + Samples.SCHOOL);
  }

  @Test
  void restoresQuotesNumbersAndCurrencyAtLineBreaks() {
    String damaged = Wrapping.glue(58, Samples.COUNCIL, Samples.FISHERS);
    assertThat(words(damaged)).isEqualTo(Samples.COUNCIL + " " + Samples.FISHERS);
  }

  @Test
  void restoresTextWhereOnlySomeBreaksLostTheirSpace() {
    Random random = new Random(7);
    String damaged = Wrapping.damage(66, 0.6, random, Samples.HARBOUR, Samples.SCHOOL);
    assertThat(words(damaged)).isEqualTo(Samples.HARBOUR + " " + Samples.SCHOOL);
  }

  @Test
  void leavesAFileNameWithACapitalExtensionAlone() {
    assertThat(words("Open report.PDF to read the minutes."))
        .isEqualTo("Open report.PDF to read the minutes.");
  }

  @Test
  void neverSplitsATwoLetterWordIntoTwoLetters() {
    assertThat(words("aa\n")).isEqualTo("aa\n");
    assertThat(words("The aa lava flow reached the road."))
        .isEqualTo("The aa lava flow reached the road.");
  }

  @Test
  void splitsAContractionGluedToTheNextWord() {
    // The dictionary rates contractions far below their use; they are scored from their word.
    assertThat(words("She said she'dlike to stay in the city."))
        .isEqualTo("She said she'd like to stay in the city.");
    assertThat(words("We'llsee what the court decides next week."))
        .isEqualTo("We'll see what the court decides next week.");
  }

  @Test
  void splitsAWordGluedAfterAClosingBracket() {
    assertThat(words("The winners: Pierce (France)25 and Asagoe (Japan)29."))
        .isEqualTo("The winners: Pierce (France) 25 and Asagoe (Japan) 29.");
  }

  @Test
  void restoresSpacedDashesAtLineBreaks() {
    // A break next to a spaced dash leaves "claim- filed" or "goal -but"; a document that sets
    // its dashes apart makes a lone dash an ordinary token, and the line width places the break.
    String paragraph =
        "The court rejected the claim - filed in the spring by the harbour authority - and said"
            + " the ferry company had kept to its contract. The judge noted that the timetable -"
            + " which had changed twice in a year - was published well in advance, and that"
            + " passengers had been told of every change by letter, by notice and online.";
    for (int width : new int[] {40, 44, 52, 60, 66, 73}) {
      String damaged = Wrapping.glue(width, paragraph);
      assertThat(words(damaged)).as("width %d", width).isEqualTo(paragraph);
    }
  }

  @Test
  void usesTheLineWidthToSplitARealWordAtABreak() {
    // "a political" glued at a line end reads as the word "apolitical"; the width says it is a
    // break. The width is chosen so that "a" ends a line.
    String paragraph =
        "Ministers from both countries met in the capital on Monday and agreed that the dispute"
            + " over fishing rights needed a political solution rather than another round of"
            + " court cases, which had cost both governments millions over the past decade and"
            + " settled nothing at all. Both sides will now name negotiators before the summer.";
    int width = 55;
    while (!Wrapping.glue(width, paragraph).contains("apolitical")) {
      width++;
    }
    assertThat(width).isLessThan(90);
    assertThat(words(Wrapping.glue(width, paragraph))).isEqualTo(paragraph);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The base at Hmeymim was quiet after the ceasefire began in the northwest.",
        "Even the staunchest critics agreed that the demilitarized zone had held.",
        "The counterterrorism unit and the decarbonization office share a building.",
        "The vaccine, known as BNT162b2, was approved in December.",
        "She bought an iPhone at McDonald's and paid with PayPal.",
        "Call document.getElementById('menu') from JavaScript to find the element.",
      })
  void leavesGoodWordsWhole(String sentence) {
    assertThat(words(sentence)).isEqualTo(sentence);
  }

  @Test
  void leavesParagraphsInOtherLanguagesAlone() {
    String text =
        "Die Regierung hat am Dienstag beschlossen, die Hafenmauer im Frühjahr zu erneuern."
            + " Les pêcheurs craignent que le port reste fermé pendant plusieurs semaines."
            + " El ayuntamiento publicará un calendario para que los barcos planifiquen sus salidas.";
    assertThat(words(text)).isEqualTo(text);
  }

  @Test
  void leavesAddressesHandlesAndHashtagsAlone() {
    String text =
        "Write to press@portamberley.example or see https://portamberley.example/newsroom and"
            + " follow @PortAmberleyNews with #harbourrepairs for updates.";
    assertThat(words(text)).isEqualTo(text);
  }

  @Test
  void keepsProtectedWordsWholeEvenWhenTheyLookGlued() {
    String text = "the agency Russiancounterpart opened";
    TextMend protecting =
        TextMend.builder()
            .fixers(List.of("glued-words"))
            .lexicon(Lexicon.english().withProtected(List.of("Russiancounterpart")))
            .build();
    assertThat(protecting.clean(text)).isEqualTo(text);
    assertThat(glued(text)).isNotEqualTo(text);
  }

  @Test
  void aUserWordIsAKnownWordToSplitAround() {
    TextMend withWord =
        TextMend.builder()
            .fixers(List.of("glued-words"))
            .lexicon(Lexicon.english().withWords(java.util.Map.of("Quarrendon", 12)))
            .build();
    assertThat(withWord.clean("they drove to Quarrendonto meet him"))
        .isEqualTo("they drove to Quarrendon to meet him");
  }

  @Test
  void aCleanDocumentComesOutByteIdentical() {
    String text = Samples.HARBOUR + "\n\n" + Samples.COUNCIL + "\n\n" + Samples.SCHOOL + "\n";
    assertThat(words(text)).isEqualTo(text);
  }
}
