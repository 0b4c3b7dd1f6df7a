package org.textmend.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.UserLexicon;
import org.textmend.process.PipelineSpec;
import org.textmend.process.furniture.FurnitureCounts;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;
import scala.Tuple2;

/**
 * The {@code spark-submit} job: reads JSON Lines, Parquet or text files, cleans the text of every
 * record, writes the same format, and prints counters of edits by fixer at the end.
 *
 * <pre>
 * spark-submit --class org.textmend.spark.CleanJob textmend-spark.jar \
 *     --input crawl/ --format jsonl --field text --output clean/
 * </pre>
 *
 * <p>Exit codes follow the command line's: 0 done (failed records are counted, not fatal), 2 usage
 * error, 3 the input or output could not be read or written.
 */
public final class CleanJob {

  /**
   * What a run did.
   *
   * @param records the records (JSON lines that are not blank, Parquet rows, text files) read
   * @param failed the records that could not be cleaned (passed through, or not written)
   * @param edits edits by fixer
   * @param reasons why the first few failed records failed
   */
  public record Summary(long records, long failed, Map<String, Long> edits, List<String> reasons) {
    public Summary {
      edits = Map.copyOf(edits);
      reasons = List.copyOf(reasons);
    }
  }

  private CleanJob() {}

  /** Runs the job on the session {@code spark-submit} set up, and exits with its code. */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("textmend-spark: " + e.getMessage() + "\n" + JobOptions.USAGE);
      System.exit(2);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("textmend").getOrCreate();
    int code;
    try {
      print(run(spark, options), System.out);
      code = 0;
    } catch (IllegalArgumentException e) {
      System.err.println("textmend-spark: " + e.getMessage());
      code = 2;
    } catch (IOException e) {
      System.err.println("textmend-spark: " + e.getMessage());
      code = 3;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }

  /**
   * Runs the job described by {@code args} on {@code spark}.
   *
   * @throws IllegalArgumentException for a bad option (checked on the driver, before any task)
   * @throws IOException when a lexicon file cannot be read, or the output exists
   */
  public static Summary run(SparkSession spark, String... args) throws IOException {
    return run(spark, JobOptions.parse(args));
  }

  static Summary run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = context.hadoopConfiguration();
    PipelineSpec spec = spec(options, conf);
    Pipelines.get(spec); // a bad fixer option fails here, before any task
    FurnitureThresholds thresholds = thresholds(options);
    if (options.groupBy() != null && options.format().equals("text")) {
      throw new IllegalArgumentException("--group-by works only with --format jsonl or parquet");
    }
    FurnitureProfile given =
        options.furniture() == null ? null : readProfile(options.furniture(), thresholds, conf);
    Path output = new Path(options.output());
    if (output.getFileSystem(conf).exists(output)) {
      throw new IOException(options.output() + " exists already. Choose a new output folder");
    }
    JobCounters counters = new JobCounters(spark.sparkContext());
    Furniture furniture = new Furniture(spark, spec, options, thresholds, given);
    switch (options.format()) {
      case "jsonl" -> jsonLines(context, furniture, options, counters);
      case "parquet" -> parquet(spark, furniture, options, counters);
      default -> textFiles(context, furniture, options, counters);
    }
    return counters.summary();
  }

  /** The pipeline the options describe; lexicon files are read here, on the driver. */
  private static PipelineSpec spec(JobOptions options, Configuration conf) throws IOException {
    PipelineSpec spec =
        PipelineSpec.defaults()
            .withFixers(options.fixers())
            .withSkip(options.skip())
            .withFix(options.fix())
            .withNfkc(options.nfkc())
            .withEol(options.eol())
            .withProtect(options.protect());
    for (String file : options.lexicons()) {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(conf);
      byte[] bytes;
      try (InputStream in = fs.open(path)) {
        bytes = in.readAllBytes();
      }
      String text = new TextDecoder(StandardCharsets.UTF_8).decode(bytes).text();
      try {
        spec = spec.withLexicon(UserLexicon.parse(text));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": " + e.getMessage() + ". Fix the lexicon file");
      }
    }
    return spec;
  }

  /** The thresholds of the options; a bad value is a usage error, in the command line's words. */
  private static FurnitureThresholds thresholds(JobOptions options) {
    try {
      return new FurnitureThresholds(options.minDocs(), options.minShare());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--furniture-min-docs and --furniture-min-share: " + e.getMessage());
    }
  }

  /** Reads the profile of {@code --furniture} on the driver; a malformed one is a usage error. */
  private static FurnitureProfile readProfile(
      String file, FurnitureThresholds thresholds, Configuration conf) throws IOException {
    Path path = new Path(file);
    try (Reader in =
        new InputStreamReader(path.getFileSystem(conf).open(path), StandardCharsets.UTF_8)) {
      return FurnitureProfile.read(in, thresholds);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          file + ": " + e.getMessage() + ". Write it with 'textmend learn'");
    }
  }

  /**
   * The furniture of a run, decided as the command line decides it: the profile of {@code
   * --furniture}; none with {@code --no-learn}; else what a first pass learns, from JSON Lines or
   * Parquet when {@code --group-by} is given, from text files when there are two or more.
   */
  private static final class Furniture {
    private final SparkSession spark;
    private final PipelineSpec spec;
    private final JobOptions options;
    private final FurnitureThresholds thresholds;
    private final @Nullable FurnitureProfile given;

    Furniture(
        SparkSession spark,
        PipelineSpec spec,
        JobOptions options,
        FurnitureThresholds thresholds,
        @Nullable FurnitureProfile given) {
      this.spark = spark;
      this.spec = spec;
      this.options = options;
      this.thresholds = thresholds;
      this.given = given;
    }

    /** Whether a first pass runs: no profile was given and learning is not turned off. */
    boolean learns() {
      return given == null && !options.noLearn();
    }

    /** The pipelines, with {@code learned} (or the given profile) broadcast. */
    SourceMends mends(@Nullable FurnitureProfile learned) {
      return TextMendSpark.mends(spark, spec, given != null ? given : learned);
    }

    FurnitureProfile learn(FurnitureCounts counts) {
      return FurnitureProfile.learn(counts, thresholds);
    }
  }

  private static void jsonLines(
      JavaSparkContext context, Furniture furniture, JobOptions options, JobCounters counters) {
    Configuration conf = new Configuration(context.hadoopConfiguration());
    // split at \n only, as the command line does: a \r before it stays part of the line
    conf.set("textinputformat.record.delimiter", "\n");
    JavaPairRDD<LongWritable, Text> lines =
        context.newAPIHadoopFile(
            options.input(), TextInputFormat.class, LongWritable.class, Text.class, conf);
    String groupBy = options.groupBy();
    FurnitureProfile learned =
        furniture.learns() && groupBy != null
            ? furniture.learn(FirstPass.jsonLines(lines, options.fields(), groupBy))
            : null;
    lines
        .mapPartitions(
            new JsonLinesPartition(
                furniture.mends(learned),
                groupBy,
                options.fields(),
                options.extractMetadata(),
                counters))
        .mapToPair(line -> new Tuple2<>(NullWritable.get(), line))
        .saveAsNewAPIHadoopFile(
            options.output(), NullWritable.class, Text.class, TextOutputFormat.class, conf);
  }

  private static void parquet(
      SparkSession spark, Furniture furniture, JobOptions options, JobCounters counters) {
    Dataset<Row> data = spark.read().parquet(options.input());
    String[] columns = options.fields().toArray(new String[0]);
    String groupBy = options.groupBy();
    FurnitureProfile learned =
        furniture.learns() && groupBy != null
            ? TextMendSpark.learn(data, groupBy, furniture.thresholds, columns)
            : null;
    Dataset<Row> cleaned =
        TextMendSpark.clean(
            data, furniture.mends(learned), groupBy, counters.edits, counters, columns);
    cleaned.write().parquet(options.output());
  }

  private static void textFiles(
      JavaSparkContext context, Furniture furniture, JobOptions options, JobCounters counters) {
    Configuration conf = context.hadoopConfiguration();
    TextSources sources =
        new TextSources(options.input(), TextFiles.qualified(options.input(), conf));
    String output = TextFiles.qualified(options.output(), conf);
    // the files of subfolders too, as the command line reads a folder; Spark lists the files
    // when the first pass (or the only one) runs, so the setting is put back after both
    String recursive = "mapreduce.input.fileinputformat.input.dir.recursive";
    String before = conf.get(recursive);
    conf.setBoolean(recursive, true);
    try {
      JavaPairRDD<String, PortableDataStream> files = context.binaryFiles(options.input());
      FurnitureProfile learned = null;
      if (furniture.learns() && !files.partitions().isEmpty()) {
        Tuple2<Long, FurnitureCounts> counted = FirstPass.textFiles(files, sources);
        // as the command line, which learns from a batch of two files or more
        learned = counted._1() >= 2 ? furniture.learn(counted._2()) : null;
      }
      files.foreachPartition(new TextFiles(furniture.mends(learned), sources, output, counters));
    } finally {
      if (before == null) {
        conf.unset(recursive);
      } else {
        conf.set(recursive, before);
      }
    }
  }

  /** Prints the counters: records, failures and edits by fixer, most first. */
  static void print(Summary summary, PrintStream out) {
    out.printf(
        Locale.ROOT, "textmend: %d records, %d failed%n", summary.records(), summary.failed());
    for (String reason : summary.reasons()) {
      out.println("  failed: " + reason);
    }
    summary.edits().entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> out.printf(Locale.ROOT, "  %-22s %,d edits%n", e.getKey(), e.getValue()));
  }
}
