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
import java.nio.file.attribute.PosixFileAttributes;
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
   * <p>A target that exists but is not a regular file (a device such as {@code /dev/null}, a named
   * pipe) is written into directly. An existing target keeps its permissions (and its owner and
   * group, where the process may set them); a symbolic link is written through, so the file it
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
   * target untouched and remove the temporary file. A target that is not a regular file is written
   * into directly, as {@link #write} does.
   *
   * @throws IOException when the temporary file cannot be created next to the target
   */
  public static Replacement replace(Path target) throws IOException {
    boolean exists = Files.exists(target);
    if (exists && !Files.isRegularFile(target)) {
      // A device or a named pipe (-o /dev/null, -o >(gzip)): written into, never replaced, which
      // would put a regular file in place of /dev/null.
      OutputStream direct =
          Files.newOutputStream(
              target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
      return new Replacement(target, false, null, null, new BufferedOutputStream(direct, 1 << 16));
    }
    Path file = exists ? target.toRealPath() : target.toAbsolutePath();
    Path temporary = createTemporary(file.getParent(), file.getFileName().toString());
    FileChannel channel;
    try {
      channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
    } catch (IOException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    return new Replacement(file, exists, temporary, channel, stream);
  }

  /**
   * A file being replaced: its new content goes to a temporary file next to it until {@link
   * #commit}. Not thread-safe; one writer at a time.
   */
  public static final class Replacement implements Closeable {
    private final Path file;
    private final boolean exists;
    // Both null when the target is a device or pipe written into directly.
    private final @Nullable Path temporary;
    private final @Nullable FileChannel channel;
    private final OutputStream stream;
    private boolean closed;

    private Replacement(
        Path file,
        boolean exists,
        @Nullable Path temporary,
        @Nullable FileChannel channel,
        OutputStream stream) {
      this.file = file;
      this.exists = exists;
      this.temporary = temporary;
      this.channel = channel;
      this.stream = stream;
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
      if (temporary == null || channel == null) {
        stream.close();
        return;
      }
      boolean moved = false;
      try {
        try (FileChannel open = channel;
            OutputStream out = stream) {
          out.flush();
          open.force(true);
        }
        if (exists) {
          copyPermissions(file, temporary);
          if (backupSuffix != null) {
            backUp(file, file.resolveSibling(file.getFileName() + backupSuffix));
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
      if (temporary == null || channel == null) {
        // A device or pipe cannot be left untouched; what was written stays written.
        stream.close();
        return;
      }
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

  /**
   * Copies {@code file} to {@code backup} the same way: through a flushed temporary file renamed
   * over the backup, so that a crash never leaves a half-written backup in place of an old one.
   */
  private static void backUp(Path file, Path backup) throws IOException {
    Path temporary = createTemporary(backup.getParent(), backup.getFileName().toString());
    boolean moved = false;
    try {
      Files.copy(
          file, temporary, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      try {
        Files.move(temporary, backup, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, backup, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (!moved) {
        Files.deleteIfExists(temporary);
      }
    }
  }

  /**
   * Gives {@code to} the permissions of {@code from}, and its owner and group where the process may
   * set them (a process run by the file's owner usually may not give a file away, and need not).
   */
  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(from, PosixFileAttributeView.class);
    if (view != null) {
      PosixFileAttributes attributes = view.readAttributes();
      Files.setPosixFilePermissions(to, attributes.permissions());
      PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
      try {
        if (!attributes.group().equals(target.readAttributes().group())) {
          target.setGroup(attributes.group());
        }
        if (!attributes.owner().equals(target.getOwner())) {
          target.setOwner(attributes.owner());
        }
      } catch (IOException | UnsupportedOperationException e) {
        // Best effort: the content and permissions are what matter.
      }
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
