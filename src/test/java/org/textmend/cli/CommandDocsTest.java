package org.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The man page and the completion script the build writes (target/docs) exist and name every option
 * of the command. The options are read from the command's picocli model, so an option added later
 * is checked too.
 */
class CommandDocsTest {

  private static final Path DOCS = Path.of("target/docs");
  private static final CommandSpec SPEC = CommandDocs.commandLine().getCommandSpec();

  private static List<String> optionNames() {
    return SPEC.options().stream().flatMap(o -> Arrays.stream(o.names())).toList();
  }

  @Test
  void theCommandHasTheOptionsTheseChecksRelyOn() {
    assertThat(optionNames()).contains("--help", "--version", "--output-dir", "-i", "--fix");
  }

  @Test
  void theBuiltManPageNamesEveryOptionInBold() throws IOException {
    String page = Files.readString(DOCS.resolve(CommandDocs.MAN_PAGE));

    assertThat(page).startsWith(".\\\"").contains(".TH TEXTMEND 1", ".SH OPTIONS");
    for (String name : optionNames()) {
      assertThat(page).as("man page entry of %s", name).contains("\\fB" + CommandDocs.text(name));
    }
  }

  @Test
  void theBuiltManPageIsAsciiTroff() throws IOException {
    // troff reads bytes as Latin-1 unless a preprocessor converts them: "→" must be \[u2192].
    String page = Files.readString(DOCS.resolve(CommandDocs.MAN_PAGE));

    assertThat(page.chars().allMatch(c -> c < 0x80)).isTrue();
  }

  @Test
  void theBuiltCompletionCompletesEveryOption() throws IOException {
    String script = Files.readString(DOCS.resolve(CommandDocs.COMPLETION));
    Set<String> words =
        Arrays.stream(script.split("[\\s\"'()=|]+")).collect(Collectors.toUnmodifiableSet());

    assertThat(script).contains("complete -F").contains("textmend");
    assertThat(words).containsAll(optionNames());
  }

  @Test
  void theBuiltFilesAreWhatTheCommandWritesNow() throws IOException {
    // A stale target/docs (the command changed, the docs step did not run) fails here.
    assertThat(Files.readString(DOCS.resolve(CommandDocs.MAN_PAGE)))
        .isEqualTo(CommandDocs.manPage(SPEC));
  }

  @Test
  void everyOptionHasADescriptionForTheManPage() {
    for (OptionSpec option : SPEC.options()) {
      assertThat(String.join(" ", option.description()))
          .as("description of %s", option.longestName())
          .isNotBlank();
    }
  }

  @Test
  void textEscapesTroffControlCharacters() {
    assertThat(CommandDocs.text("--fix a\\b")).isEqualTo("\\-\\-fix a\\eb");
    assertThat(CommandDocs.text(".dot")).isEqualTo("\\&.dot");
    assertThat(CommandDocs.text("fi→fi")).isEqualTo("fi\\[u2192]fi");
  }
}
