package org.textmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.textmend.TextMend;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.UserLexicon;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.PipelineSpec;
import picocli.CommandLine.ParameterException;

/**
 * The fixer options at work: {@code --list-fixers}, and the {@link TextMend} that {@code --fixers},
 * {@code --skip}, {@code --fix}, {@code --eol}, {@code --nfkc}, {@code --lexicon} and {@code
 * --protect} describe. Stateless.
 */
final class FixerSetup {

  private FixerSetup() {}

  /** Lists every fixer in running order: name, on or off by default, what it does. */
  static void listFixers(FixerRegistry registry, PrintWriter out) {
    List<String> names = FixerOrder.inOrder(registry.names());
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    for (String name : names) {
      FixerProvider provider = registry.provider(name);
      out.printf(
          Locale.ROOT,
          "%-" + width + "s  %-3s  %s%n",
          name,
          FixerOrder.onByDefault(provider) ? "on" : "off",
          provider.summary());
    }
  }

  /** The pipeline the fixer options ask for; a bad option or fixer is a usage error. */
  static TextMend build(
      FixerRegistry registry,
      Options.FixerOptions fixing,
      Function<String, ParameterException> usage) {
    try {
      return spec(fixing, usage).build(registry);
    } catch (IllegalArgumentException e) {
      throw usage.apply(e.getMessage());
    }
  }

  /**
   * Makes builders configured as the fixer options ask, reading the lexicon files once; a bad
   * option is a usage error when a builder is made, a bad fixer name or parameter when it builds.
   */
  static Supplier<TextMend.Builder> builders(
      FixerRegistry registry,
      Options.FixerOptions fixing,
      Function<String, ParameterException> usage) {
    PipelineSpec spec = spec(fixing, usage);
    return () -> {
      try {
        return spec.builder(registry);
      } catch (IllegalArgumentException e) {
        throw usage.apply(e.getMessage());
      }
    };
  }

  /** The fixer options as a spec, with the words of the lexicon files read. */
  private static PipelineSpec spec(
      Options.FixerOptions fixing, Function<String, ParameterException> usage) {
    PipelineSpec spec =
        PipelineSpec.defaults()
            .withFixers(fixing.fixers)
            .withSkip(fixing.skip)
            .withFix(fixing.fix)
            .withNfkc(fixing.nfkc)
            .withEol(fixing.eol)
            .withProtect(fixing.protect);
    for (Path file : fixing.lexicons) {
      spec = spec.withLexicon(lexiconWords(file, usage));
    }
    return spec;
  }

  /** The words of the lexicon file {@code file}; one that cannot be read is a usage error. */
  private static Map<String, Integer> lexiconWords(
      Path file, Function<String, ParameterException> usage) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return UserLexicon.parse(new TextDecoder(StandardCharsets.UTF_8).decode(bytes).text());
    } catch (IOException e) {
      throw usage.apply(Messages.readError(file.toString(), e).substring(Messages.PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw usage.apply(file + ": " + e.getMessage() + ". Fix the lexicon file");
    }
  }
}
