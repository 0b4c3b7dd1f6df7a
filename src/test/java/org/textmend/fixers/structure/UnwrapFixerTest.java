package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;

class UnwrapFixerTest {

  private final UnwrapFixer fixer = new UnwrapFixer(Lexicon.english());

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  private static final String WRAPPED =
      "The talks will resume on Monday, the ministry said,\n"
          + "after both sides agreed to a ceasefire in the north\n"
          + "of the country and to an exchange of prisoners that\n"
          + "had been delayed for months.\n";

  private static final String JOINED =
      "The talks will resume on Monday, the ministry said, after both sides agreed to a ceasefire"
          + " in the north of the country and to an exchange of prisoners that had been delayed"
          + " for months.\n";

  @Test
  void joinsAHardWrappedParagraph() {
    assertThat(fix(WRAPPED)).isEqualTo(JOINED);
  }

  @Test
  void makesOneEditPerJoinedBreak() {
    assertThat(fixer.edits(WRAPPED))
        .containsExactly(new Edit(51, 52, " "), new Edit(103, 104, " "), new Edit(155, 156, " "));
  }

  @Test
  void joinsEachParagraphOfAWrappedDocumentSeparately() {
    String text = "Talks to resume\n\n" + WRAPPED + "\n" + WRAPPED;
    assertThat(fix(text)).isEqualTo("Talks to resume\n\n" + JOINED + "\n" + JOINED);
  }

  @Test
  void keepsParagraphEndsInsideAWrappedBlock() {
    String text =
        "The talks will resume on Monday, the ministry said,\n"
            + "after both sides agreed to a truce.\n"
            + "Rebels said they would wait for guarantees.\n"
            + "The first meeting will take place in the capital and\n"
            + "will be chaired by a retired judge from abroad.\n";
    assertThat(fix(text))
        .isEqualTo(
            "The talks will resume on Monday, the ministry said, after both sides agreed to a"
                + " truce.\n"
                + "Rebels said they would wait for guarantees.\n"
                + "The first meeting will take place in the capital and will be chaired by a"
                + " retired judge from abroad.\n");
  }

  @Test
  void joinsASentenceCutByBlankLines() {
    assertThat(
            fix(
                "Title\n\nThe council said it had a responsibility to\n\n"
                    + "stop the closures, and would act.\n"))
        .isEqualTo(
            "Title\n\nThe council said it had a responsibility to stop the closures, and would"
                + " act.\n");
  }

  @Test
  void joinsASentenceCutByOneLineBreak() {
    assertThat(fix("The council said it had a responsibility to\nstop the closures.\n"))
        .isEqualTo("The council said it had a responsibility to stop the closures.\n");
  }

  @Test
  void joinsATwoLineParagraphThatReachesTheDocumentWidth() {
    String text =
        WRAPPED
            + "\n"
            + "Officials from both sides said on Sunday they were\n"
            + "Ready to meet again.\n";
    assertThat(fix(text))
        .isEqualTo(
            JOINED
                + "\n"
                + "Officials from both sides said on Sunday they were Ready to meet again.\n");
  }

  @Test
  void leavesATwoLineParagraphAloneWithoutAWrappedBlockToMeasure() {
    String text = "Officials from both sides said on Sunday that they were\nReady to meet.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void joinsALineThatStartsWithADashInsideAWrappedParagraph() {
    String text =
        "The morning crossing to the island, which usually takes less than\n"
            + "an hour - was delayed by fog and by a fault in the steering gear\n"
            + "- and the captain decided to wait for the tide before sailing\n"
            + "again in the afternoon.\n";
    assertThat(fix(text))
        .isEqualTo(
            "The morning crossing to the island, which usually takes less than an hour - was"
                + " delayed by fog and by a fault in the steering gear - and the captain decided"
                + " to wait for the tide before sailing again in the afternoon.\n");
  }

  @Test
  void joinsTheWrappedLinesOfAListItem() {
    String text =
        "- longer opening hours for the central library, which the council\n"
            + "said would cost less than the repairs to the harbour wall and\n"
            + "the new bus route together\n"
            + "- a new bus route\n";
    assertThat(fix(text))
        .isEqualTo(
            "- longer opening hours for the central library, which the council said would cost"
                + " less than the repairs to the harbour wall and the new bus route together\n"
                + "- a new bus route\n");
  }

  @Test
  void leavesBulletItemsApartButJoinsTheirWrappedLines() {
    String text =
        "• longer opening hours for the central library, which the council\n"
            + "said would cost less than the repairs to the harbour wall and\n"
            + "the new bus route together\n"
            + "• a new bus route\n"
            + "• repairs to the wall\n";
    assertThat(fix(text))
        .isEqualTo(
            "• longer opening hours for the central library, which the council said would cost"
                + " less than the repairs to the harbour wall and the new bus route together\n"
                + "• a new bus route\n"
                + "• repairs to the wall\n");
  }

  @Test
  void treatsAQuotedWordAtTheLineEndAsInsideTheSentence() {
    String text =
        "Harbour traders called the council's parking plan \"rushed\"\n"
            + "in a statement on Friday, and said they had not been asked\n"
            + "about it before the vote took place.\n";
    assertThat(fix(text))
        .isEqualTo(
            "Harbour traders called the council's parking plan \"rushed\" in a statement on"
                + " Friday, and said they had not been asked about it before the vote took"
                + " place.\n");
  }

  @Test
  void givesTheSameResultWithCrlfLineEnds() {
    assertThat(fix(WRAPPED.replace("\n", "\r\n"))).isEqualTo(JOINED.replace("\n", "\r\n"));
  }

  @Test
  void leavesTheTitleAboveABodyInLowerCase() {
    String text = "Notes from the annual council meeting\n\nthe meeting opened at nine o'clock.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesParagraphsThatEndWithPunctuationApart() {
    String text =
        "Title\n\nThe council met on Monday and agreed the budget.\n\n"
            + "members then left for the day, said a spokesman.\n\n"
            + "He said: \"We will go\"\n\nand left.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesListsAlone() {
    String text =
        "The council agreed on three measures for the coming\n"
            + "- a new bus route through the northern districts\n"
            + "- longer opening hours for the central library\n"
            + "- repairs to the harbour wall before the winter\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesNumberedListsAlone() {
    String text =
        "1. open the valve slowly until the gauge shows pressure\n"
            + "2. wait until the needle settles in the green area\n"
            + "3. close the valve and write down the reading shown\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesVerseAlone() {
    String text =
        "The harbour lights are burning low tonight\n"
            + "And every boat has come back to the shore\n"
            + "The gulls have gone to sleep above the pier\n"
            + "And no one walks along the wall once more\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesAnAddressAlone() {
    String text = "Harbour Trade Weekly\n12 Quay Street\nPortsmouth\nPO1 2AB\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesCodeAndTablesAlone() {
    String code =
        "for (int i = 0; i < lines.length; i++) {\n"
            + "    total += lines[i].length() + separator.length();\n"
            + "}\n";
    String table =
        "Name        Votes     Share\n"
            + "Smith       12,345    41%\n"
            + "Jones       10,002    33%\n";
    assertThat(fixer.edits(code)).isEmpty();
    assertThat(fixer.edits(table)).isEmpty();
  }

  @Test
  void leavesTheFieldsOfARecordAlone() {
    String text =
        "Format: https://example.org/record-format/1.0/ and the rest of the header\n"
            + "Upstream-Name: harbour-tools for the coastal ferry timetable service\n"
            + "Source: https://example.org/harbour-tools/releases/download/latest\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void joinsAWrappedLineThatStartsWithANameAndAColon() {
    String text =
        "The chairman of the harbour board then turned to the reporters and asked Mr\n"
            + "Jones: \"If the ferry is late again this winter, who will pay for the extra\n"
            + "crossings?\" The reporters did not answer him.\n";
    assertThat(fix(text))
        .isEqualTo(
            "The chairman of the harbour board then turned to the reporters and asked Mr Jones:"
                + " \"If the ferry is late again this winter, who will pay for the extra"
                + " crossings?\" The reporters did not answer him.\n");
  }

  @Test
  void leavesAListOfPathsAlone() {
    String text =
        "Files: src/main/java/org/example/harbour/FerryTimetableParser.java\n"
            + " src/main/java/org/example/harbour/FerryTimetableWriter.java\n"
            + " src/main/java/org/example/harbour/CrossingScheduleBuilder.java\n"
            + " src/main/java/org/example/harbour/TideTableLoader.java\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesShortLinesAlone() {
    String text = "Ferry strike ends\nTalks continue\nbut nothing is agreed\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesLinesStartingWithNonWordsAlone() {
    String text =
        "The new handset was announced by the company today\n"
            + "iPhone sales fell sharply in the last three months.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesSplitWordsForHyphenation() {
    String text =
        "The talks will resume on Monday, the ministry said, and the govern-\n"
            + "ment will send a delegation of six officials and two judges to\n"
            + "the capital to meet the rebels before the end of the month.\n";
    assertThat(fix(text))
        .isEqualTo(
            "The talks will resume on Monday, the ministry said, and the govern-\n"
                + "ment will send a delegation of six officials and two judges to the capital to"
                + " meet the rebels before the end of the month.\n");
  }

  @Test
  void proposesNothingForAOneParagraphPerLineDocument() {
    String text =
        "Ferry strike ends\n\nThe strike ended on Monday after talks that lasted all weekend.\n\n"
            + "Unions said members would vote on the offer.\n";
    assertThat(fixer.edits(text)).isEmpty();
    assertThat(fixer.edits("")).isEmpty();
    assertThat(fixer.edits("one line")).isEmpty();
  }

  @Test
  void isIdempotent() {
    String text = "Talks to resume\n\n" + WRAPPED + "\n" + WRAPPED + "\nthe end of it all\n";
    String once = fix(text);
    assertThat(fixer.edits(once)).isEmpty();
  }

  @Test
  void providerCreatesTheFixer() {
    assertThat(new UnwrapFixer.Provider().create(FixerArgs.defaults("unwrap")).name())
        .isEqualTo("unwrap");
  }
}
