package org.textmend.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.textmend.io.InputFile;
import org.textmend.io.InputFinder;
import picocli.CommandLine.ParameterException;

/**
 * Turns the PATH arguments of one command into inputs, walking folders where the mode allows, and
 * refuses (as usage errors) the combinations that would read standard input twice or write a file
 * over an input or over another output. Not thread-safe; one per command run.
 */
final class InputResolver {

  private final Mode mode;
  private final @Nullable Path output;
  private final @Nullable Path outputDir;
  private final boolean allowOutputInside;
  private final Function<String, ParameterException> usage;
  private final Map<Path, Input> byTarget = new LinkedHashMap<>();
  private final Map<Path, Input> byFile = new LinkedHashMap<>();

  /**
   * @param output the {@code -o} file, or {@code null}
   * @param outputDir the {@code --output-dir} folder, or {@code null}
   * @param usage makes the usage error for a message
   */
  InputResolver(
      Mode mode,
      @Nullable Path output,
      @Nullable Path outputDir,
      boolean allowOutputInside,
      Function<String, ParameterException> usage) {
    this.mode = mode;
    this.output = output;
    this.outputDir = outputDir;
    this.allowOutputInside = allowOutputInside;
    this.usage = usage;
  }

  /**
   * Adds the inputs that {@code paths} name to {@code inputs}, and what went wrong looking for them
   * (an unreadable folder) to {@code problems}.
   */
  void resolve(List<String> paths, List<Input> inputs, List<String> problems) {
    List<String> arguments = paths.isEmpty() ? List.of("-") : paths;
    if (arguments.stream().filter("-"::equals).count() > 1) {
      throw usage.apply("standard input (-) can be read only once");
    }
    switch (mode) {
      case OUTPUT_FILE -> {
        inputs.add(outputFileInput(arguments));
        return;
      }
      case OUTPUT_DIR, IN_PLACE -> {
        if (arguments.contains("-")) {
          throw usage.apply(
              (mode == Mode.IN_PLACE ? "--in-place" : "--output-dir")
                  + " needs files or folders, not standard input (-)");
        }
      }
      default -> {}
    }
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw usage.apply("--output-dir " + outputDir + " is a file, not a folder");
    }
    InputFinder finder = new InputFinder(outputDir);
    for (String argument : arguments) {
      if (argument.equals("-")) {
        inputs.add(Input.stdin(null));
        continue;
      }
      Path path = path(argument);
      if (!mode.walksDirectories()) {
        inputs.add(new Input(argument, path, null));
        continue;
      }
      walk(finder, argument, path, inputs, problems);
    }
  }

  /** The one input of {@code -o}. */
  private Input outputFileInput(List<String> arguments) {
    if (arguments.size() != 1) {
      throw usage.apply("-o takes exactly one input; use --output-dir for several");
    }
    Path output = java.util.Objects.requireNonNull(this.output, "output");
    if (Files.isDirectory(output)) {
      throw usage.apply(
          "-o " + output + " is a folder; use --output-dir " + output + " to write into it");
    }
    String argument = arguments.get(0);
    if (argument.equals("-")) {
      return Input.stdin(output);
    }
    Path path = path(argument);
    if (Files.isDirectory(path)) {
      throw usage.apply(
          "-o takes one input file, and " + argument + " is a directory; use --output-dir");
    }
    if (sameFile(path, output)) {
      throw usage.apply("-o " + output + " names the input file; use --in-place to rewrite it");
    }
    return new Input(argument, path, output);
  }

  /** Adds the files under {@code path}, given as {@code argument}. */
  private void walk(
      InputFinder finder, String argument, Path path, List<Input> inputs, List<String> problems) {
    if (outputDir != null
        && !allowOutputInside
        && Files.isDirectory(path)
        && InputFinder.isInside(outputDir, path)) {
      throw usage.apply(
          "--output-dir "
              + outputDir
              + " lies inside the input folder "
              + argument
              + ", so a later run over it would read the cleaned copies as input. Choose a"
              + " folder outside it, or add --allow-output-inside");
    }
    InputFinder.Found found = finder.find(path);
    for (InputFinder.Problem problem : found.problems()) {
      problems.add(Messages.readError(problem.path().toString(), problem.error()));
    }
    for (InputFile file : found.files()) {
      String label = file.path().equals(path) ? argument : file.path().toString();
      Path target = outputDir == null ? null : outputDir.resolve(file.relative());
      Input input = new Input(label, file.path(), target);
      Path identity = identity(file.path());
      if (byFile.containsKey(identity)
          && (target == null || target.equals(byFile.get(identity).target()))) {
        continue; // the same file named twice
      }
      if (target != null) {
        checkTarget(input, file.path(), target);
      }
      byFile.put(identity, input);
      inputs.add(input);
    }
  }

  /** Refuses a target that another input also writes, or that is the input itself. */
  private void checkTarget(Input input, Path file, Path target) {
    Input other = byTarget.putIfAbsent(target.toAbsolutePath().normalize(), input);
    String label = input.label();
    if (other != null) {
      throw usage.apply(
          other.label()
              + " and "
              + label
              + " would both be written to "
              + target
              + "; give them separately with different --output-dir folders");
    }
    if (sameFile(file, target)) {
      throw usage.apply(
          "--output-dir would write " + label + " over itself; choose another folder");
    }
  }

  private Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw usage.apply("not a valid path: " + argument);
    }
  }

  private static Path identity(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path.toAbsolutePath().normalize();
    }
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing names
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
