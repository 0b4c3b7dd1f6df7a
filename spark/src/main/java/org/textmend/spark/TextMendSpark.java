package org.textmend.spark;

import java.util.Arrays;
import java.util.Objects;
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
    return clean(data, spec, edits, null, columns);
  }

  /**
   * {@link #clean(Dataset, PipelineSpec, EditCounter, String...)} counting for {@link CleanJob}.
   */
  static Dataset<Row> clean(
      Dataset<Row> data,
      PipelineSpec spec,
      @Nullable EditCounter edits,
      @Nullable JobCounters counters,
      String... columns) {
    Objects.requireNonNull(spec, "spec");
    if (columns.length == 0) {
      throw new IllegalArgumentException("name at least one column to clean");
    }
    StructType schema = data.schema();
    if (Arrays.asList(schema.fieldNames()).contains(ERROR_COLUMN)) {
      throw new IllegalArgumentException("the data already has a column " + ERROR_COLUMN);
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
    Pipelines.get(spec); // a bad option fails here, before any task runs
    StructType cleaned = schema.add(ERROR_COLUMN, DataTypes.StringType, true);
    return data.mapPartitions(
        new RowCleaner(spec, columns, indexes, edits, counters), Encoders.row(cleaned));
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
