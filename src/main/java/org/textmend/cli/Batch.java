package org.textmend.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the inputs of one command, in parallel when there are several, and prints their results in
 * input order, so that output and exit code never depend on thread timing.
 */
final class Batch {

  private final FileProcessor processor;
  private final int jobs;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputStream textOut;
  private final boolean quiet;

  /**
   * @param textOut where cleaned text goes as bytes, in the output encoding; everything else goes
   *     through the command's {@code out} and {@code err} writers
   */
  Batch(
      FileProcessor processor,
      int jobs,
      PrintWriter out,
      PrintWriter err,
      OutputStream textOut,
      boolean quiet) {
    this.processor = processor;
    this.jobs = jobs;
    this.out = out;
    this.err = err;
    this.textOut = textOut;
    this.quiet = quiet;
  }

  /**
   * Processes {@code inputs}, after reporting {@code problems} found while looking for them, and
   * returns the exit code.
   */
  int run(List<Input> inputs, List<String> problems, boolean summary) {
    long started = System.nanoTime();
    for (String problem : problems) {
      err.println(problem);
    }
    Tally tally = new Tally();
    tally.failed += problems.size();
    if (jobs == 1 || inputs.size() <= 1) {
      for (Input input : inputs) {
        print(processor.process(input), tally);
      }
    } else {
      ExecutorService pool =
          Executors.newFixedThreadPool(
              Math.min(jobs, inputs.size()),
              task -> {
                Thread thread = new Thread(task, "textmend-worker");
                thread.setDaemon(true);
                return thread;
              });
      try {
        List<Future<FileResult>> results = new ArrayList<>(inputs.size());
        for (Input input : inputs) {
          results.add(pool.submit(() -> processor.process(input)));
        }
        for (Future<FileResult> result : results) {
          print(await(result), tally);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    if (summary) {
      err.printf(
          Locale.ROOT,
          "textmend: %d file%s: %d changed, %d unchanged, %d failed (%.2f s)%n",
          tally.total(),
          tally.total() == 1 ? "" : "s",
          tally.changed,
          tally.unchanged,
          tally.failed + tally.internal,
          (System.nanoTime() - started) / 1e9);
    }
    out.flush();
    err.flush();
    return tally.exitCode(processor);
  }

  private static FileResult await(Future<FileResult> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      // FileProcessor.process catches everything it can; what is left is a bug.
      throw new IllegalStateException(e.getCause());
    }
  }

  private void print(FileResult result, Tally tally) {
    for (String message : result.messages()) {
      err.println(message); // errors, and --explain and --verbose lines, which were asked for
    }
    err.flush();
    if (result.text().length > 0) {
      out.flush();
      try {
        textOut.write(result.text());
        textOut.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (!result.report().isEmpty() && !(quiet && processor.mode() == Mode.CHECK)) {
      out.print(result.report());
      out.flush();
    }
    switch (result.status()) {
      case CHANGED -> tally.changed++;
      case UNCHANGED -> tally.unchanged++;
      case FAILED -> tally.failed++;
      case INTERNAL_ERROR -> tally.internal++;
    }
  }

  private static final class Tally {
    int changed;
    int unchanged;
    int failed;
    int internal;

    int total() {
      return changed + unchanged + failed + internal;
    }

    int exitCode(FileProcessor processor) {
      if (internal > 0) {
        return ExitCodes.INTERNAL_ERROR;
      }
      if (failed > 0) {
        return ExitCodes.INPUT_FAILED;
      }
      if (processor.mode() == Mode.CHECK && changed > 0) {
        return ExitCodes.CHANGES_FOUND;
      }
      return ExitCodes.OK;
    }
  }
}
