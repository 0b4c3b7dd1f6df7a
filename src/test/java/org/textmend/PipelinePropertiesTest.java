package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.FixerRegistry;

/**
 * The guarantees of the whole pipeline over generated text (random Unicode, English-like text with
 * injected damage, white-space edge cases), for the default fixers and for every installed fixer at
 * once: no exception, cleaning twice changes nothing, nothing is lost that the edit log does not
 * account for, and the same input always gives the same output and log.
 *
 * <p>{@value #TRIES} tries per property in the build, from a fixed seed; the release run tries
 * 10,000 (see {@link PropertyRuns}).
 */
class PipelinePropertiesTest {

  private static final int TRIES = 100;

  private static final TextMend STANDARD = TextMend.standard();

  /** Every installed fixer, opt-in ones included. */
  private static final TextMend EVERY_FIXER =
      TextMend.builder().fixers(FixerRegistry.installed().names()).build();

  private static ExecutorService threads;

  @BeforeAll
  static void startThreads() {
    threads = Executors.newFixedThreadPool(4);
  }

  @AfterAll
  static void stopThreads() {
    threads.shutdownNow();
  }

  @Test
  void neverThrows() {
    // explain() also throws when a fixer breaks the edit contract (unsorted, overlapping, out of
    // range), so this covers that too.
    PropertyRuns.qt(TRIES)
        .forAll(GeneratedText.anyText())
        .checkAssert(
            text -> {
              STANDARD.explain(text);
              EVERY_FIXER.explain(text);
            });
  }

  @Test
  void cleaningTwiceChangesNothing() {
    PropertyRuns.qt(TRIES)
        .forAll(GeneratedText.anyText())
        .checkAssert(
            text -> {
              for (TextMend mend : List.of(STANDARD, EVERY_FIXER)) {
                String once = mend.clean(text);
                ExplainedText again = mend.explain(once);
                assertThat(again.steps())
                    .as(
                        "cleaning again %s (cleaned from %s)",
                        Escape.quoted(once), Escape.quoted(text))
                    .isEmpty();
              }
            });
  }

  @Test
  void losesNothingTheLogDoesNotAccountFor() {
    PropertyRuns.qt(TRIES)
        .forAll(GeneratedText.anyText())
        .checkAssert(
            text -> {
              for (TextMend mend : List.of(STANDARD, EVERY_FIXER)) {
                ExplainedText explained = mend.explain(text);
                assertThat(LossChecker.problems(explained))
                    .as("input %s", Escape.quoted(text))
                    .isEmpty();
                if (!LossChecker.hasContentEdits(explained)) {
                  assertThat(LossChecker.withoutWhiteSpace(explained.text()))
                      .as("input %s", Escape.quoted(text))
                      .isEqualTo(LossChecker.withoutWhiteSpace(text));
                }
              }
            });
  }

  @Test
  void sameInputGivesTheSameOutputAndLog() {
    PropertyRuns.qt(TRIES)
        .forAll(GeneratedText.anyText())
        .checkAssert(PipelinePropertiesTest::sameOutputAndLogEveryTime);
  }

  private static void sameOutputAndLogEveryTime(String text) {
    ExplainedText first = STANDARD.explain(text);
    assertThat(STANDARD.explain(text)).isEqualTo(first);
    assertThat(TextMend.builder().build().explain(text)).isEqualTo(first);
    // The shared instance from several threads at once, as a batch with --jobs uses it.
    List<Future<ExplainedText>> results = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      results.add(threads.submit(() -> STANDARD.explain(text)));
    }
    for (Future<ExplainedText> result : results) {
      try {
        assertThat(result.get()).isEqualTo(first);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      } catch (ExecutionException e) {
        throw new AssertionError("explain on another thread failed", e.getCause());
      }
    }
  }
}
