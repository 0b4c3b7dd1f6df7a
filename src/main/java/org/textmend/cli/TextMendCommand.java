package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.io.TextChunks;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.ContextCounts;
import org.textmend.lexicon.ContextModel;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.MetadataSource;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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
          + " is UTF-8. A clean text comes out byte for byte as it went in.",
      "",
      "Given several files, textmend first counts their lines per folder and removes the lines"
          + " that recur in many documents of a folder (menus, widgets, related lists) from the"
          + " head and foot of each; 'textmend learn' keeps what it learned for later runs."
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
      "  textmend learn -o site.furniture site/   learn a site's furniture from its pages",
      "  textmend --furniture site.furniture page.txt   remove it from any later page",
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
  private Options.@Nullable Destination destination;

  // Plain options, not argument groups: picocli makes a new group instance when an option of a
  // non-exclusive group is repeated, which would drop the options given before it.
  @Mixin private Options.FixerOptions fixerOptions = new Options.FixerOptions();

  @Mixin private Options.EncodingOptions encodingOptions = new Options.EncodingOptions();

  @Mixin private Options.BatchOptions batchOptions = new Options.BatchOptions();

  @Mixin private Options.FurnitureOptions furnitureOptions = new Options.FurnitureOptions();

  @Mixin private Options.RunOptions runOptions = new Options.RunOptions();

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

  boolean stacktrace() {
    return runOptions.stacktrace;
  }

  @Override
  public Integer call() {
    Options.FixerOptions fixing = fixerOptions;
    Options.EncodingOptions encodings = encodingOptions;
    Options.RunOptions running = runOptions;
    if (fixing.listFixers) {
      FixerSetup.listFixers(registry, spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    Mode mode = mode();
    checkRunOptions(mode);
    List<MetadataSource> metadata = jsonLinesMetadata(mode);
    int chunkSize = chunkSize(batchOptions.chunkSize);
    Charset inputEncoding = encodings.encoding == null ? null : charset(encodings.encoding);
    Charset outputEncoding =
        encodings.outputEncoding.equalsIgnoreCase("keep")
            ? null
            : charset(encodings.outputEncoding);

    Supplier<TextMend.Builder> builders = FixerSetup.builders(registry, fixing, this::usage);
    TextMend mend = build(builders.get());
    FurnitureThresholds thresholds = LearnedFurniture.thresholds(furnitureOptions, this::usage);
    List<Input> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Options.Destination d = destination;
    new InputResolver(
            mode,
            d == null ? null : d.output,
            d == null ? null : d.outputDir,
            running.allowOutputInside,
            this::usage)
        .resolve(paths, inputs, problems);

    ContextCounts pairs = new ContextCounts();
    FurnitureProfile profile = profile(inputs, thresholds, inputEncoding, chunkSize, pairs);
    // The word pairs of the batch, counted in the same first pass, help the word fixers judge a
    // join by its neighbours.
    ContextModel batchPairs = pairs.total() > 0 ? pairs.model() : null;
    Supplier<TextMend.Builder> batch =
        batchPairs == null ? builders : () -> builders.get().batchContext(batchPairs);
    if (batchPairs != null) {
      mend = build(batch.get());
    }
    LearnedFurniture.Mends mends =
        new LearnedFurniture.Mends(
            mend, profile, (learned, source) -> build(batch.get().furniture(learned, source)));
    FileProcessor.Settings settings =
        settings(mode, mends, metadata, inputEncoding, outputEncoding);
    Report report = openReport();
    try {
      return runBatch(
          new FileProcessor(mends, settings, stdin), chunkSize, report, inputs, problems);
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

  /**
   * The furniture to remove: the profile of {@code --furniture}, or what a first pass learns from a
   * batch of several files, or none.
   */
  private @Nullable FurnitureProfile profile(
      List<Input> inputs,
      FurnitureThresholds thresholds,
      @Nullable Charset inputEncoding,
      int chunkSize,
      ContextCounts pairs) {
    Options.FurnitureOptions furniture = furnitureOptions;
    if (furniture.profile != null) {
      return LearnedFurniture.read(furniture.profile, thresholds, this::usage);
    }
    if (furniture.noLearn) {
      return null;
    }
    if (batchOptions.jsonl) {
      return furniture.groupBy == null
          ? null
          : FurnitureProfile.learn(
              LearnedFurniture.countJsonLines(inputs, Set.copyOf(fields()), furniture.groupBy),
              thresholds);
    }
    if (!LearnedFurniture.isBatch(inputs)) {
      return null;
    }
    return FurnitureProfile.learn(
        LearnedFurniture.count(inputs, new TextDecoder(inputEncoding), chunkSize, pairs),
        thresholds);
  }

  private TextMend build(TextMend.Builder builder) {
    try {
      return builder.build();
    } catch (IllegalArgumentException e) {
      throw usage(e.getMessage());
    }
  }

  private FileProcessor.Settings settings(
      Mode mode,
      LearnedFurniture.Mends mends,
      List<MetadataSource> metadata,
      @Nullable Charset inputEncoding,
      @Nullable Charset outputEncoding) {
    Options.RunOptions running = runOptions;
    JsonLinesCleaner cleaner =
        batchOptions.jsonl
            ? new JsonLinesCleaner(mends.plain(), fields(), metadata, running.explain)
                .groupedBy(furnitureOptions.groupBy, mends::forSource)
            : null;
    return new FileProcessor.Settings(
        mode,
        inputEncoding,
        outputEncoding,
        running.backup,
        running.explain,
        running.verbose,
        running.stacktrace,
        cleaner);
  }

  private List<String> fields() {
    return batchOptions.fields.isEmpty() ? List.of("text") : batchOptions.fields;
  }

  /** Refuses run options that contradict each other or the mode. */
  private void checkRunOptions(Mode mode) {
    Options.RunOptions running = runOptions;
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
  }

  /**
   * Refuses JSON Lines options that do not apply, and returns the metadata sources of {@code
   * --extract-metadata} (none when it is off).
   */
  private List<MetadataSource> jsonLinesMetadata(Mode mode) {
    Options.BatchOptions batching = batchOptions;
    Options.EncodingOptions encodings = encodingOptions;
    if (!batching.jsonl) {
      if (furnitureOptions.groupBy != null) {
        throw usage("--group-by works only with --jsonl");
      }
      if (!batching.fields.isEmpty() || batching.extractMetadata) {
        throw usage(
            (batching.extractMetadata ? "--extract-metadata" : "--field")
                + " works only with --jsonl");
      }
      return List.of();
    }
    if (mode == Mode.DIFF) {
      throw usage("--diff does not work with --jsonl; use --check, or --explain to see the edits");
    }
    if (encodings.encoding != null || !encodings.outputEncoding.equalsIgnoreCase("UTF-8")) {
      throw usage("JSON Lines are UTF-8: --encoding and --output-encoding do not apply to --jsonl");
    }
    if (!batching.extractMetadata) {
      return List.of();
    }
    if (metadataSources.isEmpty()) {
      throw usage(
          "--extract-metadata needs the breadcrumbs fixer, which this build of textmend does"
              + " not have");
    }
    return metadataSources;
  }

  /** The {@code --report} file, or {@code null}; an unwritable path is a usage error. */
  private @Nullable Report openReport() {
    Path path = batchOptions.report;
    if (path == null) {
      return null;
    }
    try {
      return Report.open(path);
    } catch (IOException | RuntimeException e) {
      throw usage(
          "cannot write the report "
              + path
              + " ("
              + (e instanceof IOException io ? Messages.reason(io) : e.getMessage())
              + "). Check the path");
    }
  }

  private int runBatch(
      FileProcessor processor,
      int chunkSize,
      @Nullable Report report,
      List<Input> inputs,
      List<String> problems) {
    Options.RunOptions running = runOptions;
    PrintWriter err = spec.commandLine().getErr();
    int jobs = running.jobs != null ? running.jobs : Runtime.getRuntime().availableProcessors();
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
            processor,
            batchSettings,
            spec.commandLine().getOut(),
            err,
            stdout,
            stdin,
            progress,
            report,
            System::nanoTime);
    return batch.run(inputs, problems);
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
    Options.Destination d = destination;
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
