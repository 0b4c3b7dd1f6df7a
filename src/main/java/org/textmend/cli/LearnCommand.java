package org.textmend.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.textmend.io.AtomicFiles;
import org.textmend.io.TextChunks;
import org.textmend.io.TextDecoder;
import org.textmend.process.furniture.FurnitureCounts;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The {@code textmend learn} subcommand: counts the lines of a batch per source and writes the
 * furniture it learned as a profile, for {@code --furniture} in later runs.
 */
@Command(
    name = "learn",
    sortOptions = false,
    usageHelpAutoWidth = true,
    header = "Learns page furniture from a batch and writes it as a profile.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Reads every file of the PATHs (folders are walked recursively, skipping hidden files),"
          + " counts in how many documents of each source (the folder a file is in) each line"
          + " stands, and writes the lines that recur as furniture to FILE, one fingerprint a line"
          + " with its count, its source and an example (the format is in the README). Clean later"
          + " runs with 'textmend --furniture FILE'."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExample:%n",
    footer = {
      "  textmend learn -o site.furniture crawl/site-a/ && textmend --furniture site.furniture"
          + " page.txt"
    })
final class LearnCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to learn from.")
  private List<String> paths = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      required = true,
      description = "Write the profile to FILE.")
  private Path output;

  @Option(
      names = "--encoding",
      paramLabel = "CHARSET",
      description = "Read inputs in CHARSET instead of detecting it.")
  private @Nullable String encoding;

  @Mixin private Options.FurnitureOptions furniture = new Options.FurnitureOptions();

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Override
  public Integer call() {
    if (furniture.profile != null || furniture.noLearn) {
      throw usage("--furniture and --no-learn do not apply to learn");
    }
    if (paths.contains("-")) {
      throw usage("learn reads files and folders, not standard input (-)");
    }
    FurnitureThresholds thresholds = LearnedFurniture.thresholds(furniture, this::usage);
    List<Input> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    new InputResolver(Mode.CHECK, null, null, false, this::usage).resolve(paths, inputs, problems);
    for (String problem : problems) {
      spec.commandLine().getErr().println(problem);
    }
    FurnitureCounts counts =
        LearnedFurniture.count(
            inputs, new TextDecoder(charset()), TextChunks.DEFAULT_CHUNK_SIZE, null);
    FurnitureProfile profile = FurnitureProfile.learn(counts, thresholds);
    try {
      AtomicFiles.write(output, profile.toText().getBytes(StandardCharsets.UTF_8), null);
    } catch (IOException e) {
      spec.commandLine().getErr().println(Messages.writeError(output.toString(), e, ""));
      return ExitCodes.INPUT_FAILED;
    }
    int lines = 0;
    for (String source : profile.sources()) {
      lines += profile.lines(source);
    }
    spec.commandLine()
        .getErr()
        .printf(
            Locale.ROOT,
            "textmend: learned %d lines of furniture from %d files of %d sources into %s%n",
            lines,
            inputs.size(),
            profile.sources().size(),
            output);
    spec.commandLine().getErr().flush();
    return problems.isEmpty() ? ExitCodes.OK : ExitCodes.INPUT_FAILED;
  }

  private @Nullable Charset charset() {
    if (encoding == null) {
      return null;
    }
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw usage("unknown encoding '" + encoding + "'; examples: UTF-8, windows-1252");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
