package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.google.common.jimfs.Configuration;
import com.google.common.jimfs.Jimfs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path dir;

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }

  @Test
  void createsNewFile() throws IOException {
    Path file = dir.resolve("new.txt");
    AtomicFiles.write(file, utf8("hello\n"), null);
    assertThat(file).hasContent("hello\n");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void replacesExistingFileKeepingItsPermissions() throws IOException {
    Path file = dir.resolve("old.txt");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    AtomicFiles.write(file, utf8("new\n"), null);
    assertThat(file).hasContent("new\n");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-r-----");
    assertThat(filesIn(dir)).isEqualTo(1);
  }

  @Test
  void keepsBackupWithSuffix() throws IOException {
    Path file = dir.resolve("doc.txt");
    Files.writeString(file, "old\n");
    AtomicFiles.write(file, utf8("new\n"), ".orig");
    assertThat(file).hasContent("new\n");
    assertThat(dir.resolve("doc.txt.orig")).hasContent("old\n");
  }

  @Test
  void writesThroughSymbolicLink() throws IOException {
    Path real = dir.resolve("real.txt");
    Files.writeString(real, "old\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.txt"), real);
    AtomicFiles.write(link, utf8("new\n"), null);
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(real).hasContent("new\n");
  }

  @Test
  void failsWithoutLeavingTemporaryFiles() throws IOException {
    Path missingFolder = dir.resolve("missing/out.txt");
    assertThatThrownBy(() -> AtomicFiles.write(missingFolder, utf8("x"), null))
        .isInstanceOf(IOException.class);
    assertThat(filesIn(dir)).isZero();
  }

  /** An in-memory file system of {@code bytes} bytes: a disk that fills up without mounting one. */
  private static FileSystem smallDisk(long bytes) {
    return Jimfs.newFileSystem(
        Configuration.unix().toBuilder()
            .setMaxSize(bytes)
            .setBlockSize(1024)
            .setAttributeViews("basic", "owner", "posix")
            .build());
  }

  @Test
  void fullDiskFailsAndLeavesTheOriginalAndNoTemporaryFile() throws IOException {
    try (FileSystem disk = smallDisk(64 * 1024)) {
      Path folder = Files.createDirectories(disk.getPath("/data"));
      Path file = folder.resolve("doc.txt");
      byte[] original = utf8("x".repeat(40 * 1024));
      Files.write(file, original);
      assertThatThrownBy(() -> AtomicFiles.write(file, utf8("y".repeat(40 * 1024)), null))
          .isInstanceOf(IOException.class);
      assertThat(Files.readAllBytes(file)).isEqualTo(original);
      assertThat(filesIn(folder)).isEqualTo(1);
    }
  }

  @Test
  void fullDiskDuringTheBackupFailsAndLeavesTheOriginal() throws IOException {
    try (FileSystem disk = smallDisk(100 * 1024)) {
      Path folder = Files.createDirectories(disk.getPath("/data"));
      Path file = folder.resolve("doc.txt");
      byte[] original = utf8("x".repeat(40 * 1024));
      Files.write(file, original);
      // The new text fits beside the original; a backup copy as well does not.
      assertThatThrownBy(() -> AtomicFiles.write(file, utf8("y".repeat(40 * 1024)), ".orig"))
          .isInstanceOf(IOException.class);
      assertThat(Files.readAllBytes(file)).isEqualTo(original);
      assertThat(filesIn(folder)).isEqualTo(1);
    }
  }

  @Test
  void diskFullBeforeTheTemporaryFileIsWrittenLeavesNothingBehind() throws IOException {
    try (FileSystem disk = smallDisk(64 * 1024)) {
      Path folder = Files.createDirectories(disk.getPath("/data"));
      Path file = Files.write(folder.resolve("doc.txt"), utf8("old"));
      Files.write(folder.resolve("filler"), new byte[60 * 1024]);
      assertThatThrownBy(() -> AtomicFiles.write(file, utf8("z".repeat(8 * 1024)), null))
          .isInstanceOf(IOException.class);
      assertThat(filesIn(folder)).isEqualTo(2);
      assertThat(file).hasContent("old");
    }
  }

  @Test
  void backupKeepsPermissions() throws IOException {
    Path file = dir.resolve("doc.txt");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    AtomicFiles.write(file, utf8("new\n"), ".orig");
    assertThat(
            PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("doc.txt.orig"))))
        .isEqualTo("rw-------");
    assertThat(filesIn(dir)).isEqualTo(2);
  }

  @Test
  void replacedFileKeepsItsOwnerAndGroup() throws IOException {
    Path file = Files.writeString(dir.resolve("doc.txt"), "old\n");
    PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
    UserPrincipalLookupService users = file.getFileSystem().getUserPrincipalLookupService();
    try {
      view.setOwner(users.lookupPrincipalByName("nobody"));
      view.setGroup(users.lookupPrincipalByGroupName("nogroup"));
    } catch (IOException e) {
      assumeThat(e).as("this process may give files away (it runs as root)").isNull();
    }
    AtomicFiles.write(file, utf8("new\n"), null);
    PosixFileAttributes after = Files.readAttributes(file, PosixFileAttributes.class);
    assertThat(after.owner().getName()).isEqualTo("nobody");
    assertThat(after.group().getName()).isEqualTo("nogroup");
    assertThat(file).hasContent("new\n");
  }

  @Test
  void namedPipeIsWrittenIntoNotReplaced() throws Exception {
    Path pipe = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assumeThat(mkfifo.waitFor() == 0).as("mkfifo works here").isTrue();
    byte[][] received = new byte[1][];
    Thread reader =
        new Thread(
            () -> {
              try {
                received[0] = Files.readAllBytes(pipe);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    reader.setDaemon(true);
    reader.start();
    AtomicFiles.write(pipe, utf8("through the pipe\n"), null);
    reader.join(10_000);
    assertThat(received[0]).isEqualTo(utf8("through the pipe\n"));
    assertThat(Files.isRegularFile(pipe)).isFalse();
    assertThat(filesIn(dir)).isEqualTo(1);
  }
}
