package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;

class HyphenationFixerTest {

  private final HyphenationFixer fixer = new HyphenationFixer(Lexicon.english());

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  @Test
  void rejoinsAKnownWord() {
    assertThat(fix("the govern-\nment said")).isEqualTo("the government said");
  }

  @Test
  void deletesTheHyphenAndTheBreakInOneEdit() {
    assertThat(fixer.edits("the govern-\nment said")).containsExactly(Edit.delete(10, 12));
  }

  @Test
  void keepsTheHyphenOfAKnownCompound() {
    assertThat(fix("a well-\nknown case")).isEqualTo("a well-known case");
    assertThat(fix("her self-\nesteem")).isEqualTo("her self-esteem");
  }

  @Test
  void keepsTheHyphenWhenNeitherFormIsKnown() {
    assertThat(fix("the Brex-\nshire plan")).isEqualTo("the Brex-shire plan");
  }

  @Test
  void keepsTheHyphenBeforeACapitalOrADigit() {
    assertThat(fix("an anti-\nAmerican rally")).isEqualTo("an anti-American rally");
    assertThat(fix("the COVID-\n19 rules")).isEqualTo("the COVID-19 rules");
  }

  @Test
  void rejoinsACapitalisedWord() {
    assertThat(fix("Govern-\nment officials")).isEqualTo("Government officials");
  }

  @Test
  void rejoinsTheLastPartOfACompound() {
    assertThat(fix("an anti-govern-\nment rally")).isEqualTo("an anti-government rally");
    assertThat(fix("state-of-the-\nart tools")).isEqualTo("state-of-the-art tools");
  }

  @Test
  void removesSpacesAroundTheBreak() {
    assertThat(fix("the govern- \n  ment said")).isEqualTo("the government said");
  }

  @Test
  void rejoinsAKnownWordAcrossABlankLine() {
    assertThat(fix("the govern-\n\nment said")).isEqualTo("the government said");
  }

  @Test
  void leavesAnUnknownSplitAcrossABlankLineAlone() {
    assertThat(fixer.edits("a well-\n\nknown case")).isEmpty();
  }

  @Test
  void dropsASoftHyphenAtTheLineEnd() {
    assertThat(fix("the Tollemar\u00AD\nshington case")).isEqualTo("the Tollemarshington case");
  }

  @Test
  void givesTheSameResultWithCrlfLineEnds() {
    assertThat(fix("the govern-\r\nment said\r\n")).isEqualTo("the government said\r\n");
  }

  @Test
  void leavesDashesAndNumbersAlone() {
    assertThat(fixer.edits("the plan -\nwhich failed")).isEmpty();
    assertThat(fixer.edits("in 1990-\n91 the club")).isEmpty();
    assertThat(fixer.edits("the list:\n- apples\n- pears")).isEmpty();
    assertThat(fixer.edits("a rule\n----------\nbelow")).isEmpty();
    assertThat(fixer.edits("ends with-")).isEmpty();
    assertThat(fixer.edits("ends with-\n")).isEmpty();
    assertThat(fixer.edits("word-\n(aside)")).isEmpty();
  }

  @Test
  void leavesABreakBeforeCodeOrATableRowAlone() {
    assertThat(fixer.edits("the total-\n    count += 1;\n")).isEmpty();
    assertThat(fixer.edits("the vote-\nshare      41%\n")).isEmpty();
  }

  @Test
  void proposesNothingWithoutSplitWords() {
    assertThat(fixer.edits("A well-known case.\n\nNothing to do.\n")).isEmpty();
    assertThat(fixer.edits("")).isEmpty();
  }

  @Test
  void isIdempotent() {
    String once = fix("the govern-\nment and a well-\nknown case");
    assertThat(once).isEqualTo("the government and a well-known case");
    assertThat(fixer.edits(once)).isEmpty();
  }

  @Test
  void providerCreatesTheFixer() {
    assertThat(new HyphenationFixer.Provider().create(FixerArgs.defaults("hyphenation")).name())
        .isEqualTo("hyphenation");
  }
}
