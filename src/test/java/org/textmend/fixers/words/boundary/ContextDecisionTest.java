package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.fixers.words.boundary.Boundaries.Kind;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * Joins in an otherwise clean page: one strong join is made from the token and its neighbours,
 * without the line width or other damage to vouch for it, and names, compounds and code are left
 * alone.
 */
class ContextDecisionTest {

  private static final Lexicon LEXICON = Lexicon.english();

  // A clean paragraph of my own, long enough (over 60 words) not to count as a short snippet.
  private static final String PAGE =
      "The harbour board met on Tuesday evening to discuss the repairs to the northern pier,"
          + " which was damaged during the winter storms. Several members argued that the work"
          + " should wait until the spring, when the weather would be calmer and the costs"
          + " lower. Others pointed out that the fishing fleet depends on the pier every day,"
          + " and that a delay would hurt the families who live from the catch. The board will"
          + " vote on the plan next month, after the engineers have finished their survey.";

  private static String withJoin(String from, String to) {
    assertThat(PAGE).contains(from);
    return PAGE.replace(from, to);
  }

  /** {@code text} with four more joins: a page that shows damage throughout. */
  private static String damaged(String text) {
    return text.replace("lower. Others", "lower.Others")
        .replace("to discuss the", "todiscuss the")
        .replace("the winter", "thewinter")
        .replace("who live", "wholive");
  }

  private static Boundaries of(String text) {
    return Boundaries.of(text, LEXICON);
  }

  @Test
  void leavesTheCleanPageAlone() {
    Boundaries boundaries = of(PAGE);
    for (Kind kind : Kind.values()) {
      assertThat(boundaries.edits(kind)).isEmpty();
    }
  }

  @Test
  void splitsOneStrongJoinOfTwoWordsInACleanPage() {
    String text = withJoin("the fishing fleet", "thefishing fleet");
    assertThat(of(text).edits(Kind.GLUED))
        .containsExactly(Edit.insert(text.indexOf("fishing"), " "));
  }

  @Test
  void splitsOneSentenceJoinInACleanPage() {
    String text = withJoin("lower. Others", "lower.Others");
    assertThat(of(text).edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(text.indexOf("Others"), " "));
  }

  @Test
  void splitsTheArticleAfterAFullStopWhenALowerCaseWordFollows() {
    // The page shows no other join: the sentence rule alone vouches for it.
    String text = withJoin("storms. Several members", "storms.A few members");
    assertThat(of(text).edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(text.indexOf("A few"), " "));
  }

  @Test
  void neverSplitsBeforeAPossessiveInADamagedPage() {
    String text = damaged(withJoin("the fishing fleet", "the Henin-Hardenne's fleet"));
    Boundaries boundaries = of(text);
    for (Kind kind : Kind.values()) {
      for (Edit edit : boundaries.edits(kind)) {
        assertThat(text.charAt(edit.start())).as(kind.name()).isNotEqualTo('\'');
      }
    }
    assertThat(boundaries.edits(Kind.GLUED)).hasSize(3);
  }

  @Test
  void leavesHyphenatedCompoundsAndNamesEndingInAAloneInAShortDamagedText() {
    // A short text with a clear join counts as damaged; no line width is fitted to it.
    for (String word : new String[] {"post-dot-com", "6,000-strong", "1Xtra,"}) {
      String text = "The " + word + " fleet sailed tothe quay at noon.";
      Boundaries boundaries = of(text);
      assertThat(boundaries.edits(Kind.GLUED))
          .as(word)
          .containsExactly(Edit.insert(text.indexOf("the quay"), " "));
      assertThat(boundaries.edits(Kind.SENTENCE)).as(word).isEmpty();
      assertThat(boundaries.edits(Kind.CAMEL)).as(word).isEmpty();
    }
  }

  @Test
  void leavesANumberedSectionAlone() {
    String text = withJoin("their survey", "their survey of section 12.A carefully");
    assertThat(of(text).edits(Kind.SENTENCE)).isEmpty();
  }

  @Test
  void splitsAnAcronymAfterAFullStopThatThePageWritesAlone() {
    String text =
        withJoin("lower. Others", "lower.NATO officials")
            .replace("The board will", "The NATO board will");
    assertThat(of(text).edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(text.indexOf("NATO officials"), " "));
  }

  @Test
  void leavesAFileNameOrARepeatedNameWithAFullStopAlone() {
    // The extension appears nowhere else; the virus name is written the same way twice.
    String file = withJoin("their survey", "their report.PDF");
    String virus =
        withJoin("the winter storms", "the Bagle.AT worm")
            .replace("their survey", "the Bagle.AT scan at the pier");
    for (String text : new String[] {file, virus}) {
      assertThat(of(text).edits(Kind.SENTENCE)).as(text).isEmpty();
    }
  }

  @Test
  void splitsANameGluedToASurnameTheLexiconLacks() {
    String text = withJoin("Several members", "Chairman DmitryKovalenko and several members");
    assertThat(of(text).edits(Kind.CAMEL))
        .containsExactly(Edit.insert(text.indexOf("Kovalenko"), " "));
  }

  @Test
  void splitsTwoKnownNamesOnlyWhenThePageWritesTheSurnameAlone() {
    String glued = withJoin("Several members", "Chairman MichaelDawson and several members");
    assertThat(of(glued).edits(Kind.CAMEL)).isEmpty();
    String named = glued.replace("Others pointed", "Dawson and others pointed");
    assertThat(of(named).edits(Kind.CAMEL))
        .containsExactly(Edit.insert(named.indexOf("Dawson and"), " "));
  }

  @Test
  void splitsANameGluedToAFunctionWordThatFitsTheWordAfterIt() {
    String text = withJoin("the fishing fleet", "the fleet in Idlibto prevent");
    assertThat(of(text).edits(Kind.GLUED))
        .containsExactly(Edit.insert(text.indexOf("to prevent"), " "));
  }

  @Test
  void leavesKnownWordsThatEndLikeAFunctionWordAlone() {
    // Each is a word the lexicon knows: a plural of a people, a name.
    for (String word : new String[] {"Iraqis were", "Pakistanis have", "Justin said"}) {
      String text = withJoin("Several members", "Several " + word + " that members");
      assertThat(of(text).edits(Kind.GLUED)).as(word).isEmpty();
    }
  }

  @Test
  void splitsAFunctionWordGluedToTheNextWordAtASentenceStart() {
    String text = withJoin("Others pointed out", "Theywould point out");
    assertThat(of(text).edits(Kind.GLUED))
        .containsExactly(Edit.insert(text.indexOf("would point"), " "));
  }

  @Test
  void leavesANameThatStartsWithAFunctionWordAlone() {
    String text = withJoin("Others pointed out", "Bywater is a village and others pointed out");
    assertThat(of(text).edits(Kind.GLUED)).isEmpty();
  }

  @Test
  void leavesBrandsMadeOfTwoNamesAlone() {
    for (String word : new String[] {"SonyEricsson", "HarperCollins", "MacLennan"}) {
      String text = withJoin("the northern pier", "the " + word + " pier");
      assertThat(of(text).edits(Kind.CAMEL)).as(word).isEmpty();
    }
  }

  @Test
  void leavesACompoundOfTwoOrdinaryWordsAlone() {
    // "fishfleet" could be a closed compound; nothing in a clean page says it lost a space.
    String text = withJoin("the fishing fleet", "the fishfleet");
    assertThat(of(text).edits(Kind.GLUED)).isEmpty();
  }

  @Test
  void leavesNamesBrandsAndCodeAlone() {
    for (String word :
        new String[] {
          "PlayStation",
          "WordPress",
          "iPhone",
          "McDonald's",
          "PDAs",
          "getElementById",
          "www.example.com/harbourBoard",
          "4Cast",
          "sin-bin",
          "wi-fi's"
        }) {
      String text = withJoin("the northern pier", "the " + word + " pier");
      Boundaries boundaries = of(text);
      for (Kind kind : Kind.values()) {
        assertThat(boundaries.edits(kind)).as(word).isEmpty();
      }
    }
  }

  @Test
  void leavesARealWordAlone() {
    String text = withJoin("calmer and the costs", "calmer and the worthless costs");
    for (Kind kind : Kind.values()) {
      assertThat(of(text).edits(kind)).isEmpty();
    }
  }
}
