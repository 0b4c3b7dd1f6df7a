package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.textmend.TextMend;

/**
 * The golden cases of the unicode fixers: {@code golden/<fixer>/<case>.in.txt} must come out as
 * {@code <case>.out.txt} through that fixer alone, with LF and with CRLF line endings, and cleaning
 * the output again changes nothing. (A stand-in until the project-wide GoldenFileTest covers these
 * directories.)
 */
class UnicodeGoldenTest {

  private static final List<String> FIXERS =
      List.of(
          "html-entities",
          "mojibake",
          "invisible",
          "unicode-normalize",
          "ascii-punctuation",
          "transliterate");

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    List<Arguments> cases = new ArrayList<>();
    for (String fixer : FIXERS) {
      for (Path in : inputs(fixer)) {
        String name = in.getFileName().toString().replace(".in.txt", "");
        cases.add(Arguments.of(fixer, name, in, in.resolveSibling(name + ".out.txt")));
      }
    }
    return cases.stream();
  }

  private static List<Path> inputs(String fixer) throws IOException, URISyntaxException {
    URL url = UnicodeGoldenTest.class.getResource("/golden/" + fixer);
    if (url == null) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(Paths.get(url.toURI()))) {
      return files.filter(p -> p.toString().endsWith(".in.txt")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}/{1}")
  @MethodSource("cases")
  void comesOutAsExpected(String fixer, String name, Path in, Path out) throws IOException {
    TextMend mend = TextMend.builder().fixers(List.of(fixer)).build();
    String input = Files.readString(in, StandardCharsets.UTF_8);
    String expected = Files.readString(out, StandardCharsets.UTF_8);
    String cleaned = mend.clean(input);
    assertThat(cleaned).isEqualTo(expected);
    assertThat(mend.clean(cleaned)).isEqualTo(cleaned);
    assertThat(mend.clean(input.replace("\n", "\r\n"))).isEqualTo(expected.replace("\n", "\r\n"));
  }

  @Test
  void everyInputHasItsOutput() throws IOException, URISyntaxException {
    for (String fixer : FIXERS) {
      for (Path in : inputs(fixer)) {
        String name = in.getFileName().toString().replace(".in.txt", "");
        assertThat(in.resolveSibling(name + ".out.txt")).exists();
      }
    }
    assertThat(cases()).isNotEmpty();
  }
}
