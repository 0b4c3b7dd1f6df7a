package org.textmend.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textmend.TextMend;
import org.textmend.process.ValueEnding;

/** The job in local mode, against the command line on the same records. */
class CleanJobTest {

  private final SparkSession spark = SharedSpark.session();

  @TempDir Path dir;

  @Test
  void jsonLinesComeOutAsTheCommandLineWritesThem() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(input, Documents.jsonLines());
    byte[] expected = Documents.commandLine(3, "--jsonl", input.toString());
    assertThat(new String(expected, StandardCharsets.UTF_8)).isNotEqualTo(Documents.jsonLines());

    Documents.runInSmallSplits(
        spark, 700, "--input", input.toString(), "--output", dir.resolve("out").toString());

    assertThat(Documents.partFiles(dir.resolve("out"))).isEqualTo(expected);
    assertThat(Files.list(dir.resolve("out")).filter(p -> p.toString().contains("part-")))
        .hasSizeGreaterThan(1);
  }

  @Test
  void countsRecordsFailuresAndEditsByFixer() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(input, Documents.jsonLines());

    CleanJob.Summary summary =
        CleanJob.run(spark, "--input", input.toString(), "--output", dir.resolve("out").toString());

    assertThat(summary.records()).isEqualTo(11); // ten documents and the line that is not JSON
    assertThat(summary.failed()).isEqualTo(1);
    assertThat(summary.reasons()).singleElement().asString().contains("not a JSON object");
    assertThat(summary.edits())
        .containsEntry("html-entities", 6L)
        .containsEntry("mojibake", 4L)
        .containsKeys("glued-words", "breadcrumbs");
  }

  @Test
  void textFilesComeOutAsTheCommandLineWritesThem() throws IOException {
    Path input = dir.resolve("docs");
    Documents.writeTextFiles(input);
    Documents.commandLine(
        0, "--quiet", "--output-dir", dir.resolve("cli").toString(), input.toString());

    CleanJob.Summary summary =
        CleanJob.run(
            spark,
            "--format",
            "text",
            "--input",
            input.toString(),
            "--output",
            dir.resolve("out").toString());

    assertThat(summary.records()).isEqualTo(Documents.ALL.size());
    for (int i = 0; i < Documents.ALL.size(); i++) {
      String name = "doc-" + i + ".txt";
      assertThat(dir.resolve("out").resolve(name))
          .as(name)
          .hasSameBinaryContentAs(dir.resolve("cli").resolve(name));
    }
  }

  @Test
  void parquetGetsTheNamedColumnsCleanedAndTheErrorColumn() throws IOException {
    StructType schema =
        new StructType().add("id", DataTypes.IntegerType).add("text", DataTypes.StringType);
    List<Row> rows =
        List.of(RowFactory.create(1, Documents.GLUED), RowFactory.create(2, Documents.ENTITIES));
    spark.createDataFrame(rows, schema).write().parquet(dir.resolve("in").toString());

    CleanJob.run(
        spark,
        "--format=parquet",
        "--field",
        "text",
        "--input",
        dir.resolve("in").toString(),
        "--output",
        dir.resolve("out").toString());

    Dataset<Row> out = spark.read().parquet(dir.resolve("out").toString());
    assertThat(out.columns()).containsExactly("id", "text", TextMendSpark.ERROR_COLUMN);
    List<Row> cleaned = new ArrayList<>(out.collectAsList());
    cleaned.sort(Comparator.comparingInt(row -> row.getInt(0)));
    assertThat(cleaned)
        .extracting(row -> row.getString(1))
        .containsExactly(value(Documents.GLUED), value(Documents.ENTITIES));
    assertThat(cleaned).extracting(row -> row.get(2)).containsOnlyNulls();
  }

  @Test
  void refusesAnUnknownFixerBeforeAnyTask() {
    assertThatThrownBy(
            () -> CleanJob.run(spark, "--input", "x", "--output", "y", "--skip", "no-such-fixer"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-fixer");
  }

  @Test
  void refusesAnOutputThatExists() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    assertThatThrownBy(
            () -> CleanJob.run(spark, "--input", "x", "--output", dir.resolve("out").toString()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("exists already");
  }

  @Test
  void printsTheCountersMostEditsFirst() {
    CleanJob.Summary summary =
        new CleanJob.Summary(3, 1, Map.of("mojibake", 2L, "glued-words", 5L), List.of("why"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    CleanJob.print(summary, new java.io.PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "textmend: 3 records, 1 failed\n"
                + "  failed: why\n"
                + "  glued-words            5 edits\n"
                + "  mojibake               2 edits\n");
  }

  /** A value cleaned as the command line cleans a JSON field. */
  private static String value(String text) {
    return ValueEnding.keep(TextMend.standard().explain(text)).text();
  }
}
