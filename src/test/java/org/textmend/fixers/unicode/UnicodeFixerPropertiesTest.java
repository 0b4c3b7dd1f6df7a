package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.textmend.Escape;
import org.textmend.GeneratedText;
import org.textmend.PropertyRuns;
import org.textmend.TextMend;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.Step;

/**
 * Properties of the unicode fixers over generated text made of the characters they look at:
 * mojibake material, entity pieces, invisible and control characters, combining marks, letters of
 * several scripts. {@value #TRIES} tries per property in the build (a fixer alone is fast); the
 * release run tries 10,000 (see {@link PropertyRuns}).
 */
class UnicodeFixerPropertiesTest {

  private static final int TRIES = 2000;

  private static final List<Fixer> FIXERS =
      List.of(
          new HtmlEntitiesFixer(),
          new MojibakeFixer(),
          new InvisibleFixer(),
          new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFC),
          new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFKC),
          new AsciiPunctuationFixer(),
          new TransliterateFixer(false));

  private static final TextMend PIPELINE =
      TextMend.builder()
          .fixers(List.of("html-entities", "mojibake", "invisible", "unicode-normalize"))
          .build();

  /** Pieces that the fixers react to, glued at random. */
  private static final List<String> PIECES =
      List.of(
          "a",
          "e",
          "Z",
          " ",
          "\n",
          ".",
          "’",
          "“",
          "”",
          "…",
          "–",
          "\u00A0",
          "\u00AD",
          "Ã",
          "Â",
          "â",
          "€",
          "™",
          "©",
          "¼",
          "Å",
          "Ä",
          "Ð",
          "Ñ",
          "ð",
          "Ÿ",
          "\u0081",
          "\u008D",
          "\u0092",
          "\u009D",
          "┬",
          "├",
          "╗",
          "á",
          "Γ",
          "Ç",
          "Ö",
          "&",
          "amp;",
          "#",
          "x",
          "39;",
          "lt;",
          ";",
          "nbsp",
          "<p>",
          "`",
          "\u200B",
          "\u200C",
          "\u200D",
          "\u200E",
          "\u200F",
          "\u202E",
          "\uFEFF",
          "\u2060",
          "\u0000",
          "\u001B[0m",
          "\u0301",
          "\u0308",
          "\u0323",
          "ß",
          "é",
          "ü",
          "ł",
          "ı",
          "ş",
          "Ω",
          "ж",
          "ש",
          "م",
          "क",
          "्",
          "ไ",
          "中",
          "😀",
          "🏽",
          "\uFE0F",
          "\uD83D",
          "ﬁ",
          "²");

  private static Gen<String> texts() {
    return GeneratedText.joined(PIECES, 0, 40).describedAs(Escape::quoted);
  }

  /**
   * Texts without combining marks and soft hyphens, for the pipeline. NFC, which runs last, can
   * compose a letter and a mark into a character that completes a stretch of mojibake ("Γ¼" + "a" +
   * U+0301); a soft hyphen inside the bytes of mojibake (byte 0xAD of windows-1252, or an inserted
   * hyphenation point?) is read one way by the mojibake fixer and then removed by the invisible
   * fixer. A terminal colour sequence between two bytes of mojibake goes too, and leaves them side
   * by side. In these cases only a second run finishes the repair. Each fixer on its own is
   * idempotent on all texts (above).
   */
  private static Gen<String> textsWithoutMarks() {
    List<String> pieces =
        PIECES.stream()
            .filter(
                piece ->
                    !piece.equals("\u00AD")
                        && !piece.startsWith("\u001B")
                        && piece
                            .codePoints()
                            .noneMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK))
            .toList();
    return GeneratedText.joined(pieces, 0, 40).describedAs(Escape::quoted);
  }

  @Test
  void editsAreSortedAndInRange() {
    PropertyRuns.qt(TRIES)
        .forAll(texts())
        .checkAssert(
            text -> {
              for (Fixer fixer : FIXERS) {
                int previousEnd = 0;
                for (Edit edit : fixer.edits(text)) {
                  assertThat(edit.start()).as(fixer.name()).isGreaterThanOrEqualTo(previousEnd);
                  assertThat(edit.end()).as(fixer.name()).isLessThanOrEqualTo(text.length());
                  previousEnd = edit.end();
                }
              }
            });
  }

  @Test
  void everyFixerIsIdempotent() {
    PropertyRuns.qt(TRIES)
        .forAll(texts())
        .checkAssert(
            text -> {
              for (Fixer fixer : FIXERS) {
                String once = new Step(fixer.name(), fixer.edits(text)).applyTo(text);
                assertThat(fixer.edits(once))
                    .as("%s on %s", fixer.name(), Escape.quoted(once))
                    .isEmpty();
              }
            });
  }

  @Test
  void thePipelineIsIdempotent() {
    PropertyRuns.qt(TRIES)
        .forAll(textsWithoutMarks())
        .checkAssert(
            text -> {
              String once = PIPELINE.clean(text);
              assertThat(PIPELINE.clean(once)).isEqualTo(once);
            });
  }
}
