package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
}
