package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.TextMend;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class DespacedTextFixerTest {

  private static final DespacedTextFixer FIXER =
      new DespacedTextFixer(FixerArgs.defaults(DespacedTextFixer.NAME));

  private static String fix(String text) {
    return new Step(FIXER.name(), FIXER.edits(text)).applyTo(text);
  }

  @Test
  void splitsAParagraphThatLostEverySpace() {
    String damaged =
        "Whenthestormreachedthecoast,mostfamilieshadalreadyleftfortheirrelativesinland."
            + "Theschoolsstayedclosedfortwodays.";
    assertThat(fix(damaged))
        .isEqualTo(
            "When the storm reached the coast, most families had already left for their relatives"
                + " inland. The schools stayed closed for two days.");
  }

  @Test
  void keepsQuotesPunctuationAndCaseInPlace() {
    assertThat(fix("Shesaid:\"Wewillbuildittogether,\"andthenshewalkedoutoftheroom."))
        .isEqualTo("She said: \"We will build it together,\" and then she walked out of the room.");
  }

  @Test
  void splitsOnlyTheDespacedParagraphOfADocument() {
    String text =
        "A short title\n\nThis paragraph kept its spaces.\n\n"
            + "theannualreporthasbeenpublishedonthewebsiteofthecityhall\n";
    assertThat(fix(text))
        .isEqualTo(
            "A short title\n\nThis paragraph kept its spaces.\n\n"
                + "the annual report has been published on the website of the city hall\n");
  }

  @Test
  void splitsADespacedParagraphThatNamesASite() {
    String damaged =
        "Thetownhallsaysitsnewsiteharbour.orgwillcarrythenoticesthatusedtohangonthedoor,"
            + "andthelibrarywillprintthemforanyonewhoasks.";
    assertThat(fix(damaged))
        .isEqualTo(
            "The town hall says its new site harbour.org will carry the notices that used to hang"
                + " on the door, and the library will print them for anyone who asks.");
  }

  /**
   * A glued hyphen was a compound's or a dash whose spaces went: the document's spaced paragraphs
   * show which it writes, and a dash stands beside a common word.
   */
  @Test
  void readsEachGluedHyphenByTheDocumentsOwnHabit() {
    String compounds =
        "The long-term plan - drawn up by the state-owned ferry firm - was well-known and"
            + " short-lived, a half-hearted and one-sided idea.\n\n"
            + "Theloss-makingferryservicewillclosenextyearafterthirtyyearsatsea.\n";
    assertThat(fix(compounds))
        .contains("The loss-making ferry service will close next year after thirty years at sea.");
    String dashes =
        "The harbour - the oldest in the county - was dredged. It took a year - or more.\n\n"
            + "Theferryservicewillclosenextyear-thefirstclosureinthirtyyearsatsea.\n";
    assertThat(fix(dashes))
        .contains(
            "The ferry service will close next year - the first closure in thirty years at sea.");
  }

  @Test
  void leavesADottedIdentifierAlone() {
    String text = "Load org.example.harbour.tides.TideTableReaderFactory before the rest.";
    assertThat(FIXER.edits(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Donaudampfschifffahrtsgesellschaftskapitaenswitwe",
        "https://example.org/thequickbrownfoxjumpsoverthelazydog/index.html",
        "www.thebestplaceintheworldtobuyyournewhouse.com",
        "getUserAccountBalanceFromTheRemoteServiceAndCacheIt",
        "the_quick_brown_fox_jumps_over_the_lazy_dog_again",
        "ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำในประโยคเลย",
        "ACGTTGCAACGTAGCTAGCTAGGCTTACGATCGATCGTAGCTAGCTAGCA",
        "dGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw",
        "methylenedioxymethamphetaminehydrochloride",
        "#thisisthebesthashtagintheworldforsummerholidays",
        "if(total>limit){returnfalse;}elseif(count==0){reset();}",
        "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
      })
  void leavesTokensThatAreNotDespacedProseAlone(String token) {
    String text = "Before it came " + token + " and then the end.";
    assertThat(FIXER.edits(text)).isEmpty();
  }

  @Test
  void leavesShortGluedTokensToTheWordEngine() {
    assertThat(FIXER.edits("the power of the militias.A spokesman said")).isEmpty();
  }

  @Test
  void cleaningTwiceEqualsCleaningOnce() {
    TextMend pipeline = TextMend.standard();
    String damaged =
        "Title\n\nWhenthestormreachedthecoast,mostfamilieshadalreadyleftfortheirrelatives"
            + "inland.Theschoolsstayedclosedfortwodays.\n";
    String once = pipeline.clean(damaged);
    assertThat(once).contains("the storm reached the coast");
    assertThat(pipeline.clean(once)).isEqualTo(once);
  }

  /** Clean prose, whatever the order of its sentences, comes out byte-identical. */
  @Test
  void leavesCleanEnglishTextByteIdentical() {
    List<String> sentences = new ArrayList<>();
    for (String paragraph :
        List.of(Samples.HARBOUR, Samples.COUNCIL, Samples.FISHERS, Samples.SCHOOL)) {
      sentences.addAll(List.of(paragraph.split("(?<=[.\"]) ")));
    }
    sentences.add(
        "See https://example.org/reports/annual-review-of-the-harbour-wall.pdf for more.");
    sentences.add("The Donaudampfschifffahrtsgesellschaft was founded in Vienna.");
    Random random = new Random(20261204L);
    for (int round = 0; round < 30; round++) {
      Collections.shuffle(sentences, random);
      String text = String.join(" ", sentences.subList(0, 1 + random.nextInt(sentences.size())));
      assertThat(FIXER.edits(text)).as(text).isEmpty();
    }
  }
}
