package org.textmend.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void javadocExample() {
    LineIndex index = LineIndex.of("one\r\ntwo\rthree\n");
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(index.lineOf(6)).isEqualTo(1);
    assertThat(index.column(6)).isEqualTo(2);
  }

  @Test
  void lfCrlfAndLoneCrEachEndOneLine() {
    String text = "a\nbb\r\nccc\rd";
    LineIndex index = LineIndex.of(text);
    assertThat(index.lineCount()).isEqualTo(4);
    assertThat(new int[] {index.start(0), index.end(0), index.next(0)}).containsExactly(0, 1, 2);
    assertThat(new int[] {index.start(1), index.end(1), index.next(1)}).containsExactly(2, 4, 6);
    assertThat(new int[] {index.start(2), index.end(2), index.next(2)}).containsExactly(6, 9, 10);
    assertThat(new int[] {index.start(3), index.end(3), index.next(3)}).containsExactly(10, 11, 11);
  }

  @Test
  void crBeforeLfIsOneBreakButLfBeforeCrIsTwo() {
    assertThat(LineIndex.of("a\r\nb").lineCount()).isEqualTo(2);
    assertThat(LineIndex.of("a\n\rb").lineCount()).isEqualTo(3);
    assertThat(LineIndex.breakCount("a\r\nb")).isEqualTo(1);
    assertThat(LineIndex.breakCount("a\n\rb\r")).isEqualTo(3);
  }

  @Test
  void aFinalBreakStartsAnEmptyLineThatFixersDoNotSee() {
    LineIndex index = LineIndex.of("a\n");
    assertThat(index.lineCount()).isEqualTo(2);
    assertThat(index.start(1)).isEqualTo(2);
    assertThat(index.end(1)).isEqualTo(2);
    assertThat(index.linesBeforeFinalBreak()).isEqualTo(1);
    assertThat(index.next(0)).isEqualTo(2);
  }

  @Test
  void emptyTextHasOneEmptyLine() {
    LineIndex index = LineIndex.of("");
    assertThat(index.lineCount()).isEqualTo(1);
    assertThat(index.linesBeforeFinalBreak()).isEqualTo(1);
    assertThat(index.end(0)).isZero();
    assertThat(index.lineOf(0)).isZero();
    assertThat(index.column(0)).isEqualTo(1);
  }

  @Test
  void anOffsetInsideABreakBelongsToTheLineItEnds() {
    LineIndex index = LineIndex.of("ab\r\ncd");
    assertThat(index.lineOf(2)).isZero();
    assertThat(index.lineOf(3)).isZero();
    assertThat(index.lineOf(4)).isEqualTo(1);
    assertThat(index.lineOf(6)).isEqualTo(1);
  }

  @Test
  void columnsCountCodePointsFromOne() {
    String text = "x\n\uD83D\uDE00y"; // an emoji is two UTF-16 units and one column
    LineIndex index = LineIndex.of(text);
    assertThat(index.column(2)).isEqualTo(1);
    assertThat(index.column(4)).isEqualTo(2);
    assertThat(index.column(5)).isEqualTo(3);
  }

  @Test
  void walksFromLineToLineWithoutAnIndex() {
    String text = "one\r\ntwo\rthree";
    assertThat(LineIndex.endOfLine(text, 0)).isEqualTo(3);
    assertThat(LineIndex.nextStart(text, 3)).isEqualTo(5);
    assertThat(LineIndex.nextStart(text, 8)).isEqualTo(9);
    assertThat(LineIndex.nextStart(text, text.length())).isEqualTo(text.length());
    assertThat(LineIndex.previousEnd(text, 5)).isEqualTo(3);
    assertThat(LineIndex.previousEnd(text, 9)).isEqualTo(8);
    assertThat(LineIndex.startOfLine(text, 8)).isEqualTo(5);
    assertThat(LineIndex.startOfLine(text, 3)).isZero();
  }

  @Test
  void boundedWalksStopAtTheirLimit() {
    String text = "short\na much longer line";
    assertThat(LineIndex.endOfLine(text, 0, 10)).isEqualTo(5);
    assertThat(LineIndex.endOfLine(text, 6, 10)).isEqualTo(10);
    assertThat(LineIndex.startOfLine(text, text.length(), 15)).isEqualTo(15);
    assertThat(LineIndex.startOfLine(text, text.length(), 2)).isEqualTo(6);
  }
}
