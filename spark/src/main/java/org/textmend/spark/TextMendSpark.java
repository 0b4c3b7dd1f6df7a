package org.textmend.spark;

import java.util.Arrays;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.textmend.pipeline.ExplainedText;
import org.textmend.process.PipelineSpec;
import org.textmend.process.ValueEnding;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;

/**
 * textmend for Spark's {@code Dataset<Row>}: cleans string columns, and registers the SQL function
 * {@code textmend(text)}. Each value is cleaned as the command line cleans a field of a JSON line
 * ({@code --jsonl --field}), with the fixer options of a {@link PipelineSpec}. Stateless.
 *
 * <pre>{@code
 * Dataset<Row> clean = TextMendSpark.clean(pages, "title", "text");
 * clean.filter(col(TextMendSpark.ERROR_COLUMN).isNotNull()).show();   // documents that failed
 *
 * TextMendSpark.register(spark, PipelineSpec.defaults().withProtect(List.of("Hmeymim")));
 * spark.sql("SELECT url, textmend(text) AS text FROM pages");
 * }</pre>
 *
 * <p>The pipeline is built once per executor JVM and shared by its tasks; a partition is cleaned
 * row by row as it streams through ({@code mapPartitions}), so memory stays that of one row.
 */
public final class TextMendSpark {

  /**
   * The column {@link #clean} appends: {@code null} for a row that was cleaned, or which column
   * failed and why; the failed column keeps its original value.
   */
  public static final String ERROR_COLUMN = "textmend_error";

  /** The name of the SQL function {@link #register} adds. */
  public static final String FUNCTION = "textmend";

  private TextMendSpark() {}

  /** Cleans {@code columns} of {@code data} with the default fixers. */
  public static Dataset<Row> clean(Dataset<Row> data, String... columns) {
    return clean(data, PipelineSpec.defaults(), null, columns);
  }

  /** Cleans {@code columns} of {@code data} with the fixers {@code spec} describes. */
  public static Dataset<Row> clean(Dataset<Row> data, PipelineSpec spec, String... columns) {
    return clean(data, spec, null, columns);
  }

  /**
   * Cleans {@code columns} of {@code data}, counting the edits in {@code edits} when it is given.
   * The result has the columns of {@code data}, the cleaned ones in place, and {@link
   * #ERROR_COLUMN} last.
   *
   * @throws IllegalArgumentException when a column is missing or not a string, when {@code data}
   *     already has the error column, or when {@code spec} is bad (checked here, on the driver)
   */
  public static Dataset<Row> clean(
      Dataset<Row> data, PipelineSpec spec, @Nullable EditCounter edits, String... columns) {
    return clean(
        data,
        new SourceMends(Objects.requireNonNull(spec, "spec"), null),
        null,
        edits,
        null,
        columns);
  }

  /**
   * Cleans {@code columns} of {@code data} with the furniture {@code profile} learned (by {@link
   * #learn}, by {@code textmend learn} and {@link FurnitureProfile#read}, or by {@link CleanJob}),
   * each row with the furniture of the source its string column {@code sourceColumn} names (a URL
   * stands for its host, as for {@code --group-by}; a null or missing column means the source
   * {@code ""}). A source the profile does not know takes its only source when it has one, and no
   * learned furniture otherwise, as on the command line. The profile is broadcast to the executors
   * once.
   *
   * @param profile the learned furniture, or {@code null} for none
   * @param sourceColumn the column naming a row's source, or {@code null} for none
   * @throws IllegalArgumentException as {@link #clean(Dataset, PipelineSpec, EditCounter,
   *     String...)}, or when {@code sourceColumn} is missing or not a string
   */
  public static Dataset<Row> clean(
      Dataset<Row> data,
      PipelineSpec spec,
      @Nullable FurnitureProfile profile,
      @Nullable String sourceColumn,
      @Nullable EditCounter edits,
      String... columns) {
    return clean(
        data, mends(data.sparkSession(), spec, profile), sourceColumn, edits, null, columns);
  }

  /**
   * Learns the furniture of {@code data} in one pass over the cluster: the values of {@code
   * columns} of a row are one document of the source its column {@code sourceColumn} names (as for
   * {@link #clean(Dataset, PipelineSpec, FurnitureProfile, String, EditCounter, String...)}). Each
   * partition counts lines in a table of bounded size; the tables are merged with {@code
   * treeReduce} and the profile is learned on the driver.
   *
   * @param sourceColumn the column naming a row's source, or {@code null} for one source {@code ""}
   * @throws IllegalArgumentException when a column is missing or not a string
   */
  public static FurnitureProfile learn(
      Dataset<Row> data,
      @Nullable String sourceColumn,
      FurnitureThresholds thresholds,
      String... columns) {
    int[] indexes = stringColumns(data.schema(), columns);
    int source = sourceColumn == null ? -1 : stringColumns(data.schema(), sourceColumn)[0];
    return FurnitureProfile.learn(FirstPass.rows(data, source, indexes), thresholds);
  }

  /** The pipelines of {@code spec} with {@code profile} broadcast, when there is one. */
  static SourceMends mends(
      SparkSession spark, PipelineSpec spec, @Nullable FurnitureProfile profile) {
    Objects.requireNonNull(spec, "spec");
    if (profile == null) {
      return new SourceMends(spec, null);
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    return new SourceMends(spec, context.broadcast(profile));
  }

  /**
   * {@link #clean(Dataset, PipelineSpec, FurnitureProfile, String, EditCounter, String...)}
   * counting for {@link CleanJob}.
   */
  static Dataset<Row> clean(
      Dataset<Row> data,
      SourceMends mends,
      @Nullable String sourceColumn,
      @Nullable EditCounter edits,
      @Nullable JobCounters counters,
      String... columns) {
    StructType schema = data.schema();
    if (Arrays.asList(schema.fieldNames()).contains(ERROR_COLUMN)) {
      throw new IllegalArgumentException("the data already has a column " + ERROR_COLUMN);
    }
    int[] indexes = stringColumns(schema, columns);
    int source = sourceColumn == null ? -1 : stringColumns(schema, sourceColumn)[0];
    mends.plain(); // a bad option fails here, before any task runs
    StructType cleaned = schema.add(ERROR_COLUMN, DataTypes.StringType, true);
    return data.mapPartitions(
        new RowCleaner(mends, source, columns, indexes, edits, counters), Encoders.row(cleaned));
  }

  /** The indexes of {@code columns}, which must be string columns of {@code schema}. */
  private static int[] stringColumns(StructType schema, String... columns) {
    if (columns.length == 0) {
      throw new IllegalArgumentException("name at least one column to clean");
    }
    int[] indexes = new int[columns.length];
    for (int i = 0; i < columns.length; i++) {
      if (!Arrays.asList(schema.fieldNames()).contains(columns[i])) {
        throw new IllegalArgumentException(
            "no column " + columns[i] + " in " + Arrays.toString(schema.fieldNames()));
      }
      indexes[i] = schema.fieldIndex(columns[i]);
      StructField field = schema.fields()[indexes[i]];
      if (!field.dataType().equals(DataTypes.StringType)) {
        throw new IllegalArgumentException(
            "column " + columns[i] + " is " + field.dataType().simpleString() + ", not a string");
      }
    }
    return indexes;
  }

  /** Registers the SQL function {@code textmend(text)} with the default fixers. */
  public static void register(SparkSession spark) {
    register(spark, PipelineSpec.defaults());
  }

  /**
   * Registers the SQL function {@code textmend(text)} with the fixers {@code spec} describes. It
   * returns the cleaned text, {@code null} for {@code null}, and the text unchanged for a document
   * that fails (use {@link #clean} to see why).
   */
  public static void register(SparkSession spark, PipelineSpec spec) {
    Pipelines.get(spec);
    spark.udf().register(FUNCTION, new CleanFunction(spec), DataTypes.StringType);
  }

  /** The SQL function: one value at a time, through the executor's pipeline. */
  private static final class CleanFunction implements UDF1<String, String> {
    private static final long serialVersionUID = 1L;

    private final PipelineSpec spec;

    CleanFunction(PipelineSpec spec) {
      this.spec = spec;
    }

    @Override
    public @Nullable String call(@Nullable String text) {
      if (text == null) {
        return null;
      }
      try {
        ExplainedText explained = ValueEnding.keep(Pipelines.get(spec).explain(text));
        return explained.text();
      } catch (RuntimeException | StackOverflowError e) {
        return text;
      }
    }
  }
}
