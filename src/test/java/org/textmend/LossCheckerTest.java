package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.Pipeline;
import org.textmend.pipeline.Step;

class LossCheckerTest {

  /** A fixer of any name that proposes what {@code edits} computes. */
  private record TestFixer(String name, Function<String, List<Edit>> edits) implements Fixer {
    @Override
    public List<Edit> edits(String text) {
      return edits.apply(text);
    }
  }

  private static ExplainedText run(String text, Fixer... fixers) {
    Pipeline.Builder builder = Pipeline.builder();
    for (Fixer fixer : fixers) {
      builder.add(fixer);
    }
    return builder.build().explain(text);
  }

  @Test
  void whiteSpaceEditsLoseNothing() {
    ExplainedText explained =
        run(
            "said\u00A0it  now \r\n",
            new TestFixer(
                "tidy",
                t -> List.of(new Edit(4, 5, " "), new Edit(7, 9, " "), new Edit(12, 15, "\n"))));
    assertThat(explained.text()).isEqualTo("said it now\n");
    assertThat(LossChecker.problems(explained)).isEmpty();
  }

  @Test
  void insertedSpaceLosesNothing() {
    ExplainedText explained =
        run("saidit", new TestFixer("glued-words", t -> List.of(Edit.insert(4, " "))));
    assertThat(LossChecker.problems(explained)).isEmpty();
  }

  @Test
  void droppedLetterOfAWhiteSpaceFixerIsReported() {
    ExplainedText explained =
        run("said it", new TestFixer("careless", t -> List.of(new Edit(3, 5, " "))));
    assertThat(LossChecker.problems(explained))
        .containsExactly(
            "step 0 (careless) edit Edit[start=3, end=5, replacement= ] replaced \"d \" by \" \":"
                + " characters other than white space changed");
  }

  @Test
  void swappedLettersAreReported() {
    ExplainedText explained =
        run("form", new TestFixer("swapper", t -> List.of(new Edit(1, 3, "ro"))));
    assertThat(LossChecker.problems(explained)).hasSize(1);
  }

  @Test
  void addedLetterIsReported() {
    ExplainedText explained =
        run("a b", new TestFixer("glued-words", t -> List.of(new Edit(1, 2, " x "))));
    assertThat(LossChecker.problems(explained)).hasSize(1);
  }

  @Test
  void contentFixerMayChangeCharacters() {
    ExplainedText explained =
        run("caf&eacute;", new TestFixer("html-entities", t -> List.of(new Edit(3, 11, "é"))));
    assertThat(explained.text()).isEqualTo("café");
    assertThat(LossChecker.problems(explained)).isEmpty();
    assertThat(LossChecker.hasContentEdits(explained)).isTrue();
  }

  @Test
  void laterStepsAreCheckedInTheTextTheyWereGiven() {
    ExplainedText explained =
        run(
            "a  b",
            new TestFixer("html-entities", t -> List.of(Edit.insert(0, "x"))),
            new TestFixer("careless", t -> List.of(new Edit(0, 2, ""))));
    assertThat(explained.text()).isEqualTo("  b");
    assertThat(LossChecker.problems(explained)).singleElement().asString().contains("\"xa\"");
  }

  @Test
  void logThatDoesNotGiveTheOutputIsReported() {
    ExplainedText forged =
        new ExplainedText("a b", "a  b", List.of(new Step("tidy", List.of(Edit.delete(1, 2)))));
    assertThat(LossChecker.problems(forged))
        .containsExactly("replaying the edit log does not give the output");
  }

  @Test
  void unicodeSpacesAndLineSeparatorsAreWhiteSpace() {
    assertThat(LossChecker.withoutWhiteSpace("a\u00A0b\u202Fc\u3000d\u2028e\u0085f\tg\u000Bh"))
        .isEqualTo("abcdefgh");
  }

  @Test
  void invisibleCharactersAreNotWhiteSpace() {
    assertThat(LossChecker.withoutWhiteSpace("a\u200Bb\uFEFFc\u00ADd")).hasSize(7);
  }
}
