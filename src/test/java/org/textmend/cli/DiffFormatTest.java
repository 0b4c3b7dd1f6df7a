package org.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffFormatTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(DiffFormat.diff("f", "same\n", "same\n")).isEmpty();
  }

  @Test
  void showsChangedLinesWithThreeLinesOfContext() {
    String before = "1\n2\n3\n4\nfive  \n6\n7\n8\n9\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
    assertThat(DiffFormat.diff("f.txt", before, after))
        .isEqualTo(
            "--- f.txt\n+++ f.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-five  \n+five\n 6\n 7\n 8\n");
  }

  @Test
  void showsChangedLineEndings() {
    assertThat(DiffFormat.diff("f", "a\r\n", "a\n"))
        .isEqualTo("--- f\n+++ f\n@@ -1,1 +1,1 @@\n-a\r\n+a\n");
  }

  @Test
  void marksMissingFinalNewlineOnEitherSide() {
    assertThat(DiffFormat.diff("f", "a\n", "a"))
        .isEqualTo("--- f\n+++ f\n@@ -1,1 +1,1 @@\n-a\n+a\n\\ No newline at end of file\n");
  }
}
