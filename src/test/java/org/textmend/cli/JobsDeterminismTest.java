package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.textmend.Escape;
import org.textmend.GeneratedText;
import org.textmend.PropertyRuns;

/**
 * The same files give the same output, messages and exit code for any {@code --jobs}: a batch of
 * generated texts (and a file that cannot be decoded) run with one job and with several, to
 * standard output with {@code --explain} and into an output folder. 100 tries in the build; the
 * release run tries 10,000 (see {@link PropertyRuns}).
 */
class JobsDeterminismTest {

  /** One run: exit code, standard output (bytes as Latin-1, so equality is byte equality), err. */
  record Run(int code, String out, String err) {}

  /** One to eight generated texts, shown escaped in a failure message. */
  private static Gen<List<String>> batches() {
    return GeneratedText.listOf(GeneratedText.anyText(), 1, 8)
        .describedAs(
            texts ->
                texts.stream().map(Escape::quoted).collect(Collectors.joining(", ", "[", "]")));
  }

  @Test
  void outputDoesNotDependOnTheNumberOfJobs() {
    PropertyRuns.qt(100)
        .forAll(batches(), Generate.range(2, 8))
        .checkAssert(
            (texts, jobs) -> {
              try {
                assertSameOutput(texts, jobs);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static void assertSameOutput(List<String> texts, int jobs) throws IOException {
    Path dir = Files.createTempDirectory("textmend-jobs");
    try {
      Path in = Files.createDirectories(dir.resolve("in"));
      for (int i = 0; i < texts.size(); i++) {
        Files.write(in.resolve(String.format("doc%02d.txt", i)), texts.get(i).getBytes(UTF_8));
      }
      Files.write(in.resolve("doc-binary.txt"), new byte[] {'a', 0, 'b'});
      List<String> files;
      try (Stream<Path> listed = Files.list(in)) {
        files = listed.map(Path::toString).sorted().toList();
      }

      List<String> toStdout = new ArrayList<>(List.of("--explain"));
      toStdout.addAll(files);
      assertThat(run(dir, jobs, toStdout)).isEqualTo(run(dir, 1, toStdout));

      Run many =
          run(dir, jobs, List.of("--output-dir", dir.resolve("many").toString(), in.toString()));
      Run one = run(dir, 1, List.of("--output-dir", dir.resolve("one").toString(), in.toString()));
      assertThat(many.code()).isEqualTo(one.code());
      assertThat(many.err()).isEqualTo(one.err());
      assertThat(read(dir.resolve("many"))).isEqualTo(read(dir.resolve("one")));
    } finally {
      delete(dir);
    }
  }

  private static Run run(Path dir, int jobs, List<String> arguments) throws IOException {
    List<String> args = new ArrayList<>(List.of("--jobs", String.valueOf(jobs)));
    args.addAll(arguments);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(new ByteArrayInputStream(new byte[0]), out, err, args.toArray(String[]::new));
    return new Run(code, out.toString(StandardCharsets.ISO_8859_1), err.toString(UTF_8));
  }

  private static Map<String, String> read(Path root) throws IOException {
    Map<String, String> contents = new LinkedHashMap<>();
    if (!Files.exists(root)) {
      return contents;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        contents.put(root.relativize(file).toString(), Files.readString(file, UTF_8));
      }
    }
    return contents;
  }

  private static void delete(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
