package org.textmend.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.textmend.process.furniture.FurnitureThresholds;
import picocli.CommandLine.Option;

/**
 * The options of the textmend command, in the groups its help shows; {@link TextMendCommand}
 * validates and uses them.
 */
final class Options {

  private Options() {}

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
                + " summary with the furniture removed per source.")
    @Nullable Path report;

    @Option(
        names = "--chunk-size",
        paramLabel = "SIZE",
        description =
            "Clean inputs larger than SIZE (default: 1M; K, M, G) in chunks cut at paragraph"
                + " breaks, so memory stays bounded.")
    String chunkSize = "1M";
  }

  static final class FurnitureOptions {
    @Option(
        names = "--furniture",
        paramLabel = "FILE",
        description =
            "Remove the furniture learned in FILE (written by 'textmend learn') instead of"
                + " learning it from the inputs; works on one file and standard input too.")
    @Nullable Path profile;

    @Option(
        names = "--no-learn",
        description =
            "Do not learn from a batch of several files first: neither its furniture nor its word"
                + " pairs.")
    boolean noLearn;

    @Option(
        names = "--furniture-min-docs",
        paramLabel = "N",
        description =
            "A line is learned furniture when at least N documents of its source have it"
                + " (default: ${DEFAULT-VALUE}).")
    int minDocs = FurnitureThresholds.DEFAULT_MIN_DOCS;

    @Option(
        names = "--furniture-min-share",
        paramLabel = "F",
        description =
            "... and at least the share F (0 to 1) of the documents of its source (default:"
                + " ${DEFAULT-VALUE}).")
    double minShare = FurnitureThresholds.DEFAULT_MIN_SHARE;

    @Option(
        names = "--group-by",
        paramLabel = "FIELD",
        description =
            "With --jsonl, learn furniture per source named by the string field FIELD of each"
                + " line (a URL stands for its host).")
    @Nullable String groupBy;
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
        description =
            "Say per file which encoding was found and what changed; end with a summary and the"
                + " furniture removed per source.")
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
}
