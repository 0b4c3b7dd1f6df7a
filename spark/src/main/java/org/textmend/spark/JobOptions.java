package org.textmend.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.textmend.process.furniture.FurnitureThresholds;

/**
 * The options of {@link CleanJob}: where to read and write, in which format, which fields, and the
 * command line's fixer options with their command-line names. Immutable.
 *
 * @param input the input path (a file, a folder or a glob, any file system Spark reads)
 * @param output the output folder; it must not exist
 * @param format {@code jsonl}, {@code parquet} or {@code text}
 * @param fields the fields or columns to clean ({@code text} when none is given)
 * @param groupBy the field naming a document's source, for learned furniture, or {@code null}
 * @param furniture {@code --furniture}: a profile file to apply instead of learning, or {@code
 *     null}
 * @param noLearn {@code --no-learn}
 * @param minDocs {@code --furniture-min-docs}
 * @param minShare {@code --furniture-min-share}
 * @param extractMetadata whether JSON Lines get the title and date of a removed header
 * @param fixers {@code --fixers}, or {@code null}
 * @param skip {@code --skip}
 * @param fix {@code --fix}, each a {@code NAME[:KEY=VALUE,...]}
 * @param nfkc {@code --nfkc}
 * @param eol {@code --eol}
 * @param lexicons {@code --lexicon} files, read on the driver
 * @param protect {@code --protect}
 */
record JobOptions(
    String input,
    String output,
    String format,
    List<String> fields,
    @Nullable String groupBy,
    @Nullable String furniture,
    boolean noLearn,
    int minDocs,
    double minShare,
    boolean extractMetadata,
    @Nullable List<String> fixers,
    List<String> skip,
    List<String> fix,
    boolean nfkc,
    String eol,
    List<String> lexicons,
    List<String> protect) {

  static final List<String> FORMATS = List.of("jsonl", "parquet", "text");

  static final String USAGE =
      String.join(
          "\n",
          "Usage: spark-submit --class org.textmend.spark.CleanJob textmend-spark.jar",
          "         --input PATH --output PATH [--format jsonl|parquet|text] [--field NAME]...",
          "         [--group-by FIELD] [--extract-metadata] [--fixers NAME,...] [--skip NAME,...]",
          "         [--fix NAME[:KEY=VALUE,...]]... [--nfkc] [--eol lf|crlf|keep]",
          "         [--lexicon FILE]... [--protect WORD,...]",
          "         [--furniture FILE | --no-learn] [--furniture-min-docs N]",
          "         [--furniture-min-share S]",
          "Cleans the text of every record as `textmend --jsonl` does, and writes the same format.",
          "  --format jsonl    JSON Lines (the default): the lines come out byte for byte as the",
          "                    command line writes them",
          "  --format parquet  Parquet: the string columns named by --field are cleaned and a",
          "                    column textmend_error says which records failed",
          "  --format text     text files, one document each, written under the same names",
          "Learned furniture, as on the command line: a first pass counts the lines of each source",
          "(the --group-by field of JSON Lines or Parquet, a URL standing for its host; the folder",
          "of a text file) and the lines that recur are removed; text files are learned from when",
          "there are two or more, the other formats when --group-by is given. --furniture FILE",
          "applies a profile written by 'textmend learn' instead; --no-learn learns nothing.");

  /**
   * Parses the job's arguments.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  static JobOptions parse(String... args) {
    Parser p = new Parser(args);
    while (p.more()) {
      p.option();
    }
    if (p.input == null || p.output == null) {
      throw new IllegalArgumentException("--input and --output are required");
    }
    if (!FORMATS.contains(p.format)) {
      throw new IllegalArgumentException(
          "--format must be one of " + FORMATS + ", not '" + p.format + "'");
    }
    return new JobOptions(
        p.input,
        p.output,
        p.format,
        p.fields.isEmpty() ? List.of("text") : List.copyOf(p.fields),
        p.groupBy,
        p.furniture,
        p.noLearn,
        p.minDocs,
        p.minShare,
        p.extractMetadata,
        p.fixers == null ? null : List.copyOf(p.fixers),
        List.copyOf(p.skip),
        List.copyOf(p.fix),
        p.nfkc,
        p.eol,
        List.copyOf(p.lexicons),
        List.copyOf(p.protect));
  }

  /** Reads arguments one option at a time. Not thread-safe. */
  private static final class Parser {
    private final String[] args;
    private int at;
    @Nullable String input;
    @Nullable String output;
    String format = "jsonl";
    final List<String> fields = new ArrayList<>();
    @Nullable String groupBy;
    @Nullable String furniture;
    boolean noLearn;
    int minDocs = FurnitureThresholds.DEFAULT_MIN_DOCS;
    double minShare = FurnitureThresholds.DEFAULT_MIN_SHARE;
    boolean extractMetadata;
    @Nullable List<String> fixers;
    final List<String> skip = new ArrayList<>();
    final List<String> fix = new ArrayList<>();
    boolean nfkc;
    String eol = "keep";
    final List<String> lexicons = new ArrayList<>();
    final List<String> protect = new ArrayList<>();

    Parser(String[] args) {
      this.args = args.clone();
    }

    boolean more() {
      return at < args.length;
    }

    void option() {
      String arg = args[at++];
      String name = arg;
      String inline = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        inline = arg.substring(equals + 1);
      }
      switch (name) {
        case "--input" -> input = value(name, inline);
        case "--output" -> output = value(name, inline);
        case "--format" -> format = value(name, inline).toLowerCase(Locale.ROOT);
        case "--field" -> fields.add(value(name, inline));
        case "--group-by" -> groupBy = value(name, inline);
        case "--furniture" -> furniture = value(name, inline);
        case "--no-learn" -> noLearn = flag(name, inline);
        case "--furniture-min-docs" -> minDocs = number(name, value(name, inline));
        case "--furniture-min-share" -> minShare = share(name, value(name, inline));
        case "--extract-metadata" -> extractMetadata = flag(name, inline);
        case "--fixers" -> {
          if (fixers == null) {
            fixers = new ArrayList<>();
          }
          fixers.addAll(split(value(name, inline)));
        }
        case "--skip" -> skip.addAll(split(value(name, inline)));
        case "--fix" -> fix.add(value(name, inline));
        case "--nfkc" -> nfkc = flag(name, inline);
        case "--eol" -> eol = value(name, inline);
        case "--lexicon" -> lexicons.add(value(name, inline));
        case "--protect" -> protect.addAll(split(value(name, inline)));
        default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
      }
    }

    private String value(String name, @Nullable String inline) {
      if (inline != null) {
        return inline;
      }
      if (at >= args.length) {
        throw new IllegalArgumentException(name + " needs a value");
      }
      return args[at++];
    }

    private static int number(String name, String value) {
      try {
        return Integer.parseInt(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a whole number, not '" + value + "'");
      }
    }

    private static double share(String name, String value) {
      try {
        return Double.parseDouble(value.strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(name + " needs a number, not '" + value + "'");
      }
    }

    private static boolean flag(String name, @Nullable String inline) {
      if (inline != null) {
        throw new IllegalArgumentException(name + " takes no value");
      }
      return true;
    }

    /** Splits at commas, as the command line's picocli options with {@code split = ","} do. */
    private static List<String> split(String value) {
      return Arrays.asList(value.split(",", -1));
    }
  }
}
