package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.textmend.fixers.unicode.Fixing.fix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;

class UnicodeNormalizeFixerTest {

  private final UnicodeNormalizeFixer nfc =
      new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFC);
  private final UnicodeNormalizeFixer nfkc =
      new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFKC);

  @Test
  void composesADecomposedAccent() {
    assertThat(nfc.edits("cafe\u0301")).containsExactly(new Edit(3, 5, "é"));
  }

  @Test
  void editsOnlyTheSegmentsThatAreNotNormal() {
    assertThat(nfc.edits("Ame\u0301lie and Zoe\u0308 in Ko\u0308ln"))
        .containsExactly(new Edit(2, 4, "é"), new Edit(14, 16, "ë"), new Edit(21, 23, "ö"));
  }

  @Test
  void ordersCombiningMarks() {
    assertThat(fix(nfc, "a\u0302\u0323")).isEqualTo("ậ");
  }

  @Test
  void leavesNormalTextAlone() {
    assertThat(nfc.edits("café, Ελληνικά, Привет, 中文, हिन्दी, שָׁלוֹם, 👩🏽‍💻, ﬁ x²")).isEmpty();
    assertThat(nfc.edits("")).isEmpty();
  }

  @Test
  void foldsCompatibilityCharactersWithNfkc() {
    assertThat(fix(nfkc, "ﬁne x² Ａ１ café")).isEqualTo("fine x2 A1 café");
  }

  @Test
  void leavesAnEndlessStackOfMarksAlone() {
    String zalgo = "a" + "\u0316\u0301".repeat(UnicodeNormalizeFixer.MAX_SEGMENT);
    assertThat(nfc.edits(zalgo)).isEmpty();
  }

  @Test
  void providerReadsTheForm() {
    UnicodeNormalizeFixer.Provider provider = new UnicodeNormalizeFixer.Provider();
    FixerArgs args = new FixerArgs("unicode-normalize", Map.of("form", "NFKC"), Lexicon.empty());
    assertThat(((UnicodeNormalizeFixer) provider.create(args)).form())
        .isEqualTo(UnicodeNormalizeFixer.Form.NFKC);
    FixerArgs bad = new FixerArgs("unicode-normalize", Map.of("form", "nfd"), Lexicon.empty());
    assertThatThrownBy(() -> provider.create(bad))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nfc or nfkc");
  }
}
