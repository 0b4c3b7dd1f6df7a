package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.textmend.pipeline.FixerRegistry;

/**
 * Golden files under {@code src/test/resources/golden}:
 *
 * <ul>
 *   <li>{@code <fixer-or-preset>/<case>.in.txt} must come out as {@code <case>.out.txt}, through
 *       that fixer alone or through the preset ({@code default}: the standard pipeline); the output
 *       must be stable when cleaned again, and the same with CRLF line endings;
 *   <li>{@code negative/<case>.txt} must come out byte-identical through the standard pipeline,
 *       with LF and with CRLF line endings;
 *   <li>{@code known-failures/<fixer-or-preset>/<case>.in.txt} must still not come out as its
 *       {@code .out.txt}: when one starts passing, this test fails so the case gets promoted.
 * </ul>
 */
class GoldenFileTest {

  private static final String NEGATIVE = "negative";
  private static final String KNOWN_FAILURES = "known-failures";
  private static final String IN = ".in.txt";
  private static final String OUT = ".out.txt";

  private static Path root() {
    try {
      return Path.of(GoldenFileTest.class.getResource("/golden").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The pipeline a golden folder names: a preset, or one fixer alone. */
  private static TextMend pipeline(String name) {
    if (name.equals("default")) {
      return TextMend.standard();
    }
    if (!FixerRegistry.installed().contains(name)) {
      throw new AssertionError(
          "golden/" + name + " names neither a preset (default) nor an installed fixer");
    }
    return TextMend.builder().fixers(List.of(name)).build();
  }

  private static String crlf(String text) {
    return text.replace("\n", "\r\n");
  }

  private static List<Path> caseFolders(Path parent) {
    return list(parent).stream()
        .filter(Files::isDirectory)
        .filter(dir -> !parent.equals(root()) || !isSpecial(dir))
        .toList();
  }

  private static boolean isSpecial(Path dir) {
    String name = dir.getFileName().toString();
    return name.equals(NEGATIVE) || name.equals(KNOWN_FAILURES);
  }

  private static String caseName(Path input) {
    String file = input.getFileName().toString();
    return file.substring(0, file.length() - IN.length());
  }

  @TestFactory
  Stream<DynamicNode> goldenCases() {
    return caseFolders(root()).stream()
        .map(
            dir -> {
              String name = dir.getFileName().toString();
              List<DynamicNode> tests = new ArrayList<>();
              for (Path input : list(dir)) {
                if (!input.getFileName().toString().endsWith(IN)) {
                  continue;
                }
                Path expected = input.resolveSibling(caseName(input) + OUT);
                tests.add(
                    dynamicTest(
                        caseName(input),
                        () -> {
                          TextMend mend = pipeline(name);
                          String in = read(input);
                          String out = read(expected);
                          String cleaned = mend.clean(in);
                          assertThat(cleaned).as("output").isEqualTo(out);
                          assertThat(mend.clean(cleaned)).as("cleaned again").isEqualTo(cleaned);
                          // A text without line breaks says nothing about their style.
                          if (in.contains("\n") && !in.contains("\r") && !out.contains("\r")) {
                            assertThat(mend.clean(crlf(in))).as("with CRLF").isEqualTo(crlf(out));
                          }
                        }));
              }
              return dynamicContainer(name, tests);
            });
  }

  @TestFactory
  Stream<DynamicNode> negativeCasesComeOutByteIdentical() {
    return list(root().resolve(NEGATIVE)).stream()
        .map(
            file ->
                dynamicTest(
                    file.getFileName().toString(),
                    () -> {
                      String text = read(file);
                      assertThat(TextMend.standard().clean(text)).isEqualTo(text);
                      assertThat(TextMend.standard().clean(crlf(text))).isEqualTo(crlf(text));
                    }));
  }

  @TestFactory
  Stream<DynamicNode> knownFailuresStillFail() {
    Path folder = root().resolve(KNOWN_FAILURES);
    if (!Files.isDirectory(folder)) {
      return Stream.empty();
    }
    return caseFolders(folder).stream()
        .flatMap(
            dir ->
                list(dir).stream()
                    .filter(file -> file.getFileName().toString().endsWith(IN))
                    .map(
                        input ->
                            dynamicTest(
                                dir.getFileName() + "/" + caseName(input),
                                () -> {
                                  String expected =
                                      read(input.resolveSibling(caseName(input) + OUT));
                                  String cleaned =
                                      pipeline(dir.getFileName().toString()).clean(read(input));
                                  assertThat(cleaned)
                                      .as(
                                          "%s now passes: move it from known-failures/ to golden/",
                                          input.getFileName())
                                      .isNotEqualTo(expected);
                                })));
  }

  @Test
  void everyCaseFileHasItsPartner() {
    List<Path> folders = new ArrayList<>(caseFolders(root()));
    if (Files.isDirectory(root().resolve(KNOWN_FAILURES))) {
      folders.addAll(caseFolders(root().resolve(KNOWN_FAILURES)));
    }
    List<String> unmatched = new ArrayList<>();
    for (Path dir : folders) {
      for (Path file : list(dir)) {
        String name = file.getFileName().toString();
        if (name.endsWith(IN)) {
          if (!Files.exists(file.resolveSibling(caseName(file) + OUT))) {
            unmatched.add(root().relativize(file).toString());
          }
        } else if (name.endsWith(OUT)) {
          String base = name.substring(0, name.length() - OUT.length());
          if (!Files.exists(file.resolveSibling(base + IN))) {
            unmatched.add(root().relativize(file).toString());
          }
        } else {
          unmatched.add(root().relativize(file) + " (not .in.txt or .out.txt)");
        }
      }
    }
    for (Path file : list(root().resolve(NEGATIVE))) {
      if (!file.getFileName().toString().endsWith(".txt") || Files.isDirectory(file)) {
        unmatched.add(root().relativize(file) + " (negative cases are plain .txt files)");
      }
    }
    assertThat(unmatched).isEmpty();
  }
}
