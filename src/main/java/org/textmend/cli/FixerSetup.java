package org.textmend.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.textmend.TextMend;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.Lexicon;
import org.textmend.lexicon.UserLexicon;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
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
      return builders(registry, fixing, usage).get().build();
    } catch (IllegalArgumentException e) {
      throw usage.apply(e.getMessage());
    }
  }

  /**
   * Makes builders configured as the fixer options ask, reading the lexicon files once; a bad
   * option is a usage error now, a bad fixer name or parameter when a builder builds.
   */
  static Supplier<TextMend.Builder> builders(
      FixerRegistry registry,
      Options.FixerOptions fixing,
      Function<String, ParameterException> usage) {
    Lexicon lexicon = lexicon(fixing, usage);
    List<FixOption> fixes = new ArrayList<>();
    for (String spec : fixing.fix) {
      FixOption fix = FixOption.parse(spec);
      if (fix == null) {
        throw usage.apply("--fix expects NAME or NAME:KEY=VALUE,..., not '" + spec + "'");
      }
      fixes.add(fix);
    }
    String eol = fixing.eol.toLowerCase(Locale.ROOT);
    if (!eol.equals("keep") && !eol.equals("lf") && !eol.equals("crlf")) {
      throw usage.apply("--eol must be lf, crlf or keep, not '" + fixing.eol + "'");
    }
    return () -> {
      TextMend.Builder builder = TextMend.builder().registry(registry).lexicon(lexicon);
      if (fixing.fixers != null) {
        builder.fixers(fixing.fixers);
      }
      builder.skip(fixing.skip);
      for (FixOption fix : fixes) {
        builder.fix(fix.name(), fix.parameters());
      }
      if (fixing.nfkc) {
        builder.fix("unicode-normalize", Map.of("form", "nfkc"));
      }
      if (!eol.equals("keep")) {
        builder.fix("whitespace", Map.of("eol", eol));
      }
      return builder;
    };
  }

  private static Lexicon lexicon(
      Options.FixerOptions fixing, Function<String, ParameterException> usage) {
    Lexicon lexicon = Lexicon.english();
    for (Path file : fixing.lexicons) {
      Map<String, Integer> words;
      try {
        byte[] bytes = Files.readAllBytes(file);
        words = UserLexicon.parse(new TextDecoder(StandardCharsets.UTF_8).decode(bytes).text());
      } catch (IOException e) {
        throw usage.apply(
            Messages.readError(file.toString(), e).substring(Messages.PREFIX.length()));
      } catch (IllegalArgumentException e) {
        throw usage.apply(file + ": " + e.getMessage() + ". Fix the lexicon file");
      }
      lexicon = lexicon.withWords(words);
    }
    if (!fixing.protect.isEmpty()) {
      try {
        lexicon = lexicon.withProtected(fixing.protect);
      } catch (IllegalArgumentException e) {
        throw usage.apply("--protect: " + e.getMessage());
      }
    }
    return lexicon;
  }
}
