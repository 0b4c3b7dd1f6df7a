package org.textmend.fixers.whitespace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.fixers.whitespace.WhitespaceFixer.LineEnding;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

class WhitespaceFixerTest {

  private static final WhitespaceFixer KEEP = new WhitespaceFixer(LineEnding.KEEP);

  private static String fix(WhitespaceFixer fixer, String text) {
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }

  private static String fix(String text) {
    return fix(KEEP, text);
  }

  @Test
  void javadocExample() {
    assertThat(fix("The  minister said\u00A0it  \n\n\n\nwould act"))
        .isEqualTo("The minister said it\n\nwould act\n");
  }

  @Test
  void collapsesRunOfSpacesInsideLine() {
    assertThat(KEEP.edits("the  ministry   said\n"))
        .containsExactly(new Edit(3, 5, " "), new Edit(13, 16, " "));
  }

  @Test
  void removesTrailingSpacesAndTabs() {
    assertThat(fix("first line \t\nsecond line  \n")).isEqualTo("first line\nsecond line\n");
  }

  @Test
  void keepsLeadingIndentation() {
    assertThat(fix("  an indented  line\n")).isEqualTo("  an indented line\n");
  }

  @Test
  void leavesRunsInCodeIndentedLinesAlone() {
    String code = "Example:\n\n    total  = price * count\n\ttax    = total / 10\n";
    assertThat(KEEP.edits(code)).isEmpty();
  }

  @Test
  void leavesAlignedTableAlone() {
    String table = "Name     Age  Town\nAnna      31  Leeds\nRavi      28  York\n";
    assertThat(KEEP.edits(table)).isEmpty();
  }

  @Test
  void leavesConsistentTwoSpacesAfterFullStopsAlone() {
    String text = "It rained.  We stayed in.\nThe roof held.  Nobody minded.\n";
    assertThat(KEEP.edits(text)).isEmpty();
  }

  @Test
  void collapsesDoubleSpaceOnALineOfItsOwn() {
    assertThat(fix("It rained.  We stayed in.\n\nThe roof held.\n"))
        .isEqualTo("It rained. We stayed in.\n\nThe roof held.\n");
  }

  @Test
  void leavesTabsInsideLineAlone() {
    String tabSeparated = "name\tcount\napples\t\t3\n";
    assertThat(KEEP.edits(tabSeparated)).isEmpty();
  }

  @Test
  void collapsesRunsOfBlankLines() {
    assertThat(fix("one\n\n\n\ntwo\n\n\nthree\n")).isEqualTo("one\n\ntwo\n\nthree\n");
  }

  @Test
  void deletesWholeRunOfBlankLinesInOneEdit() {
    assertThat(KEEP.edits("one\n\n\n\ntwo\n")).containsExactly(new Edit(5, 7, ""));
  }

  @Test
  void emptiesLineOfSpacesOnly() {
    assertThat(fix("one\n \t \ntwo\n")).isEqualTo("one\n\ntwo\n");
  }

  @Test
  void emptiesLineOfNoBreakSpacesOnly() {
    assertThat(fix("one\n\u00A0\n\u00A0\ntwo\n")).isEqualTo("one\n\ntwo\n");
  }

  @Test
  void removesLeadingBlankLines() {
    assertThat(fix("\n  \n\nTitle\n")).isEqualTo("Title\n");
  }

  @Test
  void removesTrailingBlankLines() {
    assertThat(fix("last line\n\n \n\n")).isEqualTo("last line\n");
  }

  @Test
  void addsFinalNewline() {
    assertThat(KEEP.edits("no newline")).containsExactly(Edit.insert(10, "\n"));
  }

  @Test
  void trailingSpacesAndMissingNewlineAreOneEdit() {
    assertThat(KEEP.edits("end  ")).containsExactly(new Edit(3, 5, "\n"));
  }

  @Test
  void addedFinalNewlineFollowsTheTextsStyle() {
    assertThat(fix("one\r\ntwo")).isEqualTo("one\r\ntwo\r\n");
    assertThat(fix("one\rtwo")).isEqualTo("one\rtwo\r");
  }

  @Test
  void whiteSpaceOnlyTextBecomesEmpty() {
    assertThat(fix(" \n\n\t\u00A0")).isEmpty();
  }

  @Test
  void emptyTextHasNoEdits() {
    assertThat(KEEP.edits("")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "One paragraph.\n",
        "A title\n\nA paragraph with words.\nAnother line.\n",
        "Windows lines\r\n\r\nstay as they are.\r\n",
        "Old Mac lines\r\rstay too.\r",
        "Mixed\r\nline\nendings\rare kept.\n",
        "Tabs\tinside\tlines.\n",
        "Page one\n\f\nPage two\n",
        "Zwei Leerzeilen gibt es nicht, aber Umlaute: äöü ß.\n",
        "Emoji 👍🏽 and a family 👨‍👩‍👧 stay.\n",
      })
  void leavesCleanTextAlone(String text) {
    assertThat(KEEP.edits(text)).isEmpty();
  }

  @Test
  void keepsCrlfWhileFixingOtherWhiteSpace() {
    assertThat(fix("a  b\r\n\r\n\r\nc \r\n")).isEqualTo("a b\r\n\r\nc\r\n");
  }

  @Test
  void aBlankLineOfSpacesAfterALoneCrStaysABlankLine() {
    // Removing the space of "\r \n" alone would leave "\r\n", one break instead of two.
    assertThat(fix("a\r \nb\r")).isEqualTo("a\r\rb\r");
  }

  @Test
  void eolLfConvertsEveryLineBreak() {
    WhitespaceFixer lf = new WhitespaceFixer(LineEnding.LF);
    assertThat(fix(lf, "a\r\nb\rc\nd")).isEqualTo("a\nb\nc\nd\n");
  }

  @Test
  void eolCrlfConvertsEveryLineBreak() {
    WhitespaceFixer crlf = new WhitespaceFixer(LineEnding.CRLF);
    assertThat(fix(crlf, "a\nb\r\nc\r\n\n\nd")).isEqualTo("a\r\nb\r\nc\r\n\r\nd\r\n");
  }

  @Test
  void noBreakSpaceBetweenWordsBecomesPlainSpace() {
    assertThat(KEEP.edits("By\u00A0Samir Khan\n")).containsExactly(new Edit(2, 3, " "));
  }

  @Test
  void unicodeSpacesAfterWordEndBecomePlainSpace() {
    assertThat(fix("Mr.\u2009Smith said,\u2003then left.\n"))
        .isEqualTo("Mr. Smith said, then left.\n");
  }

  @Test
  void mixedRunOfSpacesBetweenWordsBecomesOneSpace() {
    assertThat(fix("two \u00A0 words\n")).isEqualTo("two words\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Quoi\u202F? Il a dit\u00A0: «\u202FOui\u202F».\n", // French punctuation spacing
        "The road is 10\u00A0km long.\n", // number and unit
        "It cost 1\u202F000\u00A0€.\n", // thousands separator
        "See page\u00A05.\n", // before a number
        "§\u00A012 applies.\n", // after a sign
        "東京\u3000大阪\n", // ideographic space
        "\u00A0\u00A0Indented with no-break spaces.\n", // indentation
      })
  void keepsMeaningfulNoBreakSpaces(String text) {
    assertThat(KEEP.edits(text)).isEmpty();
  }

  @Test
  void removesTrailingNoBreakSpace() {
    assertThat(fix("The end.\u00A0\n")).isEqualTo("The end.\n");
  }

  @Test
  void removesMarkdownTwoSpaceLineBreak() {
    assertThat(fix("line one  \nline two\n")).isEqualTo("line one\nline two\n");
  }

  @Test
  void formFeedLineIsNotBlank() {
    assertThat(KEEP.edits("a\n\f\n\f\nb\n")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "  a  b  \n\n\n c\u00A0d \r\n\r\n\r\n",
        "x\u2003 \u2003y\n\n",
        "\t\tcode  here \n  prose  here\n",
        "A  B\nC  D\n\n\nE  F\n",
        "\r\r\r",
        "end without newline \u00A0 ",
        // found by FixerContractTest: a mixed run must not make the next line look preformatted
        "\u0131\u202F  \u0130\r\u201C  \u2013",
      })
  void isIdempotent(String text) {
    for (LineEnding eol : LineEnding.values()) {
      WhitespaceFixer fixer = new WhitespaceFixer(eol);
      String once = fix(fixer, text);
      assertThat(fixer.edits(once)).as("%s after %s", eol, once).isEmpty();
    }
  }

  @Test
  void providerReadsEolParameter() {
    WhitespaceFixer fixer =
        new WhitespaceFixer.Provider()
            .create(new FixerArgs("whitespace", Map.of("eol", "CRLF"), Lexicon.empty()));
    assertThat(fix(fixer, "a\nb\n")).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void providerRejectsUnknownEolValue() {
    FixerArgs args = new FixerArgs("whitespace", Map.of("eol", "mac"), Lexicon.empty());
    assertThatThrownBy(() -> new WhitespaceFixer.Provider().create(args))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("whitespace: parameter eol must be keep, lf or crlf, not \"mac\"");
  }

  @Test
  void providerRejectsUnknownParameter() {
    FixerArgs args = new FixerArgs("whitespace", Map.of("tabs", "4"), Lexicon.empty());
    assertThatThrownBy(() -> new WhitespaceFixer.Provider().create(args))
        .hasMessage("Unknown parameters for whitespace: [tabs]");
  }

  @Test
  void editsOfLongTextAreSortedAndApart() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      text.append("word  ").append(i % 7 == 0 ? "\n\n\n" : "\u00A0x \n");
    }
    List<Edit> edits = KEEP.edits(text.toString());
    for (int i = 1; i < edits.size(); i++) {
      assertThat(edits.get(i).start()).isGreaterThan(edits.get(i - 1).end());
    }
  }
}
