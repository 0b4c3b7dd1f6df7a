package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textmend.TextMend;

/**
 * What happens to the user's files when a run is killed, the disk is full or the folder is
 * read-only: every input is either as it was or fully cleaned, never truncated, and a failure says
 * so. The killed run is the real jar in its own JVM; the full disk and the read-only folder are
 * real file systems (a small tmpfs, mounted when the tests run as root, as in CI) or, for the
 * read-only folder when not root, a folder without write permission.
 */
class FailureSafetyIT {

  private static final Path JAR = Path.of("target/textmend.jar").toAbsolutePath();

  @TempDir Path dir;

  private final List<Path> mounts = new ArrayList<>();

  @AfterEach
  void unmount() throws Exception {
    for (Path mount : mounts) {
      command("umount", mount.toString());
    }
  }

  record Result(int code, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Result(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static boolean command(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    process.getInputStream().readAllBytes();
    return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
  }

  /**
   * A tmpfs of {@code size} at a new folder, or the test is skipped where mounting is not allowed.
   */
  private Path tmpfs(String name, String size) throws Exception {
    Path at = Files.createDirectories(dir.resolve(name));
    boolean root = "root".equals(System.getProperty("user.name"));
    assumeThat(
            root && command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", at.toString()))
        .as("running as root, able to mount a tmpfs")
        .isTrue();
    mounts.add(at);
    return at;
  }

  private static List<String> hiddenFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("."))
          .sorted()
          .toList();
    }
  }

  /**
   * A damaged article of about {@code size} characters: double spaces, glued words, no final break.
   */
  private static String damagedText(int variant, int size) {
    StringBuilder out = new StringBuilder(size + 200);
    int line = 0;
    while (out.length() < size) {
      out.append("Line ")
          .append(variant)
          .append('.')
          .append(line++)
          .append(": the harbour  master saidit would reopen on Monday.The ferries will wait.  \n");
    }
    return out.append("no final line break").toString();
  }

  @Test
  void killedRunLeavesEveryFileAsItWasOrFullyCleaned() throws Exception {
    assumeThat(JAR).as("the jar is built (failsafe runs after package)").exists();
    Path in = Files.createDirectories(dir.resolve("in"));
    int files = 24;
    // Only the whitespace fixer: this is about how files are written, and it keeps the run short
    // while the files are large enough (1 MB, each flushed to disk) for kills to land mid-batch.
    TextMend whitespace = TextMend.builder().fixers(List.of("whitespace")).build();
    List<byte[]> originals = new ArrayList<>();
    List<byte[]> cleaned = new ArrayList<>();
    for (int variant = 0; variant < 4; variant++) {
      String text = damagedText(variant, 1_000_000);
      originals.add(text.getBytes(UTF_8));
      cleaned.add(whitespace.clean(text).getBytes(UTF_8));
    }
    boolean killedMidBatch = false;
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < files; i++) {
        Files.write(in.resolve(String.format("doc%02d.txt", i)), originals.get(i % 4));
      }
      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-jar",
                  JAR.toString(),
                  "--in-place",
                  "--fixers",
                  "whitespace",
                  "--jobs",
                  "2",
                  in.toString())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      // Kill it (SIGKILL: no shutdown hooks, no finally) once 1, 6, 12 or 18 files are done.
      int killAfter = round == 0 ? 1 : round * 6;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (process.isAlive() && System.nanoTime() < deadline) {
        if (changedFiles(in, files, originals) >= killAfter) {
          break;
        }
        Thread.sleep(2);
      }
      process.destroyForcibly();
      assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

      int changed = 0;
      for (int i = 0; i < files; i++) {
        byte[] now = Files.readAllBytes(in.resolve(String.format("doc%02d.txt", i)));
        boolean asItWas = Arrays.equals(now, originals.get(i % 4));
        boolean clean = Arrays.equals(now, cleaned.get(i % 4));
        assertThat(asItWas || clean)
            .as(
                "round %d: doc%02d.txt is neither the original nor the cleaned text (%d bytes)",
                round, i, now.length)
            .isTrue();
        changed += clean ? 1 : 0;
      }
      killedMidBatch |= changed > 0 && changed < files;
      // A kill between writing and renaming leaves a hidden temporary file, never an input.
      assertThat(hiddenFiles(in)).allMatch(name -> name.endsWith(".textmend.tmp"));
    }
    assertThat(killedMidBatch).as("at least one kill landed in the middle of the batch").isTrue();
  }

  private static int changedFiles(Path in, int files, List<byte[]> originals) throws IOException {
    int changed = 0;
    for (int i = 0; i < files; i++) {
      Path file = in.resolve(String.format("doc%02d.txt", i));
      if (Files.size(file) != originals.get(i % 4).length) {
        changed++;
      }
    }
    return changed;
  }

  @Test
  void fullDiskFailsClearlyAndLeavesTheInputIntact() throws Exception {
    Path disk = tmpfs("disk", "256k");
    String text = damagedText(0, 100_000);
    Path file = Files.writeString(disk.resolve("doc.txt"), text, UTF_8);
    Files.write(disk.resolve("filler"), new byte[100_000]);
    Result result = run("--in-place", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ": cannot write (No space left on device). Check the path and free space. The"
                + " file is unchanged.\n");
    assertThat(Files.readString(file, UTF_8)).isEqualTo(text);
    assertThat(hiddenFiles(disk)).isEmpty();
  }

  @Test
  void fullDiskForAnOutputFolderLeavesNoPartialFile() throws Exception {
    Path disk = tmpfs("disk", "128k");
    Files.write(disk.resolve("filler"), new byte[100_000]);
    Path input = Files.writeString(dir.resolve("doc.txt"), damagedText(1, 100_000), UTF_8);
    Result result = run("--output-dir", disk.resolve("out").toString(), input.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err()).contains("cannot write (No space left on device)");
    try (Stream<Path> left = Files.list(disk.resolve("out"))) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void readOnlyFileSystemFailsClearlyAndLeavesTheInputIntact() throws Exception {
    Path disk = tmpfs("disk", "1m");
    Path file = Files.writeString(disk.resolve("doc.txt"), "a  b\n", UTF_8);
    assumeThat(command("mount", "-o", "remount,ro", disk.toString()))
        .as("remount read-only")
        .isTrue();
    Result result = run("--in-place", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ": cannot write (Read-only file system). Check the path and free space. The file"
                + " is unchanged.\n");
    assertThat(file).hasContent("a  b\n");
  }

  @Test
  void folderWithoutWritePermissionFailsClearlyAndLeavesTheInputIntact() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("locked"));
    Path file = Files.writeString(folder.resolve("doc.txt"), "a  b\n", UTF_8);
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeThat(Files.isWritable(folder)).as("not running as root").isFalse();
      Result result = run("--in-place", file.toString());
      assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
      assertThat(result.err())
          .isEqualTo(
              "textmend: "
                  + file
                  + ": cannot write: permission denied. Check the folder's permissions. The file"
                  + " is unchanged.\n");
      assertThat(file).hasContent("a  b\n");
    } finally {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }
}
