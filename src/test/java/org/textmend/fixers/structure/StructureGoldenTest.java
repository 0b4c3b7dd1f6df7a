package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Step;

/**
 * Runs the golden pairs of the structure fixers, {@code golden/<fixer>/<case>.in.txt} and {@code
 * .out.txt}: exact output, idempotence, and the same result with CRLF line ends. (The project-wide
 * golden runner covers every fixer's directory; this one keeps the structure fixers' pairs checked
 * on their own.)
 */
class StructureGoldenTest {

  private static final List<String> FIXERS =
      List.of("breadcrumbs", "boilerplate", "unwrap", "hyphenation", "dateline");

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> cases = new ArrayList<>();
    for (String fixer : FIXERS) {
      URL url = StructureGoldenTest.class.getResource("/golden/" + fixer);
      Path dir = Path.of(Objects.requireNonNull(url, "golden/" + fixer).toURI());
      try (Stream<Path> files = Files.list(dir)) {
        for (Path in : files.filter(p -> p.toString().endsWith(".in.txt")).sorted().toList()) {
          String name = in.getFileName().toString().replace(".in.txt", "");
          Path out = in.resolveSibling(name + ".out.txt");
          assertThat(out).as("expected output of " + fixer + "/" + name).exists();
          cases.add(Arguments.of(fixer, name, read(in), read(out)));
        }
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path out : files.filter(p -> p.toString().endsWith(".out.txt")).toList()) {
          String name = out.getFileName().toString().replace(".out.txt", "");
          assertThat(out.resolveSibling(name + ".in.txt")).as("input for " + out).exists();
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void producesTheExpectedOutput(String fixerName, String name, String in, String out) {
    Fixer fixer = FixerRegistry.installed().create(fixerName, FixerArgs.defaults(fixerName));
    String once = apply(fixer, in);
    assertThat(once).isEqualTo(out);
    assertThat(apply(fixer, once)).as("idempotent").isEqualTo(once);
    assertThat(apply(fixer, in.replace("\n", "\r\n")))
        .as("CRLF")
        .isEqualTo(out.replace("\n", "\r\n"));
  }

  private static String apply(Fixer fixer, String text) {
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }

  private static String read(Path path) throws IOException {
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
