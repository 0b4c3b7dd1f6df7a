package org.textmend.bench;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerRegistry;

/**
 * Measures the throughput of the default pipeline on one thread and on several, and of each of its
 * fixers, with JMH, and prints a table in MB/s of input. {@code .ci/bench} runs it:
 *
 * <pre>
 * .ci/bench                      # the whole dev set, pipeline on 1 and 2 threads, then each fixer
 * .ci/bench --quick              # shorter iterations, for a first look
 * .ci/bench --limit 300          # the first 300 documents only
 * .ci/bench --no-fixers          # the pipeline only
 * .ci/bench --fixers glued-words,whitespace
 * .ci/bench --corpus DIR         # the *.in.txt files of another folder
 * .ci/bench --gold               # the clean *.gold.txt files instead: the cost of clean text
 * </pre>
 */
public final class Throughput {

  private Throughput() {}

  public static void main(String[] args) throws RunnerException {
    Path corpus = Corpus.defaultFolder();
    int limit = 0;
    String files = "in";
    boolean quick = false;
    boolean perFixer = true;
    List<String> only = null;
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[++i]);
        case "--limit" -> limit = Integer.parseInt(args[++i]);
        case "--quick" -> quick = true;
        case "--gold" -> files = "gold";
        case "--no-fixers" -> perFixer = false;
        case "--fixers" -> only = List.of(args[++i].split(","));
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        default -> {
          System.err.println(
              "usage: Throughput [--corpus DIR] [--gold] [--limit N] [--quick] [--no-fixers]"
                  + " [--fixers a,b] [--threads N]");
          System.exit(2);
        }
      }
    }
    Corpus documents = Corpus.load(corpus, limit, files);
    System.out.printf(
        Locale.ROOT,
        "corpus: %s (*.%s.txt), %d documents, %.2f MB%n",
        corpus.toAbsolutePath().normalize(),
        files,
        documents.texts().size(),
        documents.totalBytes() / 1e6);
    System.out.printf(
        Locale.ROOT,
        "machine: %d processors, Java %s (%s)%n%n",
        Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vm.name"));

    Map<String, double[]> results = new LinkedHashMap<>();
    results.put("pipeline, 1 thread", run(corpus, files, limit, "pipeline", 1, quick));
    if (threads > 1) {
      results.put(
          "pipeline, " + threads + " threads",
          run(corpus, files, limit, "pipeline", threads, quick));
    }
    List<String> fixers = only != null ? only : FixerOrder.defaultNames(FixerRegistry.installed());
    Map<String, double[]> byFixer = new LinkedHashMap<>();
    if (perFixer || only != null) {
      for (String fixer : fixers) {
        byFixer.put(fixer, run(corpus, files, limit, fixer, 1, quick));
      }
    }

    System.out.println();
    System.out.println("throughput in MB/s of input (mean ± 99.9% confidence half-width):");
    results.forEach((name, score) -> row(name, score, ""));
    if (!byFixer.isEmpty()) {
      double total = 0;
      for (double[] score : byFixer.values()) {
        total += 1 / score[0];
      }
      System.out.println("each fixer alone, on the text it receives in the pipeline, 1 thread:");
      for (Map.Entry<String, double[]> entry : byFixer.entrySet()) {
        double share = 100 / entry.getValue()[0] / total;
        row(
            "  " + entry.getKey(),
            entry.getValue(),
            String.format(Locale.ROOT, "%5.1f%% of fixer time", share));
      }
      double pipeline = results.get("pipeline, 1 thread")[0];
      if (only != null) {
        return; // the sum of some fixers says nothing about the rest
      }
      System.out.printf(
          Locale.ROOT,
          "fixers alone add up to %.2f MB/s; the pipeline's own work (applying edits, the log)"
              + " takes the rest: %.1f%% of its time%n",
          1 / total,
          Math.max(0, 100 * (1 / pipeline - total) * pipeline));
    }
  }

  private static void row(String name, double[] score, String note) {
    System.out.printf(Locale.ROOT, "%-32s %10.2f ± %-8.2f %s%n", name, score[0], score[1], note);
  }

  /** Runs one benchmark and returns its throughput and error in MB/s. */
  private static double[] run(
      Path corpus, String files, int limit, String fixer, int threads, boolean quick)
      throws RunnerException {
    boolean pipeline = fixer.equals("pipeline");
    ChainedOptionsBuilder options =
        new OptionsBuilder()
            .include(PipelineBenchmark.class.getName() + ".clean")
            .param("corpus", corpus.toAbsolutePath().toString())
            .param("files", files)
            .param("limit", Integer.toString(limit))
            .param("fixer", fixer)
            .threads(threads)
            .forks(1)
            .jvmArgsAppend("-Xms1g", "-Xmx1g")
            // the pipeline gets longer runs; each fixer a shorter one, so that the whole table
            // (pipeline twice, some fifteen fixers) takes about four minutes
            .warmupIterations(quick ? 1 : pipeline ? 3 : 2)
            .warmupTime(TimeValue.seconds(quick ? 1 : pipeline ? 3 : 2))
            .measurementIterations(quick ? 2 : pipeline ? 5 : 3)
            .measurementTime(TimeValue.seconds(quick ? 1 : pipeline ? 3 : 2))
            .verbosity(VerboseMode.SILENT)
            .shouldFailOnError(true);
    System.out.printf(
        Locale.ROOT, "measuring %s on %d thread%s...%n", fixer, threads, threads == 1 ? "" : "s");
    Collection<RunResult> results = new Runner(options.build()).run();
    for (RunResult result : results) {
      Map<String, Result> secondary = result.getSecondaryResults();
      Result bytes = secondary.get("bytes");
      if (bytes != null) {
        double error = Double.isNaN(bytes.getScoreError()) ? 0 : bytes.getScoreError();
        return new double[] {bytes.getScore() / 1e6, error / 1e6};
      }
    }
    throw new IllegalStateException("no bytes counter in the results of " + fixer);
  }
}
