package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Step;

class EditLogTest {

  private static Step step(Edit... edits) {
    return new Step("test", List.of(edits));
  }

  @Test
  void editsBeforeTheSeamMoveIt() {
    Step step = step(new Edit(0, 2, "abcd"), new Edit(3, 5, ""));
    assertThat(EditLog.forward(step, 8)).isEqualTo(8 + 2 - 2);
  }

  @Test
  void editsAfterTheSeamDoNotMoveIt() {
    assertThat(EditLog.forward(step(new Edit(6, 8, "x")), 5)).isEqualTo(5);
  }

  @Test
  void insertionAtTheSeamGoesAfterIt() {
    Step step = step(Edit.insert(5, "\n"));
    assertThat(EditLog.forward(step, 5)).isEqualTo(5);
    assertThat(EditLog.before(step.edits().get(0), 5)).isFalse();
  }

  @Test
  void deletionEndingAtTheSeamGoesBeforeIt() {
    Step step = step(Edit.delete(3, 5));
    assertThat(EditLog.forward(step, 5)).isEqualTo(3);
    assertThat(EditLog.before(step.edits().get(0), 5)).isTrue();
  }

  @Test
  void editAcrossTheSeamGoesAfterItAndTakesTheSeamToItsStart() {
    Step step = step(new Edit(0, 1, "xx"), new Edit(3, 7, "-"));
    assertThat(EditLog.forward(step, 5)).isEqualTo(4);
    assertThat(EditLog.before(step.edits().get(1), 5)).isFalse();
  }

  @Test
  void endOfTextStaysAtTheEnd() {
    Step step = step(Edit.insert(10, "\n"));
    assertThat(EditLog.forward(step, EditLog.END)).isEqualTo(EditLog.END);
    assertThat(EditLog.before(step.edits().get(0), EditLog.END)).isTrue();
  }

  @Test
  void backwardAgreesWithSourceOffsetOnRandomEdits() {
    Random random = new Random(42);
    for (int round = 0; round < 200; round++) {
      int length = 1 + random.nextInt(60);
      List<Edit> edits = new java.util.ArrayList<>();
      int at = 0;
      while (at < length && random.nextInt(3) > 0) {
        int start = at + random.nextInt(Math.max(1, (length - at) / 2));
        if (start > length) {
          break;
        }
        int end = Math.min(length, start + random.nextInt(4));
        edits.add(new Edit(start, end, "x".repeat(random.nextInt(4))));
        at = end + 1;
      }
      Step step = new Step("random", edits);
      int after = length;
      for (Edit edit : edits) {
        after += edit.delta();
      }
      int[] offsets = new int[after + 1];
      for (int i = 0; i <= after; i++) {
        offsets[i] = i;
      }
      EditLog.backward(step, offsets, offsets.length);
      for (int i = 0; i <= after; i++) {
        assertThat(offsets[i]).as("round %d offset %d", round, i).isEqualTo(step.sourceOffset(i));
      }
    }
  }
}
