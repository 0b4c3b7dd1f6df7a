package org.textmend.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ExecutionException;

/** Helpers for the stream cleaners. Stateless. */
final class Streams {

  private Streams() {}

  /**
   * What a part's task threw, to be thrown again on the caller's thread: an I/O error as itself, an
   * unchecked exception or error as itself.
   */
  static IOException rethrown(ExecutionException e) {
    Throwable cause = e.getCause();
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
}
