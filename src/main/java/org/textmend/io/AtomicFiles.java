package org.textmend.io;

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
    boolean exists = Files.exists(target);
    if (exists && !Files.isRegularFile(target)) {
      // A device or a named pipe (-o /dev/null, -o >(gzip)): written into, never replaced, which
      // would put a regular file in place of /dev/null.
      try (OutputStream out =
          Files.newOutputStream(
              target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
        out.write(bytes);
      }
      return;
    }
    Path file = exists ? target.toRealPath() : target.toAbsolutePath();
    Path folder = file.getParent();
    Path temporary = createTemporary(folder, file.getFileName().toString());
    boolean moved = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
          OutputStream out = Channels.newOutputStream(channel)) {
        out.write(bytes);
        out.flush();
        channel.force(true);
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
      syncFolder(folder);
    } finally {
      if (!moved) {
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
