package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;

class BoilerplateFixerTest {

  private final BoilerplateFixer fixer = new BoilerplateFixer();

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  @Test
  void removesAShareLineBelowTheTitle() {
    assertThat(fix("Ferry strike ends\n\nShare this article\n\nThe strike ended.\n"))
        .isEqualTo("Ferry strike ends\n\nThe strike ended.\n");
  }

  @Test
  void removesFurnitureAtTheEndKeepingTheFinalLineBreak() {
    assertThat(fix("Ferry strike ends\n\nThe strike ended.\n\nTags: ferry, strike\n"))
        .isEqualTo("Ferry strike ends\n\nThe strike ended.\n");
    assertThat(fix("Ferry strike ends\n\nThe strike ended.\n\nRelated articles"))
        .isEqualTo("Ferry strike ends\n\nThe strike ended.");
  }

  @Test
  void makesOneEditPerRemovedLine() {
    String text = "Ferry strike ends\n\nThe strike ended.\n\nRelated articles\n\nLatest News\n";
    assertThat(fixer.edits(text)).containsExactly(Edit.delete(36, 54), Edit.delete(54, 67));
    assertThat(fix(text)).isEqualTo("Ferry strike ends\n\nThe strike ended.\n");
  }

  @Test
  void removesFurnitureAboveTheTitleWithoutLeavingBlankLines() {
    assertThat(fix("Skip to main content\n\nTRENDING NOW\n\nFerry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Full story: Harbour Daily ✓",
        "TRENDING NOW",
        "Latest News",
        "Photos and Videos",
        "Read the full text at Harbour Daily",
        "Sponsored Links",
        "read more The post Ferry strike ends first appeared on Harbour Trade Weekly.",
        "The post Ferry strike ends appeared first on Harbour Daily.",
        "Skip to main content",
        "Share on Facebook Share on Twitter",
        "Share this article",
        "Follow us on Twitter",
        "Follow us on Twitter @harbourdaily",
        "Facebook | Twitter | WhatsApp | Email",
        "Advertisement",
        "Click here to subscribe",
        "© 2019 Harbour Daily. All rights reserved.",
        "Copyright 2021 Harbour Media",
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "Related articles",
        "Tags: ferry, strike, harbour",
        "Read more:",
        "» Read more at Harbour Daily",
        "Werbung",
        "Publicité",
      })
  void removesEveryKindOfFurnitureAtTheEnd(String furniture) {
    assertThat(fix("Ferry strike ends\n\nThe strike ended on Monday.\n\n" + furniture + "\n"))
        .isEqualTo("Ferry strike ends\n\nThe strike ended on Monday.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Advertisement",
        "Share on Facebook Share on Twitter",
        "Story continues below advertisement",
        "Skip to main content",
        "Anzeige",
        "READ MORE: Ferry fares to rise in the winter",
        "Share this with Facebook Twitter Email",
      })
  void removesUnmistakableFurnitureInTheMiddle(String furniture) {
    assertThat(fix("Title\n\nFirst paragraph.\n\n" + furniture + "\n\nSecond paragraph.\n"))
        .isEqualTo("Title\n\nFirst paragraph.\n\nSecond paragraph.\n");
  }

  @Test
  void removesALineBetweenParagraphsWithoutBlankLines() {
    assertThat(fix("Title\nFirst paragraph.\nAdvertisement\nSecond paragraph.\n"))
        .isEqualTo("Title\nFirst paragraph.\nSecond paragraph.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Latest News",
        "Related articles",
        "Tags: ferry, strike",
        "Read more",
        "Comments",
        "Copyright 2021 Harbour Media",
        "© 2019 Harbour Daily. All rights reserved.",
      })
  void leavesEdgeOnlyPhrasesInTheMiddleAlone(String line) {
    String text = "Title\n\nFirst paragraph.\n\n" + line + "\n\nSecond paragraph.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share prices rose after the advertisement aired on Sunday.",
        "Shares in the ferry company fell 4%.",
        "Follow the money, the auditor told the committee.",
        "Click here, the manual said, and the machine would restart.",
        "Copyright holders will be paid under the new rules.",
        "The song first appeared on their 1999 album.",
        "The song appeared first on the radio, then in the charts.",
        "Your browser does not support the new format, the company admitted in a statement.",
        "Advertisement revenue fell by a third.",
        "Cookies sold out at the school fair.",
        "Related stories from the archive were read aloud at the meeting.",
        "Email is still how most firms send invoices.",
        "The Twitter and Facebook accounts were suspended.",
        "Print and email newsletters both lost readers.",
        "Read more about the plan in the council's report, the mayor said.",
        "More: the council will publish its report in May, a spokesman said, and then vote.",
      })
  void leavesArticleSentencesAlone(String sentence) {
    String text = "Title\n\n" + sentence + "\n\nSecond paragraph.\n\n" + sentence + "\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesACopyrightNoticeAtTheTopAlone() {
    String text =
        "Copyright 2010 Harbour Software. All rights reserved.\n\nPermission is granted.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesALabelThatIntroducesTheNextLineAlone() {
    assertThat(fixer.edits("Title\n\nComment:\nThe council agreed.\n")).isEmpty();
  }

  @Test
  void leavesADocumentOfNothingButFurnitureAlone() {
    assertThat(fixer.edits("Advertisement\r\n© 2019 Harbour Daily. All rights reserved.\r\n"))
        .isEmpty();
    assertThat(fixer.edits("Advertisement\n")).isEmpty();
    assertThat(fixer.edits("Share this article\n\nRelated articles\n")).isEmpty();
  }

  @Test
  void givesTheSameResultWithCrlfLineEnds() {
    assertThat(fix("Title\r\n\r\nShare this article\r\n\r\nBody.\r\n\r\nTags: a, b\r\n"))
        .isEqualTo("Title\r\n\r\nBody.\r\n");
  }

  @Test
  void proposesNothingForACleanDocument() {
    assertThat(fixer.edits("Ferry strike ends\n\nThe strike ended on Monday.\n")).isEmpty();
    assertThat(fixer.edits("")).isEmpty();
    assertThat(fixer.edits("\n\n")).isEmpty();
  }

  @Test
  void isIdempotent() {
    String once =
        fix(
            "Skip to main content\n\nTitle\n\nShare this article\n\nBody.\n\nAdvertisement\n\n"
                + "More body.\n\nTags: a\n\n© 2020 Harbour Daily\n");
    assertThat(once).isEqualTo("Title\n\nBody.\n\nMore body.\n");
    assertThat(fixer.edits(once)).isEmpty();
  }

  @Test
  void providerCreatesTheFixer() {
    assertThat(new BoilerplateFixer.Provider().create(FixerArgs.defaults("boilerplate")).name())
        .isEqualTo("boilerplate");
  }
}
