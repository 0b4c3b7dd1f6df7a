package org.textmend.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.textmend.io.AtomicFiles;

/**
 * Where a streamed input's result goes: standard output, a file being replaced, or nothing (for
 * {@code --check}). Not thread-safe; the printing thread writes it.
 */
final class Sink implements AutoCloseable {
  private final @Nullable OutputStream stream;
  private final AtomicFiles.@Nullable Replacement file;
  private final boolean always;
  private final @Nullable String backupSuffix;

  private Sink(
      @Nullable OutputStream stream,
      AtomicFiles.@Nullable Replacement file,
      boolean always,
      @Nullable String backupSuffix) {
    this.stream = stream;
    this.file = file;
    this.always = always;
    this.backupSuffix = backupSuffix;
  }

  /** The sink of {@code input} in {@code mode}; standard output is {@code textOut}. */
  static Sink open(Mode mode, Input input, @Nullable String backupSuffix, OutputStream textOut)
      throws IOException {
    switch (mode) {
      case STDOUT -> {
        return new Sink(textOut, null, false, null);
      }
      case OUTPUT_FILE, OUTPUT_DIR -> {
        Path target = Objects.requireNonNull(input.target(), "target");
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
          Files.createDirectories(folder);
        }
        return new Sink(null, AtomicFiles.replace(target), true, null);
      }
      case IN_PLACE -> {
        Path path = Objects.requireNonNull(input.path(), "path");
        return new Sink(null, AtomicFiles.replace(path), false, backupSuffix);
      }
      default -> {
        return new Sink(null, null, false, null); // --check: compare only
      }
    }
  }

  void write(byte[] bytes) throws IOException {
    if (stream != null) {
      stream.write(bytes);
    } else if (file != null) {
      file.stream().write(bytes);
    }
  }

  /** Puts the file in place: always for an output file, only when changed for --in-place. */
  void finish(boolean changed) throws IOException {
    if (stream != null) {
      stream.flush();
    } else if (file != null && (always || changed)) {
      file.commit(backupSuffix);
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }
}
