package org.textmend.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.process.PipelineSpec;
import org.textmend.process.ValueEnding;

/** The Dataset API and the SQL function, in local mode. */
class TextMendSparkTest {

  private static final StructType PAGES =
      new StructType()
          .add("id", DataTypes.IntegerType)
          .add("title", DataTypes.StringType)
          .add("text", DataTypes.StringType);

  private final SparkSession spark = SharedSpark.session();

  private Dataset<Row> pages(Object[]... rows) {
    return spark.createDataFrame(Arrays.stream(rows).map(RowFactory::create).toList(), PAGES);
  }

  @Test
  void cleansTheNamedColumnsAndKeepsTheOthers() {
    Dataset<Row> data =
        pages(
            new Object[] {1, "Museum longrestoration", Documents.GLUED},
            new Object[] {2, null, Documents.MOJIBAKE});

    List<Row> rows = TextMendSpark.clean(data, "text").collectAsList(); // in input order

    assertThat(rows.get(0).toSeq().toList().length()).isEqualTo(4);
    assertThat(rows.get(0).getString(1)).isEqualTo("Museum longrestoration");
    assertThat(rows.get(0).getString(2)).isEqualTo(value(Documents.GLUED));
    assertThat(rows.get(1).getString(1)).isNull();
    assertThat(rows.get(1).getString(2)).isEqualTo(value(Documents.MOJIBAKE));
    assertThat(rows).extracting(row -> row.get(3)).containsOnlyNulls();
  }

  @Test
  void aRecordThatFailsLandsInTheErrorColumnAndTheOthersAreCleaned() {
    PipelineSpec failing = PipelineSpec.defaults().withFix(List.of(FailingFixer.NAME));
    String broken =
        "A line the test fixer trips on " + FailingFixer.TRIGGER + " with a longrestoration.";
    Dataset<Row> data =
        pages(
            new Object[] {1, "Fine", Documents.ENTITIES},
            new Object[] {2, "Trips", broken},
            new Object[] {3, "Fine", Documents.GLUED});

    List<Row> rows = TextMendSpark.clean(data, failing, "title", "text").collectAsList();

    assertThat(rows).hasSize(3);
    assertThat(rows.get(1).getString(2)).isEqualTo(broken);
    assertThat(rows.get(1).getString(3))
        .isEqualTo("text: IllegalStateException: the test fixer was asked to fail");
    assertThat(rows.get(0).getString(2)).isEqualTo(value(Documents.ENTITIES));
    assertThat(rows.get(2).getString(2)).isEqualTo(value(Documents.GLUED));
    assertThat(rows.get(0).get(3)).isNull();
  }

  @Test
  void theSqlFunctionCleansAValue() {
    TextMendSpark.register(spark);
    pages(new Object[] {1, "t", Documents.ENTITIES}, new Object[] {2, "t", null})
        .createOrReplaceTempView("pages");

    List<Row> rows = spark.sql("SELECT textmend(text) FROM pages").collectAsList();

    assertThat(rows).extracting(row -> row.get(0)).containsExactly(value(Documents.ENTITIES), null);
  }

  @Test
  void protectedWordsReachTheExecutors() {
    Dataset<Row> data = pages(new Object[] {1, "t", Documents.GLUED});
    PipelineSpec spec = PipelineSpec.defaults().withProtect(List.of("longrestoration"));

    Row row = TextMendSpark.clean(data, spec, "text").first();

    assertThat(row.getString(2)).contains("longrestoration");
    // the default pipeline splits it: the protection, not the engine, kept it whole
    assertThat(TextMendSpark.clean(data, "text").first().getString(2)).contains("long restoration");
  }

  @Test
  void refusesAColumnThatIsNotText() {
    assertThatThrownBy(() -> TextMendSpark.clean(pages(), "id"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column id is int, not a string");
    assertThatThrownBy(() -> TextMendSpark.clean(pages(), "body"))
        .hasMessageStartingWith("no column body");
  }

  private static String value(String text) {
    return ValueEnding.keep(TextMend.standard().explain(text)).text();
  }
}
