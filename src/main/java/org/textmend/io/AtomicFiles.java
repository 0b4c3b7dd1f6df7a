package org.textmend.io;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Writes files so that a reader never sees half a file: the bytes go to a temporary file in the
 * same folder, are flushed to disk, and the temporary file is renamed over the target in one step.
 * An interrupted run leaves either the old file or the new one. Stateless.
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /**
   * Replaces (or creates) {@code target} with {@code bytes}.
   *
   * <p>An existing target keeps its permissions; a symbolic link is written through, so the file it
   * points to changes and the link stays a link. With a {@code backupSuffix}, the old content is
   * first copied to the target's name plus the suffix (replacing an older backup). A new file gets
   * the permissions the process's umask gives.
   *
   * @throws IOException when the folder is not writable or the disk is full; the target is then
   *     unchanged and no temporary file is left behind
   */
  public static void write(Path target, byte[] bytes, @Nullable String backupSuffix)
      throws IOException {
    try (Replacement replacement = replace(target)) {
      replacement.stream().write(bytes);
      replacement.commit(backupSuffix);
    }
  }

  /**
   * Starts replacing (or creating) {@code target} with content written in parts, for files too
   * large to hold in memory: write to {@link Replacement#stream()}, then {@link Replacement#commit}
   * to put the file in place as {@link #write} does, or close without committing to leave the
   * target untouched and remove the temporary file.
   *
   * @throws IOException when the temporary file cannot be created next to the target
   */
  public static Replacement replace(Path target) throws IOException {
    boolean exists = Files.exists(target);
    Path file = exists ? target.toRealPath() : target.toAbsolutePath();
    Path temporary = createTemporary(file.getParent(), file.getFileName().toString());
    return new Replacement(file, exists, temporary);
  }

  /**
   * A file being replaced: its new content goes to a temporary file next to it until {@link
   * #commit}. Not thread-safe; one writer at a time.
   */
  public static final class Replacement implements Closeable {
    private final Path file;
    private final boolean exists;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean closed;

    private Replacement(Path file, boolean exists, Path temporary) throws IOException {
      this.file = file;
      this.exists = exists;
      this.temporary = temporary;
      FileChannel opened;
      try {
        opened = FileChannel.open(temporary, StandardOpenOption.WRITE);
      } catch (IOException e) {
        Files.deleteIfExists(temporary);
        throw e;
      }
      this.channel = opened;
      this.stream = new BufferedOutputStream(Channels.newOutputStream(opened), 1 << 16);
    }

    /** Where the new content goes. */
    public OutputStream stream() {
      return stream;
    }

    /**
     * Flushes the new content to disk and renames it over the target; with a {@code backupSuffix},
     * the old content is first copied to the target's name plus the suffix.
     */
    public void commit(@Nullable String backupSuffix) throws IOException {
      if (closed) {
        throw new IllegalStateException("already committed or abandoned: " + file);
      }
      closed = true;
      boolean moved = false;
      try {
        try (channel;
            OutputStream out = stream) {
          out.flush();
          channel.force(true);
        }
        if (exists) {
          copyPermissions(file, temporary);
          if (backupSuffix != null) {
            Path backup = file.resolveSibling(file.getFileName() + backupSuffix);
            Files.copy(
                file,
                backup,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
          }
        }
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        moved = true;
        syncFolder(file.getParent());
      } finally {
        if (!moved) {
          Files.deleteIfExists(temporary);
        }
      }
    }

    /** Abandons the replacement unless it was committed: the target stays as it was. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        channel.close();
      } finally {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * A new empty file next to the target. Created with {@code CREATE_NEW} rather than {@link
   * Files#createTempFile}, whose owner-only permissions would end up on a new output file.
   */
  private static Path createTemporary(Path folder, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      String suffix = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36);
      Path temporary = folder.resolve("." + name + "." + suffix + ".textmend.tmp");
      try {
        Files.newByteChannel(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)
            .close();
        return temporary;
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      Files.setPosixFilePermissions(to, view.readAttributes().permissions());
    }
  }

  /** Flushes the rename to disk where the platform allows opening a folder; best effort. */
  private static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | RuntimeException e) {
      // Not every platform can open a folder as a channel; the rename itself is still atomic.
    }
  }
}
