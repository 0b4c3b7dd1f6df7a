package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.textmend.GeneratedText;

/**
 * The same files give the same output, messages and exit code for any {@code --jobs}: a batch of
 * generated texts (and a file that cannot be decoded) run with one job and with several, to
 * standard output with {@code --explain} and into an output folder. Tries: see {@code
 * PipelinePropertiesTest}.
 */
class JobsDeterminismTest {

  /** One run: exit code, standard output (bytes as Latin-1, so equality is byte equality), err. */
  record Run(int code, String out, String err) {}

  @Provide
  Arbitrary<List<String>> batches() {
    return GeneratedText.anyText().list().ofMinSize(1).ofMaxSize(8);
  }

  @Property
  void outputDoesNotDependOnTheNumberOfJobs(
      @ForAll("batches") List<String> texts, @ForAll @IntRange(min = 2, max = 8) int jobs)
      throws IOException {
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
