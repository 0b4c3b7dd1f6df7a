package org.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What {@code --help} and {@code --version} print, as a shell user reads them. */
class HelpAndVersionTest {

  private static String stdout(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    assertThat(code).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpFitsEightyColumns() {
    // Without a terminal to measure, picocli lays the help out for 80 columns; nothing may stick
    // out of them (a long option name or example line would).
    String help = stdout("--help");

    assertThat(help).contains("Usage: textmend", "--output-dir", "Exit codes:");
    assertThat(help.lines())
        .allSatisfy(
            line -> assertThat(line.codePointCount(0, line.length())).isLessThanOrEqualTo(80));
  }

  @Test
  void versionNamesTheReleaseTheCommitAndTheJava() {
    String[] lines = stdout("--version").split("\n");

    assertThat(lines[0]).matches("textmend \\S+ \\(commit ([0-9a-f]{7,40}|unknown)\\)");
    assertThat(lines[0]).contains(VersionProvider.version());
    assertThat(lines[1]).startsWith("Java " + System.getProperty("java.version"));
  }
}
