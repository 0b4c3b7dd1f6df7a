package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StepTest {

  @Test
  void appliesInsertionsReplacementsAndDeletions() {
    Step step =
        new Step(
            "test",
            List.of(
                Edit.insert(0, ">"),
                new Edit(3, 5, "XY"),
                Edit.delete(7, 9),
                Edit.insert(10, "!")));
    assertThat(step.applyTo("abcdefghij")).isEqualTo(">abcXYfgj!");
  }

  @Test
  void withoutEditsReturnsTheSameText() {
    assertThat(new Step("test", List.of()).applyTo("unchanged")).isEqualTo("unchanged");
  }

  @Test
  void sourceOffsetMapsPositionsAfterAnEditBack() {
    Step step = new Step("test", List.of(new Edit(2, 4, "WXYZ")));
    // "ab" + "WXYZ" + "ef" from "abcdef"
    assertThat(step.sourceOffset(1)).isEqualTo(1);
    assertThat(step.sourceOffset(2)).isEqualTo(2);
    assertThat(step.sourceOffset(4)).isEqualTo(2); // inside the replacement: its start
    assertThat(step.sourceOffset(6)).isEqualTo(4);
    assertThat(step.sourceOffset(8)).isEqualTo(6);
  }

  @Test
  void sourceOffsetSkipsDeletedText() {
    Step step = new Step("test", List.of(Edit.delete(1, 4)));
    // "a" + "ef" from "abcdef"
    assertThat(step.sourceOffset(1)).isEqualTo(4);
    assertThat(step.sourceOffset(2)).isEqualTo(5);
  }

  @Test
  void editsAreCopied() {
    List<Edit> edits = new java.util.ArrayList<>(List.of(Edit.insert(0, "x")));
    Step step = new Step("test", edits);
    edits.clear();
    assertThat(step.edits()).hasSize(1);
  }
}
