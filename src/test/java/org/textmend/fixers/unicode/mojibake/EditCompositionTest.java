package org.textmend.fixers.unicode.mojibake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Step;

class EditCompositionTest {

  private static List<Edit> compose(String original, List<Edit> first, List<Edit> second) {
    String middle = new Step("a", first).applyTo(original);
    String result = new Step("b", second).applyTo(middle);
    List<Edit> composed = EditComposition.compose(original, first, middle, second, result);
    assertThat(new Step("c", composed).applyTo(original)).isEqualTo(result);
    return composed;
  }

  @Test
  void keepsSeparateRepairsSeparate() {
    // "xAAyBBz": AA -> a, then (in "xayBBz") BB -> b
    assertThat(compose("xAAyBBz", List.of(new Edit(1, 3, "a")), List.of(new Edit(3, 5, "b"))))
        .containsExactly(new Edit(1, 3, "a"), new Edit(4, 6, "b"));
  }

  @Test
  void widensASecondRepairOverTheFirstOne() {
    // "xAAB": AA -> a, then "aB" -> c
    assertThat(compose("xAAB", List.of(new Edit(1, 3, "a")), List.of(new Edit(1, 3, "c"))))
        .containsExactly(new Edit(1, 4, "c"));
  }

  @Test
  void mergesRepairsThatTouch() {
    assertThat(compose("AABB", List.of(new Edit(0, 2, "a")), List.of(new Edit(1, 3, "b"))))
        .containsExactly(new Edit(0, 4, "ab"));
  }

  @Test
  void composesWithNothingInTheSecondRound() {
    assertThat(compose("xAAy", List.of(new Edit(1, 3, "a")), List.of()))
        .containsExactly(new Edit(1, 3, "a"));
  }
}
