package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class SentenceSpacingFixerTest {

  private static final SentenceSpacingFixer FIXER =
      new SentenceSpacingFixer(FixerArgs.defaults("sentence-spacing"));

  private static String fix(String text) {
    return new Step(FIXER.name(), FIXER.edits(text)).applyTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "the influx to Turkey.Erdogan also spoke | the influx to Turkey. Erdogan also spoke",
        "its allies,and its rivals | its allies, and its rivals",
        "the Turkish side.”Russia has said | the Turkish side.” Russia has said",
        "a new tendency”.He made it clear | a new tendency”. He made it clear",
        "agreed to a ceasefire.“...This is a start | agreed to a ceasefire. “...This is a start",
        "prices rose 0.5%.Overall sales fell | prices rose 0.5%. Overall sales fell",
        "the team won 3-1.The coach said | the team won 3-1. The coach said",
      })
  void restoresTheSpaceAfterTheMark(String damaged, String repaired) {
    assertThat(fix(damaged)).isEqualTo(repaired);
  }

  @Test
  void insertsOneSpaceAndChangesNothingElse() {
    assertThat(FIXER.edits("to Turkey.Erdogan also")).containsExactly(Edit.insert(10, " "));
  }

  @Test
  void aQuoteAfterAColonOpensTheQuotation() {
    assertThat(fix("The minister said:\"We will act now,\" and left."))
        .isEqualTo("The minister said: \"We will act now,\" and left.");
  }

  @Test
  void aClosingQuoteStaysWithItsSentence() {
    assertThat(fix("\"We will act now.\"The minister then left the room."))
        .isEqualTo("\"We will act now.\" The minister then left the room.");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "U.S. troops and U.K. forces left, e.g. from the north, i.e. the border.",
        "Dr. Amara Osei met J.R.R. Tolkien's editor at 9 a.m. on Monday.",
        "The index rose 3.5% to 1,250,000 points at 10:45, a ratio of 4:1.",
        "See example.com, install Node.js, edit config.yaml and upgrade to v2.3.1 today.",
        "Well... it was late. And then?! Nobody knew.",
        "Write to desk@example.org or visit https://example.org/News.Today for more.",
        "Call Console.WriteLine(value) or Math.Max(a, b) in the script.",
        "id,name,city,country",
        "Plan A.B was never tried.",
      })
  void leavesAbbreviationsNumbersAddressesAndCodeAlone(String text) {
    assertThat(fix(text)).isEqualTo(text);
  }

  @Test
  void splitsAnIsolatedSentenceJoinInALongCleanDocument() {
    // Issue 10: one clear join in an otherwise clean page (HTML blocks that met without a space)
    // is made from the token and its neighbours, without other damage to vouch for it.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      text.append("The ferry left the harbour on time and reached the island before noon. ");
    }
    String clean = text.toString();
    assertThat(fix(clean + "The crew said it was calm.It was a good day, one said.\n"))
        .isEqualTo(clean + "The crew said it was calm. It was a good day, one said.\n");
  }
}
