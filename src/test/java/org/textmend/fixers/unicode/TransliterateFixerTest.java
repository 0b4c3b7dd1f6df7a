package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textmend.fixers.unicode.Fixing.fix;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerOrder;

class TransliterateFixerTest {

  private final TransliterateFixer latin = new TransliterateFixer(false);
  private final TransliterateFixer all = new TransliterateFixer(true);

  @Test
  void foldsLatinLettersToAscii() {
    assertThat(fix(latin, "Zoë Ångström’s Straße — «Œuvres»"))
        .isEqualTo("Zoe Angstrom's Strasse - <<OEuvres>>");
  }

  @Test
  void editsOnlyWhatChanges() {
    assertThat(latin.edits("Zoë and Łódź"))
        .containsExactly(new Edit(2, 3, "e"), new Edit(8, 12, "Lodz"));
  }

  @Test
  void leavesOtherScriptsAloneByDefault() {
    assertThat(latin.edits("Привет, Ελληνικά, 中文, עברית")).isEmpty();
  }

  @Test
  void romanisesOtherScriptsWhenAsked() {
    assertThat(fix(all, "Привет мир")).isEqualTo("Privet mir");
  }

  @Test
  void handlesVeryLongWords() {
    assertThat(fix(latin, "é".repeat(1000))).isEqualTo("e".repeat(1000));
  }

  @Test
  void leavesAsciiAlone() {
    assertThat(latin.edits("plain ASCII")).isEmpty();
  }

  @Test
  void isOptInWithAParameterForAllScripts() {
    TransliterateFixer.Provider provider = new TransliterateFixer.Provider();
    assertThat(FixerOrder.onByDefault(provider)).isFalse();
    FixerArgs args = new FixerArgs("transliterate", Map.of("all-scripts", "true"), Lexicon.empty());
    assertThat(((TransliterateFixer) provider.create(args)).allScripts()).isTrue();
  }
}
