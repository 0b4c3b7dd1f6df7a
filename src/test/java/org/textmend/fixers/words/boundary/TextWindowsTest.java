package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextWindowsTest {

  /** A paragraph of about 240 characters, 200 of them not white space. */
  private static final String PARAGRAPH =
      "The council met on Tuesday to discuss the new harbour wall, and the engineers said the"
          + " work would take most of the winter. Fishermen asked for a temporary berth on the"
          + " northern side while the stones are moved into place.\n";

  private static String paragraphs(int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(PARAGRAPH).append('\n');
    }
    return text.toString();
  }

  @Test
  void aTextShorterThanAWindowIsNotCut() {
    assertThat(TextWindows.cuts(paragraphs(10))).isEmpty();
    assertThat(TextWindows.cuts("")).isEmpty();
  }

  @Test
  void aLongTextIsCutJustAfterABlankLineOnceAWindowIsFull() {
    String text = paragraphs(TextWindows.SIZE / 150);

    int[] cuts = TextWindows.cuts(text);

    assertThat(cuts).isNotEmpty();
    for (int cut : cuts) {
      assertThat(text.charAt(cut - 1)).isEqualTo('\n');
      assertThat(text.charAt(cut - 2)).isEqualTo('\n');
      assertThat(text.substring(cut)).startsWith("The council");
    }
    int visibleBeforeFirst = text.substring(0, cuts[0]).replaceAll("\\s", "").length();
    assertThat(visibleBeforeFirst).isBetween(TextWindows.SIZE, TextWindows.SIZE + 300);
  }

  @Test
  void withoutABlankLineWithinAQuarterWindowATextIsCutAtTheFirstLineBreakOnceAWindowIsFull() {
    String text = paragraphs(TextWindows.SIZE / 80).replace("\n\n", "\n");

    int[] cuts = TextWindows.cuts(text);

    assertThat(cuts).isNotEmpty();
    assertThat(text.charAt(cuts[0] - 1)).isEqualTo('\n');
    int visibleBeforeFirst = text.substring(0, cuts[0]).replaceAll("\\s", "").length();
    assertThat(visibleBeforeFirst).isBetween(TextWindows.SIZE, TextWindows.SIZE + 300);
  }

  @Test
  void noWindowIsEmpty() {
    String text = paragraphs(TextWindows.SIZE / 100);
    int[] cuts = TextWindows.cuts(text);
    assertThat(cuts).isNotEmpty();
    assertThat(cuts[cuts.length - 1]).isLessThan(text.length());
  }

  @Test
  void aSingleLineIsNeverCut() {
    String text = paragraphs(TextWindows.SIZE / 150).replace("\n", " ");
    assertThat(TextWindows.cuts(text)).isEmpty();
  }

  @Test
  void spacesAddedInsideLinesDoNotMoveTheCuts() {
    String text = paragraphs(3 * TextWindows.SIZE / 150);
    String spaced = text.replace("harbour", "har bour").replace(" the ", "  the   ");

    int[] cuts = TextWindows.cuts(text);
    int[] spacedCuts = TextWindows.cuts(spaced);

    assertThat(spacedCuts).hasSameSizeAs(cuts);
    for (int k = 0; k < cuts.length; k++) {
      // the same paragraph starts each window
      assertThat(paragraphIndex(spaced, spacedCuts[k])).isEqualTo(paragraphIndex(text, cuts[k]));
    }
  }

  private static int paragraphIndex(String text, int position) {
    return text.substring(0, position).split("\n\n", -1).length;
  }

  @Test
  void theJoinsOfALongTextAreThoseOfItsWindowsAnalysedAlone() {
    String damaged = paragraphs(TextWindows.SIZE / 150).replace("wall, and", "wall, andthe");
    int[] cuts = TextWindows.cuts(damaged);
    assertThat(cuts).isNotEmpty();

    Boundaries whole = Boundaries.of(damaged, org.textmend.lexicon.Lexicon.english());

    int expected = 0;
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : damaged.length();
      expected +=
          Boundaries.of(damaged.substring(from, to), org.textmend.lexicon.Lexicon.english())
              .joins()
              .size();
      from = to;
    }
    assertThat(whole.joins()).hasSize(expected);
    for (Join join : whole.joins()) {
      assertThat(damaged.charAt(join.position() - 1)).isNotEqualTo(' ');
    }
  }
}
