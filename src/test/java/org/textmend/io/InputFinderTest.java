package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFinderTest {

  @TempDir Path dir;

  private Path write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "text\n");
    return file;
  }

  private static List<String> relatives(InputFinder.Found found) {
    return found.files().stream().map(f -> f.relative().toString()).toList();
  }

  @Test
  void fileArgumentIsItselfWithItsNameAsRelativePath() throws IOException {
    Path file = write("sub/a.txt");
    InputFinder.Found found = new InputFinder(null).find(file);
    assertThat(found.files()).containsExactly(new InputFile(file, Path.of("a.txt")));
  }

  @Test
  void missingArgumentIsPassedOnForTheReaderToReport() {
    Path missing = dir.resolve("missing.txt");
    assertThat(new InputFinder(null).find(missing).files())
        .containsExactly(new InputFile(missing, Path.of("missing.txt")));
  }

  @Test
  void walksDirectoriesInSortedOrder() throws IOException {
    write("root/b.txt");
    write("root/a/z.txt");
    write("root/a/b/c.txt");
    write("root/C.txt");
    assertThat(relatives(new InputFinder(null).find(dir.resolve("root"))))
        .containsExactly("C.txt", "a/b/c.txt", "a/z.txt", "b.txt");
  }

  @Test
  void skipsHiddenFilesAndDirectories() throws IOException {
    write("root/.git/config");
    write("root/.notes.txt");
    write("root/visible.txt");
    assertThat(relatives(new InputFinder(null).find(dir.resolve("root"))))
        .containsExactly("visible.txt");
  }

  @Test
  void skipsTheExcludedDirectory() throws IOException {
    write("root/in.txt");
    write("root/clean/in.txt");
    InputFinder finder = new InputFinder(dir.resolve("root/clean"));
    assertThat(relatives(finder.find(dir.resolve("root")))).containsExactly("in.txt");
  }

  @Test
  void followsLinksToFilesInsideTheTree() throws IOException {
    Path target = write("root/real.txt");
    Files.createSymbolicLink(dir.resolve("root/link.txt"), target);
    assertThat(relatives(new InputFinder(null).find(dir.resolve("root"))))
        .containsExactly("link.txt", "real.txt");
  }

  @Test
  void ignoresLinksOutOfTheTree() throws IOException {
    Path outside = write("outside.txt");
    write("root/in.txt");
    Files.createSymbolicLink(dir.resolve("root/escape.txt"), outside);
    Files.createSymbolicLink(dir.resolve("root/up"), dir);
    assertThat(relatives(new InputFinder(null).find(dir.resolve("root"))))
        .containsExactly("in.txt");
  }

  @Test
  void ignoresDanglingLinks() throws IOException {
    write("root/in.txt");
    Files.createSymbolicLink(dir.resolve("root/dangling.txt"), dir.resolve("nowhere"));
    assertThat(relatives(new InputFinder(null).find(dir.resolve("root"))))
        .containsExactly("in.txt");
  }

  @Test
  void emptyDirectoryHasNoFiles() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    InputFinder.Found found = new InputFinder(null).find(dir.resolve("empty"));
    assertThat(found.files()).isEmpty();
    assertThat(found.problems()).isEmpty();
  }
}
