package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;

class PipelineTest {

  private static Pipeline of(Fixer... fixers) {
    Pipeline.Builder builder = Pipeline.builder().lexicon(Lexicon.empty());
    for (Fixer fixer : fixers) {
      builder.add(fixer);
    }
    return builder.build();
  }

  @Test
  void runsFixersInOrderEachOnThePreviousOutput() {
    Pipeline pipeline =
        of(TestFixers.replacing("first", "a", "b"), TestFixers.replacing("second", "b", "c"));
    assertThat(pipeline.clean("a b")).isEqualTo("c c");
  }

  @Test
  void recordsOneStepPerFixerThatEdited() {
    Pipeline pipeline =
        of(TestFixers.replacing("idle", "zzz", "y"), TestFixers.replacing("busy", "a", "b"));
    ExplainedText explained = pipeline.explain("a-a");
    assertThat(explained.steps())
        .containsExactly(new Step("busy", List.of(new Edit(0, 1, "b"), new Edit(2, 3, "b"))));
    assertThat(explained.original()).isEqualTo("a-a");
    assertThat(explained.text()).isEqualTo("b-b");
    assertThat(explained.changed()).isTrue();
    assertThat(explained.editCount()).isEqualTo(2);
  }

  @Test
  void aSettlingStageRunsAgainWhileItsRepairsUncoverMoreWork() {
    // "b" becomes "a" only after the first fixer has run, so one pass leaves an "a" behind.
    Fixer aToC = TestFixers.replacing("a-to-c", "a", "c");
    Fixer bToA = TestFixers.replacing("b-to-a", "b", "a");
    assertThat(of(aToC, bToA).clean("ab")).isEqualTo("ca");
    Pipeline settling =
        Pipeline.builder().lexicon(Lexicon.empty()).add(aToC).add(bToA).settle(3).build();
    ExplainedText explained = settling.explain("ab");
    assertThat(explained.text()).isEqualTo("cc");
    assertThat(explained.steps())
        .extracting(Step::fixer)
        .containsExactly("a-to-c", "b-to-a", "a-to-c");
  }

  @Test
  void editCountsAddUpAFixerThatRanTwiceInTheOrderItFirstRan() {
    Fixer aToC = TestFixers.replacing("a-to-c", "a", "c");
    Fixer bToA = TestFixers.replacing("b-to-a", "b", "a");
    Pipeline settling =
        Pipeline.builder().lexicon(Lexicon.empty()).add(aToC).add(bToA).settle(3).build();
    assertThat(settling.explain("abb").editCounts())
        .containsExactly(Map.entry("a-to-c", 3), Map.entry("b-to-a", 2));
    assertThat(settling.explain("xyz").editCounts()).isEmpty();
  }

  @Test
  void aSettlingStageRunsAgainAfterALaterStageChangedTheText() {
    // The later stage makes a "q", which only the settling stage before it repairs.
    Fixer qToR = TestFixers.replacing("q-to-r", "q", "r");
    Fixer pToQ = TestFixers.replacing("p-to-q", "p", "q");
    Pipeline pipeline =
        Pipeline.builder().lexicon(Lexicon.empty()).add(qToR).settle(3).add(pToQ).build();
    ExplainedText explained = pipeline.explain("p");
    assertThat(explained.text()).isEqualTo("r");
    assertThat(explained.steps()).extracting(Step::fixer).containsExactly("p-to-q", "q-to-r");
  }

  @Test
  void stagesThatNeverSettleStillEnd() {
    // Each pass of the first stage turns "x" into "xx", and the second stage's edit makes the first
    // due again: passes and rounds are both bounded.
    Fixer doubling = TestFixers.replacing("doubling", "x", "xx");
    Fixer after = TestFixers.replacing("after", "xxx", "y");
    Pipeline pipeline =
        Pipeline.builder().lexicon(Lexicon.empty()).add(doubling).settle(2).add(after).build();
    assertThat(pipeline.clean("x")).isEqualTo("yyyx");
    assertThat(pipeline.fixers()).extracting(Fixer::name).containsExactly("doubling", "after");
  }

  @Test
  void aStageRunsAtLeastOnce() {
    assertThatThrownBy(() -> Pipeline.builder().settle(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void dropsEditsThatChangeNothing() {
    ExplainedText explained = of(TestFixers.replacing("same", "a", "a")).explain("aaa");
    assertThat(explained.changed()).isFalse();
    assertThat(explained.steps()).isEmpty();
  }

  @Test
  void rejectsOverlappingEdits() {
    Pipeline pipeline = of(TestFixers.proposing("bad", new Edit(0, 3, "x"), new Edit(2, 4, "y")));
    assertThatThrownBy(() -> pipeline.clean("abcdef"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixer bad proposed");
  }

  @Test
  void rejectsEditsPastTheEnd() {
    Pipeline pipeline = of(TestFixers.proposing("bad", new Edit(2, 9, "x")));
    assertThatThrownBy(() -> pipeline.clean("abc")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void addsRegisteredFixersByNameWithParameters() {
    FixerRegistry registry =
        new FixerRegistry(List.of(TestFixers.provider("swap", true, "x", "y")));
    Pipeline pipeline =
        Pipeline.builder()
            .registry(registry)
            .lexicon(Lexicon.empty())
            .add("swap", Map.of("to", "z"))
            .build();
    assertThat(pipeline.fixerNames()).containsExactly("swap");
    assertThat(pipeline.clean("xx")).isEqualTo("zz");
  }

  @Test
  void unknownNameFailsWhenBuilt() {
    FixerRegistry registry = new FixerRegistry(List.of());
    Pipeline.Builder builder = Pipeline.builder().registry(registry).add("nope");
    assertThatThrownBy(builder::build).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void replayingStepsOnTheOriginalGivesTheText() {
    Pipeline pipeline =
        of(
            TestFixers.replacing("one", "ab", "A"),
            TestFixers.replacing("two", "A", "[xyz]"),
            TestFixers.replacing("three", "c", ""));
    ExplainedText explained = pipeline.explain("abcabc-ab");
    String replayed = explained.original();
    for (Step step : explained.steps()) {
      replayed = step.applyTo(replayed);
    }
    assertThat(replayed).isEqualTo(explained.text()).isEqualTo("[xyz][xyz]-[xyz]");
  }
}
