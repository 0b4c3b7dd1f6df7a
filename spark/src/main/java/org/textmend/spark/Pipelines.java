package org.textmend.spark;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.PipelineSpec;
import org.textmend.process.furniture.FurnitureProfile;

/**
 * The pipelines of this JVM, one per {@link PipelineSpec}, built the first time a task asks for it
 * and shared by every task of the executor after that. Thread-safe.
 *
 * <p>This is static state on purpose: Spark ships a task's closure to an executor for every task,
 * and building a pipeline (reading the lexicon, compiling the fixers) costs far more than cleaning
 * a partition of small documents. A static map is the one place an executor JVM keeps something
 * between tasks. The key is the spec's value, so a job that changes the options gets a new pipeline
 * rather than a stale one.
 *
 * <p>Pipelines with learned furniture are kept per spec, profile and source. A profile has no value
 * equality (it may hold millions of lines), so it is told by the id of the broadcast that ships it:
 * every task of a job reads the same broadcast, and each job broadcasts its own.
 */
final class Pipelines {

  private static final ConcurrentMap<PipelineSpec, TextMend> BUILT = new ConcurrentHashMap<>();

  private static final ConcurrentMap<Furnished, TextMend> FURNISHED = new ConcurrentHashMap<>();

  /** A pipeline with the furniture a broadcast profile learned of one source. */
  private record Furnished(PipelineSpec spec, long profile, String source) {}

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

  /**
   * The pipeline for documents of {@code source}: {@code spec}'s, with the furniture {@code
   * profile} learned of that source. As on the command line, a source the profile does not know
   * takes the profile's only source when it has just one (a profile of one site applies to any page
   * of it), and no learned furniture otherwise.
   */
  static TextMend get(
      PipelineSpec spec, @Nullable Broadcast<FurnitureProfile> profile, String source) {
    if (profile == null) {
      return get(spec);
    }
    FurnitureProfile learned = profile.value();
    String known = known(learned, source);
    if (known == null) {
      return get(spec);
    }
    return FURNISHED.computeIfAbsent(
        new Furnished(spec, profile.id(), known),
        k -> spec.builder(FixerRegistry.installed()).furniture(learned, known).build());
  }

  private static @Nullable String known(FurnitureProfile profile, String source) {
    if (profile.knows(source)) {
      return source;
    }
    var sources = profile.sources();
    return sources.size() == 1 && profile.knows(sources.get(0)) ? sources.get(0) : null;
  }
}
