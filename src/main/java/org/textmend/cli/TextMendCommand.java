package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.textmend.FixerOrder;
import org.textmend.TextMend;
import org.textmend.io.InputFile;
import org.textmend.io.InputFinder;
import org.textmend.io.TextChunks;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.Lexicon;
import org.textmend.lexicon.UserLexicon;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.MetadataSource;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The textmend command: one flat command that reads files or standard input, runs the fixer
 * pipeline and writes, checks or diffs the result. Option handling only; the work is done by {@link
 * FileProcessor} and {@link Batch}.
 */
@Command(
    name = "textmend",
    versionProvider = VersionProvider.class,
    sortOptions = false,
    usageHelpAutoWidth = true,
    headerHeading = "",
    header =
        "Repairs text scraped from the web: glued words and sentences, page furniture,"
            + " mojibake, entities, invisible characters, white space.",
    synopsisHeading = "%nUsage: ",
    descriptionHeading = "%n",
    description = {
      "Reads each PATH (a file, or with --output-dir, --in-place, --check or --diff also a"
          + " folder, walked recursively in sorted order, skipping hidden files) or standard input"
          + " when there is none or PATH is -, and writes the cleaned text to standard output"
          + " (several files one after the other, like cat). Input encodings are detected; output"
          + " is UTF-8. A clean text comes out byte for byte as it went in."
    },
    parameterListHeading = "%nArguments:%n",
    optionListHeading = "%nOptions:%n",
    footerHeading = "%nExamples:%n",
    footer = {
      "  textmend article.txt                  one file to standard output",
      "  curl -s URL | textmend > clean.txt    standard input to standard output",
      "  textmend --output-dir clean/ raw/     a folder into a mirror folder",
      "  textmend -i --backup .orig *.txt      rewrite files, keeping the originals",
      "  textmend --check docs/                list files that would change (exit 1)",
      "  textmend --diff --explain notes.txt   show what would change, and why",
      "  textmend --jsonl crawl.jsonl           the text field of each JSON line",
      "  textmend --report r.json --check in/   a JSON report of what would change",
      "  textmend --skip glued-words --fix dateline --eol lf a.txt",
      "  textmend --list-fixers                what each fixer does, in running order",
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:--check found inputs that would change",
      "2:usage error (unknown option or fixer, bad value, conflicting options)",
      "3:some inputs could not be read, decoded or written (the others were processed)",
      "4:internal error (a bug; -x shows the stack trace)"
    })
final class TextMendCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description = "Files or folders to clean; none, or -, reads standard input.")
  private List<String> paths = new ArrayList<>();

  @ArgGroup(
      exclusive = true,
      multiplicity = "0..1",
      order = 1,
      heading = "%nWhere results go (at most one; default: standard output):%n")
  private @Nullable Destination destination;

  // Plain options, not argument groups: picocli makes a new group instance when an option of a
  // non-exclusive group is repeated, which would drop the options given before it.
  @Mixin private FixerOptions fixerOptions = new FixerOptions();

  @Mixin private EncodingOptions encodingOptions = new EncodingOptions();

  @Mixin private BatchOptions batchOptions = new BatchOptions();

  @Mixin private RunOptions runOptions = new RunOptions();

  private final FixerRegistry registry;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final boolean stderrIsTerminal;
  private final List<MetadataSource> metadataSources;

  TextMendCommand(
      FixerRegistry registry,
      InputStream stdin,
      OutputStream stdout,
      boolean stderrIsTerminal,
      List<MetadataSource> metadataSources) {
    this.registry = registry;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderrIsTerminal = stderrIsTerminal;
    this.metadataSources = List.copyOf(metadataSources);
  }

  static final class Destination {
    @Option(
        names = {"-o", "--output"},
        paramLabel = "FILE",
        description = "Write the result to FILE (one input only; never an input file).")
    @Nullable Path output;

    @Option(
        names = "--output-dir",
        paramLabel = "DIR",
        description =
            "Write each input to DIR/<its path relative to the argument it came from>,"
                + " creating folders as needed.")
    @Nullable Path outputDir;

    @Option(
        names = {"-i", "--in-place"},
        description =
            "Rewrite changed inputs atomically (temporary file, then rename); unchanged files are"
                + " not touched.")
    boolean inPlace;

    @Option(
        names = "--check",
        description = "Change nothing; list the inputs that would change and exit 1 if any would.")
    boolean check;

    @Option(names = "--diff", description = "Print a unified diff of the changes instead of text.")
    boolean diff;
  }

  static final class FixerOptions {
    @Option(
        names = "--fixers",
        split = ",",
        paramLabel = "NAME",
        description =
            "Run exactly these fixers (in their fixed order); the name 'default' stands for the"
                + " default set.")
    @Nullable List<String> fixers;

    @Option(
        names = "--skip",
        split = ",",
        paramLabel = "NAME",
        description = "Leave out these fixers.")
    List<String> skip = new ArrayList<>();

    @Option(
        names = "--fix",
        paramLabel = "NAME[:KEY=VALUE,...]",
        description =
            "Turn on a fixer (default or opt-in) with parameters, e.g. --fix whitespace:eol=lf."
                + " Repeatable.")
    List<String> fix = new ArrayList<>();

    @Option(
        names = "--eol",
        paramLabel = "STYLE",
        description =
            "Line endings: keep (default: as in each input), lf or crlf (runs the whitespace"
                + " fixer).")
    String eol = "keep";

    @Option(
        names = "--nfkc",
        description =
            "Normalise to NFKC instead of NFC (changes meaning: ﬁ→fi, ²→2, full-width→ASCII).")
    boolean nfkc;

    @Option(
        names = "--lexicon",
        paramLabel = "FILE",
        description =
            "Extra known words, one per line with an optional frequency class 0-25. Repeatable.")
    List<Path> lexicons = new ArrayList<>();

    @Option(
        names = "--protect",
        split = ",",
        paramLabel = "WORD",
        description = "Words no fixer may split or change (names, brands).")
    List<String> protect = new ArrayList<>();

    @Option(
        names = "--list-fixers",
        description = "List every fixer: name, on or off by default, what it does; then exit.")
    boolean listFixers;
  }

  static final class EncodingOptions {
    @Option(
        names = "--encoding",
        paramLabel = "CHARSET",
        description =
            "Read inputs in CHARSET (e.g. windows-1252, ISO-8859-2, KOI8-R, Shift_JIS) instead"
                + " of detecting it.")
    @Nullable String encoding;

    @Option(
        names = "--output-encoding",
        paramLabel = "CHARSET",
        description =
            "Write in CHARSET (default UTF-8); 'keep' writes each file in the encoding it was"
                + " read in.")
    String outputEncoding = "UTF-8";
  }

  static final class BatchOptions {
    @Option(
        names = "--jsonl",
        description =
            "Read and write JSON Lines: in each line's object clean the string fields named by"
                + " --field, keeping every other field, the key order and the formatting. A line"
                + " that is not a JSON object is reported with its number and passed through.")
    boolean jsonl;

    @Option(
        names = "--field",
        paramLabel = "NAME",
        description = "With --jsonl, a top-level field to clean (repeatable; default: text).")
    List<String> fields = new ArrayList<>();

    @Option(
        names = "--extract-metadata",
        description =
            "With --jsonl, put the title and date of a page header that a fixer removed into"
                + " the fields title and date, unless the object has them.")
    boolean extractMetadata;

    @Option(
        names = "--report",
        paramLabel = "FILE",
        description =
            "Write a JSON report to FILE: per input the edits by fixer and the errors, then a"
                + " summary.")
    @Nullable Path report;

    @Option(
        names = "--chunk-size",
        paramLabel = "SIZE",
        description =
            "Clean inputs larger than SIZE (default: 1M; K, M, G) in chunks cut at paragraph"
                + " breaks, so memory stays bounded.")
    String chunkSize = "1M";
  }

  static final class RunOptions {
    @Option(
        names = "--explain",
        description =
            "Log every edit on standard error: file:line:col fixer \"before\" → \"after\".")
    boolean explain;

    @Option(
        names = "--backup",
        paramLabel = "SUFFIX",
        description = "With --in-place, keep each original as <file>SUFFIX.")
    @Nullable String backup;

    @Option(
        names = "--allow-output-inside",
        description =
            "Let --output-dir lie inside an input folder (it is then skipped while reading it).")
    boolean allowOutputInside;

    @Option(
        names = {"-j", "--jobs"},
        paramLabel = "N",
        description = "Process N files in parallel (default: the number of processors).")
    @Nullable Integer jobs;

    @Option(
        names = {"-q", "--quiet"},
        description =
            "Print nothing but errors and what was asked for; --check only sets the exit code.")
    boolean quiet;

    @Option(
        names = {"-v", "--verbose"},
        description = "Say per file which encoding was found and what changed; end with a summary.")
    boolean verbose;

    @Option(
        names = {"-x", "--stacktrace"},
        description = "Print the stack trace of internal errors.")
    boolean stacktrace;

    @Option(
        names = {"-h", "--help"},
        usageHelp = true,
        description = "Show this help and exit.")
    boolean help;

    @Option(
        names = {"-V", "--version"},
        versionHelp = true,
        description = "Print the version and exit.")
    boolean version;
  }

  boolean stacktrace() {
    return runOptions.stacktrace;
  }

  @Override
  public Integer call() {
    FixerOptions fixing = fixerOptions;
    EncodingOptions encodings = encodingOptions;
    RunOptions running = runOptions;
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();

    if (fixing.listFixers) {
      listFixers(out);
      return ExitCodes.OK;
    }
    Mode mode = mode();
    if (running.quiet && running.verbose) {
      throw usage("--quiet and --verbose contradict each other; choose one");
    }
    if (running.jobs != null && running.jobs < 1) {
      throw usage("--jobs must be 1 or more, not " + running.jobs);
    }
    if (running.backup != null) {
      if (mode != Mode.IN_PLACE) {
        throw usage("--backup works only with --in-place");
      }
      if (running.backup.isEmpty() || running.backup.contains("/")) {
        throw usage(
            "--backup needs a file name suffix such as .orig, not '" + running.backup + "'");
      }
    }
    if (running.allowOutputInside && mode != Mode.OUTPUT_DIR) {
      throw usage("--allow-output-inside works only with --output-dir");
    }
    BatchOptions batching = batchOptions;
    boolean jsonl = batching.jsonl;
    if (!jsonl && (!batching.fields.isEmpty() || batching.extractMetadata)) {
      throw usage(
          (batching.extractMetadata ? "--extract-metadata" : "--field")
              + " works only with --jsonl");
    }
    List<MetadataSource> metadata = List.of();
    if (jsonl) {
      if (mode == Mode.DIFF) {
        throw usage(
            "--diff does not work with --jsonl; use --check, or --explain to see the edits");
      }
      if (encodings.encoding != null || !encodings.outputEncoding.equalsIgnoreCase("UTF-8")) {
        throw usage(
            "JSON Lines are UTF-8: --encoding and --output-encoding do not apply to --jsonl");
      }
      if (batching.extractMetadata) {
        metadata = metadataSources;
        if (metadata.isEmpty()) {
          throw usage(
              "--extract-metadata needs the breadcrumbs fixer, which this build of textmend does"
                  + " not have");
        }
      }
    }
    int chunkSize = chunkSize(batching.chunkSize);
    Charset inputEncoding = encodings.encoding == null ? null : charset(encodings.encoding);
    Charset outputEncoding =
        encodings.outputEncoding.equalsIgnoreCase("keep")
            ? null
            : charset(encodings.outputEncoding);

    TextMend mend = buildPipeline(fixing);
    List<Input> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    resolveInputs(mode, inputs, problems);

    JsonLinesCleaner cleaner =
        jsonl
            ? new JsonLinesCleaner(
                mend,
                batching.fields.isEmpty() ? List.of("text") : batching.fields,
                metadata,
                running.explain)
            : null;
    FileProcessor.Settings settings =
        new FileProcessor.Settings(
            mode,
            inputEncoding,
            outputEncoding,
            running.backup,
            running.explain,
            running.verbose,
            running.stacktrace,
            cleaner);
    int jobs = running.jobs != null ? running.jobs : Runtime.getRuntime().availableProcessors();
    Report report = null;
    if (batching.report != null) {
      try {
        report = Report.open(batching.report);
      } catch (IOException | RuntimeException e) {
        throw usage(
            "cannot write the report "
                + batching.report
                + " ("
                + (e instanceof IOException io ? Messages.reason(io) : e.getMessage())
                + "). Check the path");
      }
    }
    Progress progress =
        stderrIsTerminal && !running.quiet ? new Progress(err, System::nanoTime) : null;
    Batch.Settings batchSettings =
        new Batch.Settings(
            jobs,
            running.quiet,
            running.verbose,
            chunkSize,
            Math.max(64, Math.min(TextChunks.DEFAULT_CONTEXT_SIZE, chunkSize / 16)));
    Batch batch =
        new Batch(
            new FileProcessor(mend, settings, stdin),
            batchSettings,
            out,
            err,
            stdout,
            stdin,
            progress,
            report,
            System::nanoTime);
    try {
      return batch.run(inputs, problems);
    } finally {
      if (report != null) {
        try {
          report.close(); // removes the temporary file if the run did not finish it
        } catch (IOException e) {
          // nothing more to do
        }
      }
    }
  }

  /** {@code 4M}, {@code 512K}, {@code 1G} or a number of bytes. */
  private int chunkSize(String value) {
    String text = value.strip().toUpperCase(Locale.ROOT);
    long factor = 1;
    if (text.endsWith("K") || text.endsWith("M") || text.endsWith("G")) {
      char unit = text.charAt(text.length() - 1);
      factor = unit == 'K' ? 1L << 10 : unit == 'M' ? 1L << 20 : 1L << 30;
      text = text.substring(0, text.length() - 1);
    }
    long size;
    try {
      size = Long.parseLong(text) * factor;
    } catch (NumberFormatException e) {
      size = -1;
    }
    if (size < 1024 || size > (1L << 30)) {
      throw usage("--chunk-size must be between 1K and 1G (e.g. 4M, 512K), not '" + value + "'");
    }
    return (int) size;
  }

  private Mode mode() {
    Destination d = destination;
    if (d == null) {
      return Mode.STDOUT;
    }
    if (d.output != null) {
      return Mode.OUTPUT_FILE;
    }
    if (d.outputDir != null) {
      return Mode.OUTPUT_DIR;
    }
    if (d.inPlace) {
      return Mode.IN_PLACE;
    }
    if (d.check) {
      return Mode.CHECK;
    }
    return d.diff ? Mode.DIFF : Mode.STDOUT;
  }

  private void listFixers(PrintWriter out) {
    List<String> names = FixerOrder.inOrder(registry.names());
    int width = names.stream().mapToInt(String::length).max().orElse(0);
    for (String name : names) {
      FixerProvider provider = registry.provider(name);
      out.printf(
          Locale.ROOT,
          "%-" + width + "s  %-3s  %s%n",
          name,
          provider.enabledByDefault() ? "on" : "off",
          provider.summary());
    }
  }

  private TextMend buildPipeline(FixerOptions fixing) {
    TextMend.Builder builder = TextMend.builder().registry(registry).lexicon(lexicon(fixing));
    if (fixing.fixers != null) {
      builder.fixers(fixing.fixers);
    }
    builder.skip(fixing.skip);
    for (String spec : fixing.fix) {
      FixOption fix = FixOption.parse(spec);
      if (fix == null) {
        throw usage("--fix expects NAME or NAME:KEY=VALUE,..., not '" + spec + "'");
      }
      builder.fix(fix.name(), fix.parameters());
    }
    if (fixing.nfkc) {
      builder.fix("unicode-normalize", Map.of("form", "nfkc"));
    }
    String eol = fixing.eol.toLowerCase(Locale.ROOT);
    if (!eol.equals("keep")) {
      if (!eol.equals("lf") && !eol.equals("crlf")) {
        throw usage("--eol must be lf, crlf or keep, not '" + fixing.eol + "'");
      }
      builder.fix("whitespace", Map.of("eol", eol));
    }
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private Lexicon lexicon(FixerOptions fixing) {
    Lexicon lexicon = Lexicon.english();
    for (Path file : fixing.lexicons) {
      Map<String, Integer> words;
      try {
        byte[] bytes = Files.readAllBytes(file);
        words = UserLexicon.parse(new TextDecoder(StandardCharsets.UTF_8).decode(bytes).text());
      } catch (IOException e) {
        throw usage(Messages.readError(file.toString(), e).substring(Messages.PREFIX.length()));
      } catch (IllegalArgumentException e) {
        throw usage(file + ": " + e.getMessage() + ". Fix the lexicon file");
      }
      lexicon = lexicon.withWords(words);
    }
    if (!fixing.protect.isEmpty()) {
      try {
        lexicon = lexicon.withProtected(fixing.protect);
      } catch (IllegalArgumentException e) {
        throw usage("--protect: " + e.getMessage());
      }
    }
    return lexicon;
  }

  /** Turns the PATH arguments into inputs, walking folders where the mode allows. */
  private void resolveInputs(Mode mode, List<Input> inputs, List<String> problems) {
    List<String> arguments = paths.isEmpty() ? List.of("-") : paths;
    if (arguments.stream().filter("-"::equals).count() > 1) {
      throw usage("standard input (-) can be read only once");
    }
    Destination d = destination;
    switch (mode) {
      case OUTPUT_FILE -> {
        if (arguments.size() != 1) {
          throw usage("-o takes exactly one input; use --output-dir for several");
        }
        Path output = d.output;
        if (Files.isDirectory(output)) {
          throw usage(
              "-o " + output + " is a folder; use --output-dir " + output + " to write into it");
        }
        String argument = arguments.get(0);
        if (argument.equals("-")) {
          inputs.add(Input.stdin(output));
          return;
        }
        Path path = path(argument);
        if (Files.isDirectory(path)) {
          throw usage(
              "-o takes one input file, and " + argument + " is a directory; use --output-dir");
        }
        if (sameFile(path, output)) {
          throw usage("-o " + output + " names the input file; use --in-place to rewrite it");
        }
        inputs.add(new Input(argument, path, output));
        return;
      }
      case OUTPUT_DIR, IN_PLACE -> {
        if (arguments.contains("-")) {
          throw usage(
              (mode == Mode.IN_PLACE ? "--in-place" : "--output-dir")
                  + " needs files or folders, not standard input (-)");
        }
      }
      default -> {}
    }
    Path outputDir = d == null ? null : d.outputDir;
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw usage("--output-dir " + outputDir + " is a file, not a folder");
    }
    InputFinder finder = new InputFinder(outputDir);
    Map<Path, Input> byTarget = new LinkedHashMap<>();
    Map<Path, Input> byFile = new LinkedHashMap<>();
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
      if (outputDir != null
          && !runOptions.allowOutputInside
          && Files.isDirectory(path)
          && InputFinder.isInside(outputDir, path)) {
        throw usage(
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
          Input other = byTarget.putIfAbsent(target.toAbsolutePath().normalize(), input);
          if (other != null) {
            throw usage(
                other.label()
                    + " and "
                    + label
                    + " would both be written to "
                    + target
                    + "; give them separately with different --output-dir folders");
          }
          if (sameFile(file.path(), target)) {
            throw usage(
                "--output-dir would write " + label + " over itself; choose another folder");
          }
        }
        byFile.put(identity, input);
        inputs.add(input);
      }
    }
  }

  private Path path(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw usage("not a valid path: " + argument);
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

  private Charset charset(String name) {
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | java.nio.charset.UnsupportedCharsetException e) {
      throw usage(
          "unknown encoding '"
              + name
              + "'; examples: UTF-8, windows-1252, ISO-8859-2, KOI8-R, Shift_JIS, UTF-16LE");
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
