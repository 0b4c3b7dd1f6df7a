package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.textmend.pipeline.FixerRegistry;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Build-time tool: writes the man page ({@code textmend.1}) and the bash/zsh completion script
 * ({@code textmend-completion.bash}) from the command's picocli model, so that both name exactly
 * the options the command has. Runs in the Maven build ({@code process-classes}); not in the jars.
 *
 * <p>The man page is troff written here rather than by picocli-codegen's {@code ManPageGenerator},
 * which writes AsciiDoc and would need Asciidoctor (a Ruby runtime of tens of megabytes) in every
 * build to become a man page. The completion is picocli's own {@link AutoComplete} script, which
 * zsh runs through {@code bashcompinit}.
 */
public final class CommandDocs {

  static final String MAN_PAGE = "textmend.1";
  static final String COMPLETION = "textmend-completion.bash";

  private CommandDocs() {}

  /** Writes both files into the folder named by the one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: CommandDocs OUTPUT_FOLDER");
    }
    Path folder = Files.createDirectories(Path.of(args[0]));
    CommandLine commandLine = commandLine();
    Files.writeString(folder.resolve(MAN_PAGE), manPage(commandLine.getCommandSpec()));
    Files.writeString(folder.resolve(COMPLETION), completion(commandLine));
    System.out.println("textmend docs: " + MAN_PAGE + ", " + COMPLETION + " -> " + folder);
  }

  /** The command as {@link Main} runs it, with every installed fixer (their names are listed). */
  static CommandLine commandLine() {
    TextMendCommand command =
        new TextMendCommand(
            FixerRegistry.installed(),
            InputStream.nullInputStream(),
            OutputStream.nullOutputStream(),
            false,
            List.of());
    return new CommandLine(command);
  }

  static String completion(CommandLine commandLine) {
    return AutoComplete.bash("textmend", commandLine);
  }

  /** The man page in troff ({@code man(7)} macros). */
  static String manPage(CommandSpec spec) {
    UsageMessageSpec usage = spec.usageMessage();
    StringBuilder out = new StringBuilder();
    out.append(".\\\" Written by the build from the picocli command (CommandDocs); do not edit.\n");
    out.append(".TH TEXTMEND 1 \"\" \"textmend ")
        .append(VersionProvider.version())
        .append("\" \"User Commands\"\n");
    out.append(".SH NAME\ntextmend \\- ").append(text(sentence(usage.header()))).append('\n');
    out.append(".SH SYNOPSIS\n.B textmend\n[\\fIOPTION\\fR]... [\\fIPATH\\fR]...\n");
    out.append(".SH DESCRIPTION\n");
    paragraphs(out, usage.description());
    for (PositionalParamSpec positional : spec.positionalParameters()) {
      out.append(".TP\n\\fI").append(text(positional.paramLabel())).append("\\fR\n");
      paragraphs(out, positional.description());
    }
    out.append(".SH OPTIONS\n");
    Set<OptionSpec> listed = new LinkedHashSet<>();
    for (ArgGroupSpec group : spec.argGroups()) {
      out.append(".SS ").append(text(heading(group.heading()))).append('\n');
      for (OptionSpec option : group.options()) {
        option(out, option);
        listed.add(option);
      }
    }
    List<OptionSpec> rest = new ArrayList<>(spec.options());
    rest.removeAll(listed);
    out.append(".SS Other options\n");
    rest.forEach(option -> option(out, option));
    out.append(".SH EXIT STATUS\n");
    for (Map.Entry<String, String> code : usage.exitCodeList().entrySet()) {
      out.append(".TP\n.B ").append(text(code.getKey().strip())).append('\n');
      out.append(text(code.getValue())).append('\n');
    }
    out.append(".SH ENVIRONMENT\n");
    environment(out);
    out.append(".SH EXAMPLES\n.nf\n");
    for (String example : usage.footer()) {
      out.append(text(example)).append('\n');
    }
    out.append(".fi\n");
    out.append(".SH SEE ALSO\nThe README of the release archive or the project, which");
    out.append(" describes each fixer, the guarantees and the library.\n");
    return out.toString();
  }

  private static void option(StringBuilder out, OptionSpec option) {
    out.append(".TP\n");
    List<String> names = new ArrayList<>();
    for (String name : option.names()) {
      names.add("\\fB" + text(name) + "\\fR");
    }
    out.append(String.join(", ", names));
    if (option.arity().max() > 0) {
      out.append("=\\fI").append(text(option.paramLabel())).append("\\fR");
    }
    out.append('\n');
    paragraphs(out, option.description());
  }

  private static void environment(StringBuilder out) {
    String[][] variables = {
      {
        "TEXTMEND_JAVA_OPTS",
        "Flags for the Java virtual machine, read by bin/textmend, e.g. -Xmx8g."
      },
      {"JAVA_HOME", "The Java runtime bin/textmend uses; without it, java on the PATH."},
      {
        "NO_COLOR",
        "When set and not empty, the progress line is drawn without terminal escape codes."
      },
      {"TERM", "dumb turns the progress line off."}
    };
    for (String[] variable : variables) {
      out.append(".TP\n.B ").append(variable[0]).append('\n');
      out.append(text(variable[1])).append('\n');
    }
  }

  private static void paragraphs(StringBuilder out, String[] lines) {
    for (String line : lines) {
      for (String paragraph : line.split("%n", -1)) {
        if (!paragraph.isBlank()) {
          out.append(text(paragraph.replace("%%", "%").strip())).append('\n');
        }
      }
    }
  }

  private static String sentence(String[] lines) {
    return String.join(" ", lines).strip();
  }

  private static String heading(String heading) {
    String plain = heading.replace("%n", "").strip();
    return plain.endsWith(":") ? plain.substring(0, plain.length() - 1) : plain;
  }

  /**
   * Text made safe for troff: a backslash printed as itself, hyphens as the minus sign that can be
   * copied into a shell, characters beyond ASCII by their code point (troff reads its input as
   * Latin-1 unless a preprocessor converts it), and no line starting with a control character.
   */
  static String text(String plain) {
    StringBuilder escaped = new StringBuilder();
    plain
        .codePoints()
        .forEach(
            c -> {
              if (c == '\\') {
                escaped.append("\\e");
              } else if (c == '-') {
                escaped.append("\\-");
              } else if (c > 0x7e) {
                escaped.append(String.format(Locale.ROOT, "\\[u%04X]", c));
              } else {
                escaped.appendCodePoint(c);
              }
            });
    boolean control =
        escaped.length() > 0 && (escaped.charAt(0) == '.' || escaped.charAt(0) == '\'');
    return control ? "\\&" + escaped : escaped.toString();
  }
}
