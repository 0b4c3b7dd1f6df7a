package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.textmend.GeneratedText;
import org.textmend.PropertyRuns;

class ExplainedTextTest {

  /** "Hello world" → step 1 inserts "Dear " at 0 → step 2 collapses the double space. */
  private static ExplainedText twoSteps() {
    String original = "Hello  world";
    Step first = new Step("greet", List.of(Edit.insert(0, "Dear ")));
    String middle = first.applyTo(original); // "Dear Hello  world"
    Step second = new Step("space", List.of(new Edit(10, 12, " ")));
    return new ExplainedText(original, second.applyTo(middle), List.of(first, second));
  }

  @Test
  void originalOffsetMapsThroughEveryStep() {
    ExplainedText explained = twoSteps();
    assertThat(explained.text()).isEqualTo("Dear Hello world");
    assertThat(explained.originalOffset(0)).isEqualTo(0); // inside the inserted "Dear "
    assertThat(explained.originalOffset(5)).isEqualTo(0); // "H"
    assertThat(explained.originalOffset(11)).isEqualTo(7); // "w"
    assertThat(explained.originalOffset(16)).isEqualTo(12); // the end
  }

  @Test
  void originalOffsetBeforeMapsAPositionOfALaterStep() {
    ExplainedText explained = twoSteps();
    // step 2's edit starts at 10 in "Dear Hello  world": the double space, at 5 in the original
    assertThat(explained.originalOffsetBefore(1, 10)).isEqualTo(5);
    assertThat(explained.originalOffsetBefore(0, 10)).isEqualTo(10);
  }

  @Test
  void unchangedTextMapsToItself() {
    ExplainedText explained = new ExplainedText("same", "same", List.of());
    assertThat(explained.changed()).isFalse();
    assertThat(explained.originalOffset(3)).isEqualTo(3);
  }

  @Test
  void originalOffsetIsNonDecreasingAndInRange() {
    PropertyRuns.qt(300)
        .forAll(explainedTexts())
        .checkAssert(
            explained -> {
              int previous = 0;
              for (int at = 0; at <= explained.text().length(); at++) {
                int mapped = explained.originalOffset(at);
                assertThat(mapped).isBetween(previous, explained.original().length());
                previous = mapped;
              }
              assertThat(explained.originalOffset(explained.text().length()))
                  .isEqualTo(explained.original().length());
            });
  }

  private static Gen<ExplainedText> explainedTexts() {
    Gen<String> texts = GeneratedText.joined(List.of("a", "b", "c", " ", "\n"), 0, 30);
    Gen<List<List<Long>>> plans =
        GeneratedText.listOf(
            GeneratedText.listOf(Generate.longRange(0, Long.MAX_VALUE), 0, 4), 0, 4);
    return texts.zip(plans, ExplainedTextTest::randomSteps);
  }

  /** Builds up to four steps of random, valid edits from random numbers. */
  private static ExplainedText randomSteps(String original, List<List<Long>> plans) {
    String text = original;
    List<Step> steps = new ArrayList<>();
    for (List<Long> plan : plans) {
      List<Edit> edits = new ArrayList<>();
      int at = 0;
      for (long number : plan) {
        int start = at + (int) (number % 5);
        int end = start + (int) ((number >>> 8) % 4);
        if (end > text.length()) {
          break;
        }
        String replacement = "xyz".substring(0, (int) ((number >>> 16) % 4));
        edits.add(new Edit(start, end, replacement));
        at = end;
      }
      if (!edits.isEmpty()) {
        Step step = new Step("random", edits);
        text = step.applyTo(text);
        steps.add(step);
      }
    }
    return new ExplainedText(original, text, steps);
  }
}
