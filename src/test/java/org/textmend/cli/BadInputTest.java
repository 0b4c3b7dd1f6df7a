package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rows of the README's "Bad input" table: what textmend does with each kind of input that is
 * not clean text, and the exit code. (A folder given as {@code -o} is in {@link SafetyTest}; a 100
 * MB single line in {@code HugeInputIT}.)
 */
class BadInputTest {

  @TempDir Path dir;

  record Result(int code, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, UTF_8);
    }
  }

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    return new Result(code, out.toByteArray(), err.toString(UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(UTF_8));
  }

  private static List<String> tree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  void binaryFileIsRefusedAndTheOthersAreCleaned() throws IOException {
    write("in/a.txt", "a  a\n");
    Path binary = write("in/b.dat", new byte[] {'G', 'I', 'F', 0, 1, 2});
    Path out = dir.resolve("out");
    Result result = run("--output-dir", out.toString(), dir.resolve("in").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + binary
                + ": looks binary (NUL byte at byte 3). textmend reads text files only; for UTF-16"
                + " text without a byte order mark, try --encoding=UTF-16LE.\n");
    assertThat(tree(out)).containsExactly("a.txt");
  }

  @Test
  void pngImageIsRefusedAsBinaryAndLeftAsItIs() throws IOException {
    Path png = dir.resolve("picture.png");
    ImageIO.write(new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    byte[] before = Files.readAllBytes(png);
    Result result = run("--in-place", png.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    // The signature is 8 bytes; the length of the first chunk, 00 00 00 0D, follows.
    assertThat(result.err()).startsWith("textmend: " + png + ": looks binary (NUL byte at byte 8)");
    assertThat(Files.readAllBytes(png)).isEqualTo(before);
  }

  @Test
  void damagedUtf8IsRefusedWithTheOffsetAndAnEncodingToTry() throws IOException {
    byte[] damaged = "café crème et thé\n".getBytes(UTF_8);
    damaged[3] = (byte) 0xFF; // the first byte of "é"
    Path file = write("damaged.txt", damaged);
    Result result = run("--in-place", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ": not valid UTF-8 at byte 3. The rest is UTF-8, so the file is damaged or mixes"
                + " encodings. Try --encoding=windows-1252 to read it byte by byte.\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
  }

  @Test
  void legacyEncodingIsDetectedAndWrittenAsUtf8() throws IOException {
    String text = "Le café de la gare a fermé ses portes après une saison très difficile.\n";
    Path file = write("latin.txt", text.getBytes(Charset.forName("windows-1252")));
    Result result = run(file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo(text);
  }

  @Test
  void utf16WithoutByteOrderMarkIsRefusedAsBinaryWithAHint() throws IOException {
    Path file = write("wide.txt", "Plain  text\n".getBytes(StandardCharsets.UTF_16LE));
    Result result = run(file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .contains("looks binary (NUL byte at byte 1)")
        .contains("try --encoding=UTF-16LE");
  }

  @Test
  void utf16WithoutByteOrderMarkIsReadWhenTheEncodingIsGiven() throws IOException {
    Path file = write("wide.txt", "Plain  text\n".getBytes(StandardCharsets.UTF_16LE));
    Result result = run("--encoding", "UTF-16LE", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("Plain text\n");
  }

  @Test
  void emptyFileStaysEmptyAndIsNotRewritten() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    Result result = run("--in-place", file.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.size(file)).isZero();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
  }

  @Test
  void emptyFileGivesNoOutput() throws IOException {
    Path file = write("empty.txt", new byte[0]);
    Result result = run(file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.outBytes()).isEmpty();
    assertThat(result.err()).isEmpty();
  }

  @Test
  void missingFinalNewlineIsAdded() throws IOException {
    Path file = write("open.txt", "first line\nlast line");
    Result result = run(file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("first line\nlast line\n");
  }

  @Test
  void missingFinalNewlineCountsAsAChangeForCheck() throws IOException {
    Path file = write("open.txt", "last line");
    Result result = run("--check", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).isEqualTo(file + "\n");
  }

  @Test
  void fileThatDisappearsMidBatchFailsAloneAndIsNotRecreated() throws Exception {
    // The batch reads a named pipe first; what writes to the pipe deletes b.txt before it writes,
    // so b.txt disappears after the batch has listed it and before it reads it.
    Path fifo = dir.resolve("first.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo works here")
        .isTrue();
    write("tree/a.txt", "a  a\n");
    Path vanishing = write("tree/b.txt", "b  b\n");
    write("tree/c.txt", "c  c\n");
    Thread writer =
        new Thread(
            () -> {
              // Opening the pipe waits for the batch to open it, after it has listed the tree.
              try (OutputStream pipe = Files.newOutputStream(fifo)) {
                Files.delete(vanishing);
                pipe.write("from  the pipe\n".getBytes(UTF_8));
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    writer.setDaemon(true);
    writer.start();
    Path tree = dir.resolve("tree");
    Path out = dir.resolve("out");
    Result result =
        run("--output-dir", out.toString(), "--jobs", "1", fifo.toString(), tree.toString());
    writer.join(10_000);
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo("textmend: " + vanishing + ": no such file or directory. Check the path.\n");
    assertThat(tree(out)).containsExactly("a.txt", "c.txt", "first.txt");
    assertThat(out.resolve("first.txt")).hasContent("from the pipe\n");
    assertThat(tree(tree)).containsExactly("a.txt", "c.txt");
  }

  @Test
  void namedPipeIsNotReplacedByInPlace() throws Exception {
    Path fifo = dir.resolve("pipe");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assumeThat(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0)
        .as("mkfifo works here")
        .isTrue();
    Result result = run("--in-place", fifo.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + fifo
                + ": not a regular file. --in-place rewrites regular files only; use -o.\n");
    assertThat(Files.isRegularFile(fifo)).isFalse();
  }
}
