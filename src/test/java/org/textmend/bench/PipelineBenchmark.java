package org.textmend.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.textmend.TextMend;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Pipeline;
import org.textmend.pipeline.Step;

/**
 * Throughput of the default pipeline, and of each of its fixers on the text that fixer receives in
 * the pipeline. One operation cleans one document, taken in turn from the corpus; the {@code bytes}
 * counter adds up the documents' sizes, so its rate is the throughput in bytes of input per second
 * whatever the documents' sizes. Run through {@link Throughput}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBenchmark {

  /** Bytes of input cleaned, per thread; JMH reports its rate. */
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  @State(Scope.Thread)
  public static class Counters {
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      bytes = 0;
    }
  }

  /** The corpus and the default pipeline, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Shared {
    /** The corpus folder; empty for {@link Corpus#defaultFolder()}. */
    @Param("")
    public String corpus;

    /** Which files of the corpus: {@code in} (damaged inputs) or {@code gold} (clean texts). */
    @Param("in")
    public String files;

    /** How many documents to use; 0 for all. */
    @Param("0")
    public int limit;

    /** A fixer to measure on its own, or {@code pipeline} for the whole default pipeline. */
    @Param("pipeline")
    public String fixer;

    Corpus documents;
    TextMend mend;
    Fixer alone;

    /** For one fixer: each document as that fixer receives it in the default pipeline. */
    List<String> inputs;

    @Setup
    public void load() {
      documents =
          Corpus.load(
              corpus.isEmpty() ? Corpus.defaultFolder() : java.nio.file.Path.of(corpus),
              limit,
              files);
      mend = TextMend.standard();
      if (fixer.equals("pipeline")) {
        inputs = documents.texts();
        return;
      }
      Pipeline.Builder builder = Pipeline.builder();
      FixerOrder.defaultNames(FixerRegistry.installed()).forEach(builder::add);
      List<Fixer> fixers = builder.build().fixers();
      inputs = new ArrayList<>(documents.texts().size());
      for (String text : documents.texts()) {
        String current = text;
        for (Fixer candidate : fixers) {
          if (candidate.name().equals(fixer)) {
            alone = candidate;
            break;
          }
          List<Edit> edits = candidate.edits(current);
          if (!edits.isEmpty()) {
            current = new Step(candidate.name(), edits).applyTo(current);
          }
        }
        inputs.add(current);
      }
      if (alone == null) {
        throw new IllegalArgumentException(fixer + " is not in the default pipeline");
      }
    }
  }

  /** Which document a thread cleans next. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance(int size) {
      int at = next;
      next = at + 1 == size ? 0 : at + 1;
      return at;
    }
  }

  @Benchmark
  public Object clean(Shared shared, Cursor cursor, Counters counters) {
    int at = cursor.advance(shared.inputs.size());
    counters.bytes += shared.documents.bytes()[at];
    String text = shared.inputs.get(at);
    return shared.alone == null ? shared.mend.clean(text) : shared.alone.edits(text);
  }
}
