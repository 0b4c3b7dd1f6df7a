package org.textmend.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.textmend.TextMend;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.PipelineSpec;

/**
 * The pipelines of this JVM, one per {@link PipelineSpec}, built the first time a task asks for it
 * and shared by every task of the executor after that. Thread-safe.
 *
 * <p>This is static state on purpose: Spark ships a task's closure to an executor for every task,
 * and building a pipeline (reading the lexicon, compiling the fixers) costs far more than cleaning
 * a partition of small documents. A static map is the one place an executor JVM keeps something
 * between tasks. The key is the spec's value, so a job that changes the options gets a new pipeline
 * rather than a stale one.
 */
final class Pipelines {

  private static final ConcurrentMap<PipelineSpec, TextMend> BUILT = new ConcurrentHashMap<>();

  private Pipelines() {}

  /**
   * The pipeline {@code spec} describes; the first caller builds it while callers for the same spec
   * wait.
   *
   * @throws IllegalArgumentException when the spec names an unknown fixer or a bad parameter
   */
  static TextMend get(PipelineSpec spec) {
    return BUILT.computeIfAbsent(spec, s -> s.build(FixerRegistry.installed()));
  }
}
