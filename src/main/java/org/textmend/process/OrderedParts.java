package org.textmend.process;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import org.jspecify.annotations.Nullable;

/**
 * Cleans the parts of one input (chunks of text, blocks of lines) on worker threads and hands their
 * results back in input order, with at most {@code inFlight} parts read and not yet handed back, so
 * that memory stays bounded whatever the size of the input. Not thread-safe: one thread reads the
 * parts and takes the results.
 *
 * @param <T> what cleaning a part gives
 */
public final class OrderedParts<T> {

  /** Where parts come from. */
  public interface Source<T> {
    /** The task that cleans the next part, or {@code null} at the end. */
    @Nullable Callable<T> next() throws IOException;

    /** The bytes read so far. */
    long bytesRead();
  }

  /** Runs the tasks: on an executor, or at once on the calling thread. */
  public interface Workers {
    /** Starts {@code task}. */
    <R> Future<R> submit(Callable<R> task);

    /** Waits for {@code future}; the command line keeps its progress line alive meanwhile. */
    default <R> R await(Future<R> future) throws InterruptedException, ExecutionException {
      return future.get();
    }

    /** Workers that run each task on {@code executor}, or at once when it is {@code null}. */
    static Workers of(@Nullable Executor executor) {
      return new Workers() {
        @Override
        public <R> Future<R> submit(Callable<R> task) {
          FutureTask<R> future = new FutureTask<>(task);
          if (executor == null) {
            future.run();
          } else {
            executor.execute(future);
          }
          return future;
        }
      };
    }
  }

  private final Source<T> source;
  private final Workers workers;
  private final int inFlight;
  private final Deque<Future<T>> parts = new ArrayDeque<>();
  private final Deque<Long> partBytes = new ArrayDeque<>();
  private long counted;
  private boolean stopped;
  private @Nullable IOException readError;
  private long lastBytes;

  /**
   * @param inFlight how many parts may be read ahead of the one handed back next (at least 1)
   */
  public OrderedParts(Source<T> source, Workers workers, int inFlight) {
    this.source = source;
    this.workers = workers;
    this.inFlight = Math.max(1, inFlight);
  }

  /**
   * The result of the next part, in input order, or {@code null} when every part read was handed
   * back. Reading stops at the end of the input, at {@link #stop()}, or when reading fails ({@link
   * #readError()}); the parts started before are still handed back.
   *
   * @throws ExecutionException when cleaning a part threw; the cause is what it threw
   * @throws InterruptedException when the thread was interrupted while waiting
   */
  public @Nullable T next() throws ExecutionException, InterruptedException {
    while (!stopped && parts.size() < inFlight) {
      try {
        Callable<T> task = source.next();
        if (task == null) {
          stopped = true;
        } else {
          parts.add(workers.submit(task));
          partBytes.add(source.bytesRead() - counted);
          counted = source.bytesRead();
        }
      } catch (IOException e) {
        readError = e;
        stopped = true;
      }
    }
    Future<T> part = parts.poll();
    if (part == null) {
      return null;
    }
    lastBytes = partBytes.remove();
    try {
      return workers.await(part);
    } catch (ExecutionException | InterruptedException | RuntimeException e) {
      cancel();
      throw e;
    }
  }

  /** Takes the results of the parts, in order. */
  public interface Sink<T> {
    /** Takes the result of the next part. */
    void accept(T result) throws IOException;
  }

  /**
   * Hands the result of every part to {@code sink}, in order, for a caller that has nothing to do
   * between parts but pass them on.
   *
   * @throws IOException when reading failed ({@link #readError()}), {@code sink} threw it, or a
   *     part's task threw it; an unchecked exception or error of a task is thrown as itself
   */
  public void drain(Sink<T> sink) throws IOException {
    try {
      for (T result = next(); result != null; result = next()) {
        sink.accept(result);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } finally {
      cancel(); // after a failure, the parts read ahead are not wanted
    }
    if (readError != null) {
      throw readError;
    }
  }

  private static IOException rethrown(@Nullable Throwable cause) {
    if (cause instanceof IOException io) {
      return io;
    }
    if (cause instanceof UncheckedIOException unchecked) {
      return unchecked.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  /** How many bytes of input the part last handed back was read from. */
  public long lastBytes() {
    return lastBytes;
  }

  /** Reads no more parts; those started are still handed back. */
  public void stop() {
    stopped = true;
  }

  /** Stops, and cancels the parts not yet handed back. */
  public void cancel() {
    stopped = true;
    parts.forEach(f -> f.cancel(true));
    parts.clear();
    partBytes.clear();
  }

  /** Why reading stopped early, or {@code null} when it did not fail. */
  public @Nullable IOException readError() {
    return readError;
  }

  /** The bytes read so far. */
  public long bytesRead() {
    return source.bytesRead();
  }
}
