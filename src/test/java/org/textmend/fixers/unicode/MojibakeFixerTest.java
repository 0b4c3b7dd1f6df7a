package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textmend.fixers.unicode.Fixing.fix;

import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;

class MojibakeFixerTest {

  private final MojibakeFixer fixer = new MojibakeFixer();

  @Test
  void repairsUtf8ReadAsWindows1252() {
    assertThat(fix(fixer, "Itâ€™s a cafÃ© in ZÃ¼rich")).isEqualTo("It’s a café in Zürich");
  }

  @Test
  void repairsUtf8ReadAsCodePage437() {
    assertThat(fix(fixer, "By┬áSamir")).isEqualTo("By\u00A0Samir");
    assertThat(fix(fixer, "caf├⌐ au lait")).isEqualTo("café au lait");
  }

  @Test
  void repairsTextDecodedWronglyTwice() {
    assertThat(fix(fixer, "cafÃƒÂ©")).isEqualTo("café");
    assertThat(fix(fixer, "ItÃ¢â‚¬â„¢s")).isEqualTo("It’s");
  }

  @Test
  void repairsUtf8ReadAsLatin1() {
    assertThat(fix(fixer, "Ã\u0089tÃ© Ã\u00A0 Paris")).isEqualTo("Été à Paris");
  }

  @Test
  void readsUndefinedWindows1252BytesKeptAsC1Controls() {
    assertThat(fix(fixer, "â€œQuoteâ€\u009D")).isEqualTo("“Quote”");
  }

  @Test
  void turnsALoneC1ControlIntoItsWindows1252Character() {
    assertThat(fix(fixer, "It\u0092s \u0093here\u0094")).isEqualTo("It’s “here”");
  }

  @Test
  void repairsEmojiWithJoinersAndSkinTones() {
    assertThat(fix(fixer, "ðŸ‘©ðŸ\u008F½â€\u008DðŸ’» ok")).isEqualTo("👩🏽‍💻 ok");
  }

  @Test
  void repairsCyrillicAndGreek() {
    assertThat(fix(fixer, "ÐŸÑ€Ð¸Ð²ÐµÑ‚ Î‘Î¸Î®Î½Î±")).isEqualTo("Привет Αθήνα");
  }

  @Test
  void proposesOneEditPerDamagedStretch() {
    assertThat(fixer.edits("cafÃ© and naÃ¯ve"))
        .containsExactly(new Edit(3, 5, "é"), new Edit(12, 14, "ï"));
  }

  @Test
  void leavesPortugueseCapitalsAlone() {
    assertThat(fixer.edits("NÃO SEI SE SÃO PAULO É MAIOR, ÃO? A IRMÃ.")).isEmpty();
  }

  @Test
  void leavesAccentedCapitalsBeforeQuotationMarksAlone() {
    assertThat(fixer.edits("«CAFÉ» „STRAßE“ “IRMÃ” ÄRGER“")).isEmpty();
  }

  @Test
  void leavesCzechCapitalsAlone() {
    assertThat(fixer.edits("PROHLÍŽEČ A ÚŠKLEB")).isEmpty();
  }

  @Test
  void leavesFrenchNoBreakSpaceBeforeGuillemetAlone() {
    assertThat(fixer.edits("« l’été\u00A0», dit-il, « voilà\u00A0»")).isEmpty();
  }

  @Test
  void leavesSoftHyphensInCapitalsAlone() {
    assertThat(fixer.edits("CHÂ\u00ADTEAU et NÃ\u00ADO")).isEmpty();
  }

  @Test
  void leavesBoxDrawingAlone() {
    assertThat(fixer.edits("┌──┐\n│ok│\n╔══╗ ║é║ ╚══╝\n└──┘")).isEmpty();
  }

  @Test
  void leavesOtherScriptsAndEmojiAlone() {
    assertThat(fixer.edits("Zażółć gęślą jaźń, İstanbul, Tiếng Việt, שלום, 中文, 👍🏽 ± × ÷ ½"))
        .isEmpty();
  }

  @Test
  void repairsWeakEvidenceOnlyInADamagedDocument() {
    assertThat(fixer.edits("O IRMÃ… chegou.")).isEmpty();
    assertThat(fix(fixer, "O IRMÃ… chegou ao cafÃ©.")).isEqualTo("O IRMÅ chegou ao café.");
  }

  @Test
  void leavesUndefinedC1ControlsOutsideSequencesAlone() {
    assertThat(fixer.edits("a\u0081b\u009Dc")).isEmpty();
  }

  @Test
  void carriesInvisibleCharactersInsideMojibakeThroughTheRepair() {
    assertThat(fix(fixer, "cafÃ\u200B© and ZÃ¼\u0000rich"))
        .isEqualTo("café\u200B and Zü\u0000rich");
  }

  @Test
  void repairsALoneC1ControlBesideSpacesOnlyInADamagedDocument() {
    assertThat(fixer.edits("[ \u0085-\u009F]")).isEmpty();
    assertThat(fix(fixer, "wait\u0085 and \u0096 see")).isEqualTo("wait… and – see");
  }

  @Test
  void leavesSymbolTablesAlone() {
    assertThat(fixer.edits("¥¨ˆøπ“‘¡™£¢∞§¶•ªº–≠¸˛Ç◊ı˜Â¯˘")).isEmpty();
  }

  @Test
  void isIdempotentWhereOneRepairRevealsAnother() {
    String once = fix(fixer, "Å™┬¼");
    assertThat(fixer.edits(once)).isEmpty();
  }

  @Test
  void leavesTextWithoutDamageAlone() {
    assertThat(fixer.edits("")).isEmpty();
    assertThat(fixer.edits("Plain ASCII text, nothing to do.")).isEmpty();
  }
}
