package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.FixerRegistry;

/**
 * The guarantees of the whole pipeline over generated text (random Unicode, English-like text with
 * injected damage, white-space edge cases), for the default fixers and for every installed fixer at
 * once: no exception, cleaning twice changes nothing, nothing is lost that the edit log does not
 * account for, and the same input always gives the same output and log.
 *
 * <p>The number of tries is jqwik's default, set for the build in {@code
 * junit-platform.properties}; the full count runs with {@code ./mvnw test
 * -Dtest=PipelinePropertiesTest -Djqwik.tries.default=10000}.
 */
class PipelinePropertiesTest {

  private static final TextMend STANDARD = TextMend.standard();

  /** Every installed fixer, opt-in ones included. */
  private static final TextMend EVERY_FIXER =
      TextMend.builder().fixers(FixerRegistry.installed().names()).build();

  private static ExecutorService threads;

  @BeforeContainer
  static void startThreads() {
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterContainer
  static void stopThreads() {
    threads.shutdownNow();
  }

  @Provide
  Arbitrary<String> anyText() {
    return GeneratedText.anyText();
  }

  @Property
  void neverThrows(@ForAll("anyText") String text) {
    // explain() also throws when a fixer breaks the edit contract (unsorted, overlapping, out of
    // range), so this covers that too.
    STANDARD.explain(text);
    EVERY_FIXER.explain(text);
  }

  @Property
  void cleaningTwiceChangesNothing(@ForAll("anyText") String text) {
    for (TextMend mend : List.of(STANDARD, EVERY_FIXER)) {
      String once = mend.clean(text);
      ExplainedText again = mend.explain(once);
      assertThat(again.steps())
          .as("cleaning again %s (cleaned from %s)", Escape.quoted(once), Escape.quoted(text))
          .isEmpty();
    }
  }

  @Property
  void losesNothingTheLogDoesNotAccountFor(@ForAll("anyText") String text) {
    for (TextMend mend : List.of(STANDARD, EVERY_FIXER)) {
      ExplainedText explained = mend.explain(text);
      assertThat(LossChecker.problems(explained)).as("input %s", Escape.quoted(text)).isEmpty();
      if (!LossChecker.hasContentEdits(explained)) {
        assertThat(LossChecker.withoutWhiteSpace(explained.text()))
            .as("input %s", Escape.quoted(text))
            .isEqualTo(LossChecker.withoutWhiteSpace(text));
      }
    }
  }

  @Property
  void sameInputGivesTheSameOutputAndLog(@ForAll("anyText") String text)
      throws InterruptedException, ExecutionException {
    ExplainedText first = STANDARD.explain(text);
    assertThat(STANDARD.explain(text)).isEqualTo(first);
    assertThat(TextMend.builder().build().explain(text)).isEqualTo(first);
    // The shared instance from several threads at once, as a batch with --jobs uses it.
    List<Future<ExplainedText>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(threads.submit(() -> STANDARD.explain(text)));
    }
    for (Future<ExplainedText> result : results) {
      assertThat(result.get()).isEqualTo(first);
    }
  }
}
