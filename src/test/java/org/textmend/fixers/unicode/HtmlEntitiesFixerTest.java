package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textmend.fixers.unicode.Fixing.fix;

import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;

class HtmlEntitiesFixerTest {

  private final HtmlEntitiesFixer fixer = new HtmlEntitiesFixer();

  @Test
  void decodesReferencesInPlainText() {
    assertThat(fix(fixer, "Rock &amp; roll&#8230; it&#x2019;s caf&eacute; time&nbsp;now"))
        .isEqualTo("Rock & roll… it’s café time\u00A0now");
  }

  @Test
  void proposesOneEditPerReference() {
    assertThat(fixer.edits("a &lt; b &#62; c"))
        .containsExactly(new Edit(2, 6, "<"), new Edit(9, 14, ">"));
  }

  @Test
  void knowsTheHtml5Names() {
    assertThat(fix(fixer, "Wait&hellip; it&apos;s A &rarr; B, x &NotEqualTilde; y, &fjlig;ord"))
        .isEqualTo("Wait… it's A → B, x ≂̸ y, fjord");
  }

  @Test
  void decodesEscapedEscapesToTheEnd() {
    assertThat(fix(fixer, "Q&amp;amp;A and &amp;lt;tag&amp;gt;")).isEqualTo("Q&A and <tag>");
  }

  @Test
  void readsNumericReferencesToC1AsWindows1252() {
    assertThat(fix(fixer, "It&#146;s &#147;here&#148;")).isEqualTo("It’s “here”");
  }

  @Test
  void leavesIncompleteReferencesAndBareAmpersandsAlone() {
    assertThat(fixer.edits("AT&T, R&D; Q&A, &c, fish & chips, &amp without, &copy 2004, &;"))
        .isEmpty();
  }

  @Test
  void leavesUnknownNamesAlone() {
    assertThat(fixer.edits("The &bogus; name and &Eacute2; stay.")).isEmpty();
  }

  @Test
  void leavesReferencesToNothingPrintableAlone() {
    assertThat(fixer.edits("&#0; &#xD800; &#x110000; &#1; &#xFFFE; &#99999999;")).isEmpty();
  }

  @Test
  void leavesShortOperatorNamesAfterALetterAlone() {
    assertThat(fixer.edits("x = a&in;b and p&or;q")).isEmpty();
    assertThat(fix(fixer, "the angle &pi; over two")).isEqualTo("the angle π over two");
  }

  @Test
  void leavesHtmlDocumentsAlone() {
    assertThat(fixer.edits("<p>Tom &amp; Jerry</p>")).isEmpty();
    assertThat(fixer.edits("Read <a href=\"/x\">this</a> &mdash; now")).isEmpty();
    assertThat(fixer.edits("<!DOCTYPE html>\nTom &amp; Jerry")).isEmpty();
  }

  @Test
  void decodesWhereAngleBracketsAreNotTags() {
    assertThat(fix(fixer, "If x <a and b> y, then &alpha; holds."))
        .isEqualTo("If x <a and b> y, then α holds.");
  }

  @Test
  void leavesDocumentsAboutMarkupAlone() {
    assertThat(fixer.edits("In HTML, write &amp; to get an ampersand.")).isEmpty();
    assertThat(fixer.edits("The &nbsp; entity is a no-break space.")).isEmpty();
  }

  @Test
  void leavesDocumentsQuotingOrListingReferencesAlone() {
    assertThat(fixer.edits("Write \"&amp;\" for an ampersand. Tom &amp; Jerry.")).isEmpty();
    assertThat(fixer.edits("Gyldige er: &amp; &quot; &lt; &apos;\nTom &amp; Jerry")).isEmpty();
    assertThat(fix(fixer, "the &lt; &gt; key and &epsilon; &gt; 0"))
        .isEqualTo("the < > key and ε > 0");
  }

  @Test
  void leavesLinesOfCodeAlone() {
    String text = "Set it:\n    if (a &lt; b) { run(); }\nthen caf&eacute;";
    assertThat(fix(fixer, text)).isEqualTo("Set it:\n    if (a &lt; b) { run(); }\nthen café");
  }

  @Test
  void leavesCodeSpansAndFencedBlocksAlone() {
    String text = "Use `&amp;` here &amp; there\n```\nx &lt; y\n```\ndone &amp; dusted";
    assertThat(fix(fixer, text))
        .isEqualTo("Use `&amp;` here & there\n```\nx &lt; y\n```\ndone & dusted");
  }

  @Test
  void leavesTextWithoutReferencesAlone() {
    assertThat(fixer.edits("")).isEmpty();
    assertThat(fixer.edits("Nothing & nobody here.")).isEmpty();
  }
}
