package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Runs the inputs of one command, in parallel when there are several, and prints their results in
 * input order, so that output, messages, report and exit code never depend on thread timing.
 *
 * <p>Inputs up to the chunk size are processed whole by worker threads, at most a few ahead of the
 * one being printed, so memory stays bounded in a run over any number of files. A larger input, or
 * standard input or a pipe longer than the chunk size, is streamed by a {@link StreamJob} when its
 * turn comes, its parts cleaned by the same workers. All printing happens on the calling thread,
 * which also draws the progress line while it waits.
 */
final class Batch {

  /**
   * How a run is configured, beyond what {@link FileProcessor} does with each input.
   *
   * @param jobs worker threads
   * @param quiet print nothing but errors and what was asked for
   * @param summary end with a summary on standard error
   * @param chunkSize inputs larger than this (bytes) are streamed in chunks of this many characters
   * @param contextSize the least context around a chunk, in characters
   */
  record Settings(int jobs, boolean quiet, boolean summary, int chunkSize, int contextSize) {}

  private final FileProcessor processor;
  private final Settings settings;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputStream textOut;
  private final InputStream stdin;
  private final @Nullable Progress progress;
  private final @Nullable Report report;
  private final LongSupplier clock;
  private @Nullable ExecutorService pool;

  /**
   * @param textOut where cleaned text goes as bytes, in the output encoding; everything else goes
   *     through the command's {@code out} and {@code err} writers
   * @param progress the progress line, or {@code null} when standard error is not a terminal
   * @param report the {@code --report} file, or {@code null}
   */
  Batch(
      FileProcessor processor,
      Settings settings,
      PrintWriter out,
      PrintWriter err,
      OutputStream textOut,
      InputStream stdin,
      @Nullable Progress progress,
      @Nullable Report report,
      LongSupplier clock) {
    this.processor = processor;
    this.settings = settings;
    this.out = out;
    this.err = err;
    this.textOut = textOut;
    this.stdin = stdin;
    this.progress = progress;
    this.report = report;
    this.clock = clock;
  }

  /**
   * Processes {@code inputs}, after reporting {@code problems} found while looking for them, and
   * returns the exit code.
   */
  int run(List<Input> inputs, List<String> problems) {
    long started = clock.getAsLong();
    Tally tally = new Tally();
    for (String problem : problems) {
      err.println(problem);
    }
    tally.failed += problems.size();
    if (progress != null) {
      progress.start(inputs.size(), totalBytes(inputs));
    }
    int jobs = settings.jobs();
    if (jobs > 1) {
      pool =
          Executors.newFixedThreadPool(
              jobs,
              task -> {
                Thread thread = new Thread(task, "textmend-worker");
                thread.setDaemon(true);
                return thread;
              });
    }
    try {
      runInputs(inputs, tally);
    } finally {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    if (progress != null) {
      progress.finish();
    }
    double seconds = (clock.getAsLong() - started) / 1e9;
    if (settings.summary()) {
      summary(tally, seconds);
    }
    if (report != null) {
      try {
        report.finish(problems, tally, seconds);
      } catch (IOException e) {
        err.println(Messages.writeError(report.path().toString(), e, ""));
        tally.failed++;
      }
    }
    out.flush();
    err.flush();
    return tally.exitCode(processor.mode());
  }

  /** Processes and prints the inputs in order: whole ones by the workers, large ones streamed. */
  private void runInputs(List<Input> inputs, Tally tally) {
    Workers workers = new Workers();
    int jobs = settings.jobs();
    StreamJob streams =
        new StreamJob(
            processor,
            workers,
            partsInFlight(jobs, settings.chunkSize(), Runtime.getRuntime().maxMemory()),
            settings.chunkSize(),
            settings.contextSize(),
            out,
            err,
            textOut,
            progress);
    // results of whole inputs, in input order; at most this many are held at a time
    int window = 2 * jobs;
    Deque<Future<FileResult>> pending = new ArrayDeque<>();
    for (Input input : inputs) {
      Plan plan = plan(input);
      if (plan.error() != null || plan.stream() != null) {
        while (!pending.isEmpty()) {
          print(workers.result(pending.poll()), tally);
        }
      }
      if (plan.error() != null) {
        String label = input.label();
        print(
            FileResult.failed(
                label, List.of(), Messages.readError(label, plan.error()), FileResult.Stats.NONE),
            tally);
        continue;
      }
      if (plan.stream() != null) {
        print(streams.run(input, plan.head(), plan.stream()), tally);
        continue;
      }
      byte[] bytes = plan.head();
      pending.add(
          workers.submit(
              () -> {
                FileResult result = processor.process(input, bytes);
                if (progress != null) {
                  progress.bytesDone(result.stats().bytes());
                }
                return result;
              }));
      while (pending.size() > window) {
        print(workers.result(pending.poll()), tally);
      }
    }
    while (!pending.isEmpty()) {
      print(workers.result(pending.poll()), tally);
    }
  }

  /**
   * A guess at the memory one chunk of a streamed input takes while it is cleaned, per character of
   * chunk: its text and the pipeline's copies of it (two bytes a character each), the edit log, the
   * result waiting to be written, and the fixers' own working memory, which is the largest part.
   * Measure with .ci/large-runs when fixers change.
   */
  static final int BYTES_PER_CHUNK_CHARACTER = 48;

  /**
   * How many chunks of a streamed input are cleaned or wait to be written at a time: one more than
   * the jobs, so that no worker waits for the reader, but no more than half the heap holds, so that
   * a small heap ({@code -Xmx256m}) cleans one chunk at a time rather than running out of memory.
   */
  static int partsInFlight(int jobs, int chunkSize, long maxMemory) {
    long fit = maxMemory / 2 / ((long) BYTES_PER_CHUNK_CHARACTER * chunkSize);
    return (int) Math.max(1, Math.min(jobs + 1L, fit));
  }

  /**
   * How to process an input: whole (by a worker, which reads it unless {@code head} holds it all
   * already) or streamed ({@code stream} is the rest after {@code head}).
   */
  private record Plan(
      byte @Nullable [] head, @Nullable InputStream stream, @Nullable IOException error) {
    static final Plan WHOLE = new Plan(null, null, null);
  }

  private Plan plan(Input input) {
    boolean streamable = processor.mode() != Mode.DIFF || processor.settings().jsonl() != null;
    if (!streamable) {
      return Plan.WHOLE; // a diff is made of the whole text
    }
    Path path = input.path();
    if (path != null) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isDirectory()
            || (attributes.isRegularFile() && attributes.size() <= settings.chunkSize())
            || (!attributes.isRegularFile() && processor.mode() == Mode.IN_PLACE)) {
          // whole; a pipe or device given to --in-place is refused by the worker
          return Plan.WHOLE;
        }
        return head(Files.newInputStream(path));
      } catch (IOException e) {
        return Plan.WHOLE; // the worker reads it again, and reports what is wrong
      }
    }
    try {
      return head(stdin);
    } catch (IOException e) {
      return new Plan(null, null, e);
    }
  }

  /** Reads up to one chunk more than the chunk size: whole if it all fits, streamed otherwise. */
  private Plan head(InputStream in) throws IOException {
    byte[] head;
    try {
      head = in.readNBytes(settings.chunkSize() + 1);
    } catch (IOException e) {
      if (in != stdin) {
        in.close();
      }
      throw e;
    }
    if (head.length <= settings.chunkSize()) {
      if (in != stdin) {
        try {
          in.close();
        } catch (IOException e) {
          // everything was read
        }
      }
      return new Plan(head, null, null);
    }
    return new Plan(head, in, null);
  }

  private long totalBytes(List<Input> inputs) {
    long total = 0;
    for (Input input : inputs) {
      Path path = input.path();
      if (path == null) {
        return -1;
      }
      try {
        BasicFileAttributes attributes =
            Files.readAttributes(path, BasicFileAttributes.class, new LinkOption[0]);
        if (!attributes.isRegularFile()) {
          return -1;
        }
        total += attributes.size();
      } catch (IOException e) {
        // counted as nothing; it will be reported
      }
    }
    return total;
  }

  private void print(FileResult result, Tally tally) {
    boolean listed =
        !result.report().isEmpty() && !(settings.quiet() && processor.mode() == Mode.CHECK);
    if (progress != null) {
      progress.fileDone();
      if (!result.messages().isEmpty() || result.text().length > 0 || listed) {
        progress.clear(); // only when something is printed, or the line would flicker
      }
    }
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
    if (listed) {
      out.print(result.report());
      out.flush();
    }
    tally.add(result);
    if (report != null) {
      try {
        report.add(result);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (progress != null) {
      progress.tick();
    }
  }

  private void summary(Tally tally, double seconds) {
    for (String line : tally.summary(seconds)) {
      err.println(line);
    }
  }

  /** The worker threads, or the calling thread itself with one job. */
  private final class Workers implements StreamJob.Workers {

    @Override
    public <T> Future<T> submit(Callable<T> task) {
      if (pool != null) {
        return pool.submit(task);
      }
      FutureTask<T> future = new FutureTask<>(task);
      future.run();
      return future;
    }

    @Override
    public <T> T await(Future<T> future) throws InterruptedException, ExecutionException {
      if (progress == null) {
        return future.get();
      }
      while (true) {
        try {
          return future.get(Progress.INTERVAL_NANOS / 2, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
          progress.tick();
        }
      }
    }

    /** The result of a whole input; {@link FileProcessor#process} catches all but bugs. */
    FileResult result(Future<FileResult> future) {
      try {
        return await(future);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
