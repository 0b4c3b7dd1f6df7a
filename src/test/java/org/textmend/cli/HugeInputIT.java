package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 100 MB file that is one single line, generated into a temporary folder and cleaned by the real
 * jar: it comes out whole and right (runs of spaces collapsed, the trailing space gone, a final
 * line break added).
 *
 * <p>The build runs it without the three word fixers, which take about a minute for 100 MB on two
 * busy cores (their cost is linear; {@code BoundedCostTest} checks that on a 1 MB line); the whole
 * default pipeline runs with {@code TEXTMEND_LONG_TESTS=1}.
 */
class HugeInputIT {

  private static final Path JAR = Path.of("target/textmend.jar").toAbsolutePath();
  private static final int SIZE = 100 << 20;
  private static final String UNIT = "the harbour  reopened on Monday and the ferries sailed ";

  @TempDir Path dir;

  /** Writes the 100 MB line and returns what cleaning it must give. */
  private static byte[] writeLine(Path file) throws IOException {
    byte[] unit = UNIT.getBytes(UTF_8);
    byte[] cleanUnit = UNIT.replace("  ", " ").getBytes(UTF_8);
    int units = SIZE / unit.length;
    try (OutputStream out = Files.newOutputStream(file)) {
      for (int i = 0; i < units; i++) {
        out.write(unit);
      }
      out.write("end".getBytes(UTF_8));
    }
    byte[] expected = new byte[units * cleanUnit.length + 4];
    for (int i = 0; i < units; i++) {
      System.arraycopy(cleanUnit, 0, expected, i * cleanUnit.length, cleanUnit.length);
    }
    System.arraycopy("end\n".getBytes(UTF_8), 0, expected, units * cleanUnit.length, 4);
    return expected;
  }

  private void assertCleanedWhole(String... options) throws Exception {
    assumeThat(JAR).as("the jar is built (failsafe runs after package)").exists();
    Path input = dir.resolve("line.txt");
    byte[] expected = writeLine(input);
    assertThat(Files.size(input)).isGreaterThan(SIZE - UNIT.length());
    Path output = dir.resolve("clean.txt");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    command.addAll(List.of(options));
    command.addAll(List.of("-o", output.toString(), input.toString()));
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(dir.resolve("err.txt").toFile())
            .start();
    assertThat(process.waitFor(10, TimeUnit.MINUTES)).as("finished").isTrue();
    assertThat(Files.readString(dir.resolve("err.txt"), UTF_8)).isEmpty();
    assertThat(process.exitValue()).isZero();
    byte[] cleaned = Files.readAllBytes(output);
    assertThat(cleaned.length).isEqualTo(expected.length);
    assertThat(Arrays.equals(cleaned, expected)).as("the cleaned line is as expected").isTrue();
  }

  @Test
  void hundredMegabyteLineIsCleanedWhole() throws Exception {
    assertCleanedWhole("--skip", "sentence-spacing,camel-joins,glued-words");
  }

  @Test
  @EnabledIfEnvironmentVariable(named = "TEXTMEND_LONG_TESTS", matches = "1")
  void hundredMegabyteLineIsCleanedWholeByTheDefaultPipeline() throws Exception {
    assertCleanedWhole();
  }
}
