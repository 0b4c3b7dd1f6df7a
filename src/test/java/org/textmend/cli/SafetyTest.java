package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the command refuses or leaves alone to keep the user's files safe: an output folder inside
 * the input tree, a folder given as {@code -o}, symbolic links out of the input tree.
 */
class SafetyTest {

  @TempDir Path dir;

  /** Links are removed after each test: JUnit would warn about links out of its folder. */
  private final List<Path> links = new java.util.ArrayList<>();

  @AfterEach
  void removeLinks() throws IOException {
    for (Path link : links) {
      Files.deleteIfExists(link);
    }
  }

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Result(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, UTF_8);
  }

  private Path link(String relative, Path target) throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve(relative), target);
    links.add(link);
    return link;
  }

  private static List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(f -> !f.equals(root))
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void outputDirInsideTheInputTreeIsRefused() throws IOException {
    write("docs/a.txt", "a  b\n");
    Path docs = dir.resolve("docs");
    Result result = run("--output-dir", docs.resolve("clean").toString(), docs.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith(
            "textmend: --output-dir "
                + docs.resolve("clean")
                + " lies inside the input folder "
                + docs
                + ", so a later run over it would read the cleaned copies as input. Choose a"
                + " folder outside it, or add --allow-output-inside\n");
    assertThat(tree(docs)).containsExactly("a.txt");
  }

  @Test
  void outputDirEqualToTheInputFolderIsRefused() throws IOException {
    write("docs/a.txt", "a  b\n");
    Path docs = dir.resolve("docs");
    Result result = run("--output-dir", docs.toString(), docs.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(docs.resolve("a.txt")).hasContent("a  b\n");
  }

  @Test
  void outputDirReachedThroughALinkIntoTheInputTreeIsRefused() throws IOException {
    write("docs/a.txt", "a  b\n");
    Files.createDirectories(dir.resolve("docs/sub"));
    Path viaLink = link("shortcut", dir.resolve("docs/sub"));
    Result result =
        run("--output-dir", viaLink.resolve("clean").toString(), dir.resolve("docs").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("lies inside the input folder");
  }

  @Test
  void outputDirBesideTheInputTreeIsAccepted() throws IOException {
    write("docs/a.txt", "a  b\n");
    Result result =
        run("--output-dir", dir.resolve("docs-clean").toString(), dir.resolve("docs").toString());
    assertThat(result.code()).isZero();
    assertThat(dir.resolve("docs-clean/a.txt")).hasContent("a b\n");
  }

  @Test
  void outputDirInsideTheInputTreeIsAllowedWhenAskedFor() throws IOException {
    write("docs/a.txt", "a  b\n");
    Path docs = dir.resolve("docs");
    Result result =
        run(
            "--allow-output-inside",
            "--output-dir",
            docs.resolve("clean").toString(),
            docs.toString());
    assertThat(result.code()).isZero();
    assertThat(tree(docs)).containsExactly("a.txt", "clean", "clean/a.txt");
  }

  @Test
  void allowOutputInsideWithoutOutputDirIsAUsageError() throws IOException {
    Path a = write("a.txt", "a\n");
    Result result = run("--allow-output-inside", a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith("textmend: --allow-output-inside works only with --output-dir\n");
  }

  @Test
  void folderGivenAsOutputFileIsAUsageError() throws IOException {
    Path a = write("a.txt", "a  b\n");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Result result = run("-o", folder.toString(), a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith(
            "textmend: -o "
                + folder
                + " is a folder; use --output-dir "
                + folder
                + " to write into it\n");
    assertThat(tree(folder)).isEmpty();
  }

  @Test
  void inPlaceDoesNotFollowALinkOutOfTheTree() throws IOException {
    Path outside = write("outside.txt", "outside  file\n");
    write("tree/inside.txt", "inside  file\n");
    link("tree/link.txt", outside);
    Result result = run("--in-place", dir.resolve("tree").toString());
    assertThat(result.code()).isZero();
    assertThat(outside).hasContent("outside  file\n");
    assertThat(dir.resolve("tree/inside.txt")).hasContent("inside file\n");
  }

  @Test
  void inPlaceDoesNotDescendALinkedFolder() throws IOException {
    Path outside = write("elsewhere/deep.txt", "deep  file\n");
    write("tree/inside.txt", "inside\n");
    link("tree/folder", outside.getParent());
    Result result = run("--in-place", dir.resolve("tree").toString());
    assertThat(result.code()).isZero();
    assertThat(outside).hasContent("deep  file\n");
  }

  @Test
  void outputDirDoesNotReadALinkOutOfTheTree() throws IOException {
    Path outside = write("secret.txt", "not for the output\n");
    write("tree/inside.txt", "inside\n");
    link("tree/link.txt", outside);
    Path out = dir.resolve("out");
    Result result = run("--output-dir", out.toString(), dir.resolve("tree").toString());
    assertThat(result.code()).isZero();
    assertThat(tree(out)).containsExactly("inside.txt");
  }

  @Test
  void inPlaceRewritesTheTargetOfALinkInsideTheTreeOnceAndKeepsTheLink() throws IOException {
    Path real = write("tree/real.txt", "real  file\n");
    Path link = link("tree/alias.txt", real);
    Result result = run("--in-place", dir.resolve("tree").toString());
    assertThat(result.code()).isZero();
    assertThat(real).hasContent("real file\n");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void deviceAsOutputIsWrittenIntoNotReplaced() throws Exception {
    // A null device of the test's own (mknod, as root), so that a regression cannot replace the
    // machine's /dev/null with a regular file, as renaming over -o /dev/null once did.
    Path device = dir.resolve("null");
    Process mknod =
        new ProcessBuilder("mknod", "-m", "666", device.toString(), "c", "1", "3").start();
    assumeThat(mknod.waitFor() == 0).as("mknod works here (root)").isTrue();
    Path a = write("a.txt", "a  b\n");
    Result result = run("-o", device.toString(), a.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.isRegularFile(device)).isFalse();
    assertThat(Files.exists(device)).isTrue();
  }
}
