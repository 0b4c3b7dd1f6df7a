package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textmend.fixers.unicode.Fixing.fix;

import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;

class InvisibleFixerTest {

  private final InvisibleFixer fixer = new InvisibleFixer();

  @Test
  void removesInvisibleCharactersInsideWords() {
    assertThat(fix(fixer, "Kel\u00ADler\u200Bman\uFEFF was here")).isEqualTo("Kellerman was here");
  }

  @Test
  void mergesNeighbouringRemovalsIntoOneEdit() {
    assertThat(fixer.edits("a\u200B\u2060\uFEFFb c\u00ADd"))
        .containsExactly(Edit.delete(1, 4), Edit.delete(7, 8));
  }

  @Test
  void removesAByteOrderMarkAtTheStartToo() {
    assertThat(fix(fixer, "\uFEFFTitle")).isEqualTo("Title");
  }

  @Test
  void keepsZeroWidthSpacesInThai() {
    assertThat(fixer.edits("ภาษาไทย\u200Bไม่มี\u200Bช่องว่าง")).isEmpty();
  }

  @Test
  void keepsASoftHyphenBeforeALineBreak() {
    assertThat(fixer.edits("inter\u00AD\nnational and inter\u00AD\r\nnational")).isEmpty();
  }

  @Test
  void keepsJoinersInsideEmojiSequences() {
    assertThat(fixer.edits("👩‍💻 👨‍👩‍👧‍👦 🏳️‍🌈 👩🏽‍🚀 ❤️‍🔥")).isEmpty();
  }

  @Test
  void removesJoinersBetweenLatinLetters() {
    assertThat(fix(fixer, "Auf\u200Clage and e\u200Dx")).isEqualTo("Auflage and ex");
  }

  @Test
  void keepsJoinersWhereTheScriptNeedsThem() {
    assertThat(fixer.edits("می‌خواهم کتاب‌ها")).isEmpty();
    assertThat(fixer.edits("क्‍ष क्‌ष")).isEmpty();
    assertThat(fixer.edits("র‍্যাব")).isEmpty();
  }

  @Test
  void removesBidiControlsFromLeftToRightText() {
    assertThat(fix(fixer, "Hello\u200E world\u200F! \u2066x\u2069 \u202Ay\u202C"))
        .isEqualTo("Hello world! x y");
  }

  @Test
  void keepsBidiControlsInTextWithRightToLeftLetters() {
    assertThat(fixer.edits("The word שלום\u200E means peace.\nAnd 12\u200F.")).isEmpty();
    assertThat(fixer.edits("مرحبا\n\u202B%I:%M %p\u202C")).isEmpty();
  }

  @Test
  void keepsOverridesThatReorderText() {
    assertThat(fixer.edits("file\u202Etxt.exe")).isEmpty();
  }

  @Test
  void removesControlCharacters() {
    assertThat(fix(fixer, "a\u0000b\u0007c\u007Fd\u001Fe")).isEqualTo("abcde");
  }

  @Test
  void keepsTabsAndLineBreaks() {
    assertThat(fixer.edits("a\tb\nc\rd\u000Be\u000Cf")).isEmpty();
  }

  @Test
  void removesTerminalColourSequencesWhole() {
    assertThat(fix(fixer, "\u001B[1;31mred\u001B[0m and \u001Bx")).isEqualTo("red and x");
  }

  @Test
  void leavesC1ControlsToTheMojibakeFixer() {
    assertThat(fixer.edits("It\u0092s")).isEmpty();
  }

  @Test
  void leavesInvisibleMathematicalOperatorsAndSpacesAlone() {
    assertThat(fixer.edits("f\u2061(x) = 2\u2062y, a\u00A0b\u2009c")).isEmpty();
  }

  @Test
  void removesDeprecatedFormatCharacters() {
    assertThat(fix(fixer, "a\u206Ab\u206Fc")).isEqualTo("abc");
  }

  @Test
  void leavesCleanTextAlone() {
    assertThat(fixer.edits("")).isEmpty();
    assertThat(fixer.edits("Plain text, café, Привет, 中文.")).isEmpty();
  }
}
