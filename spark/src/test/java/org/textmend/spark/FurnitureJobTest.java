package org.textmend.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textmend.process.PipelineSpec;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;

/** Learned furniture on Spark, against the command line on the same documents. */
class FurnitureJobTest {

  private final SparkSession spark = SharedSpark.session();

  @TempDir Path dir;

  @Test
  void jsonLinesGroupedByUrlComeOutAsTheCommandLineWritesThem() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(input, Sites.jsonLines());
    byte[] expected = Documents.commandLine(0, "--jsonl", "--group-by", "url", input.toString());
    String cli = new String(expected, StandardCharsets.UTF_8);
    // the command line learned both sites' menus and footers and left the clean page alone
    assertThat(cli)
        .doesNotContain(Sites.HARBOUR_MENU, Sites.HILL_MENU, Sites.HILL_FOOTER)
        .contains("The ferry was the talk", "reading room at the old mill");

    // small splits: the pages of one site are counted and cleaned by several tasks
    Documents.runInSmallSplits(
        spark,
        2000,
        "--input",
        input.toString(),
        "--group-by",
        "url",
        "--output",
        dir.resolve("out").toString());

    assertThat(Documents.partFiles(dir.resolve("out"))).isEqualTo(expected);
    assertThat(Files.list(dir.resolve("out")).filter(p -> p.toString().contains("part-")))
        .hasSizeGreaterThan(1);
  }

  @Test
  void noLearnLeavesTheFurniture() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(input, Sites.jsonLines());
    // The single-page rules are skipped: they would take the menus by their shape.
    byte[] expected =
        Documents.commandLine(
            0,
            "--jsonl",
            "--group-by",
            "url",
            "--no-learn",
            "--skip",
            "boilerplate,breadcrumbs",
            input.toString());

    CleanJob.run(
        spark,
        "--input",
        input.toString(),
        "--group-by",
        "url",
        "--no-learn",
        "--skip",
        "boilerplate,breadcrumbs",
        "--output",
        dir.resolve("out").toString());

    byte[] out = Documents.partFiles(dir.resolve("out"));
    assertThat(out).isEqualTo(expected);
    assertThat(new String(out, StandardCharsets.UTF_8)).contains(Sites.HILL_MENU);
  }

  @Test
  void aProfileLearnedByTheJobIsTheOneTextmendLearnWrites() throws IOException {
    Path crawl = dir.resolve("crawl");
    Sites.writeFolders(crawl);
    Path file = dir.resolve("cli.furniture");
    Documents.commandLine(0, "learn", "-o", file.toString(), crawl.toString());

    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration conf = context.hadoopConfiguration();
    TextSources sources =
        new TextSources(crawl.toString(), TextFiles.qualified(crawl.toString(), conf));
    // the job's first pass, with the job's setting that lists the files of subfolders
    String recursive = "mapreduce.input.fileinputformat.input.dir.recursive";
    conf.setBoolean(recursive, true);
    FurnitureProfile learned;
    try {
      learned =
          FurnitureProfile.learn(
              FirstPass.textFiles(context.binaryFiles(crawl.toString(), 3), sources)._2(),
              FurnitureThresholds.DEFAULTS);
    } finally {
      conf.unset(recursive);
    }

    assertThat(learned.sources())
        .containsExactlyInAnyOrder(
            crawl.resolve("harbour").toString(),
            crawl.resolve("hill").toString(),
            crawl.resolve("mill").toString());
    assertThat(learned.isFurniture(crawl.resolve("hill").toString(), Sites.HILL_MENU)).isTrue();
    // the sources come in the order the tasks merged them: the same blocks, perhaps reordered
    assertThat(sourceBlocks(learned.toText()))
        .isEqualTo(sourceBlocks(Files.readString(file, StandardCharsets.UTF_8)));
  }

  @Test
  void textFilesAreCleanedWithTheFurnitureOfTheirFolder() throws IOException {
    Path crawl = dir.resolve("crawl");
    Sites.writeFolders(crawl);
    // The single-page rules are skipped, so that the learned furniture is what goes.
    Documents.commandLine(
        0,
        "--quiet",
        "--skip",
        "boilerplate,breadcrumbs",
        "--output-dir",
        dir.resolve("cli").toString(),
        crawl.toString());

    CleanJob.Summary summary =
        CleanJob.run(
            spark,
            "--format",
            "text",
            "--skip",
            "boilerplate,breadcrumbs",
            "--input",
            crawl.toString(),
            "--output",
            dir.resolve("out").toString());

    assertThat(summary.records()).isEqualTo(2 * Sites.PAGES + 1);
    assertThat(summary.edits()).containsKey("learned-furniture");
    for (String name : List.of("harbour/page-0.txt", "hill/page-11.txt", "mill/open-day.txt")) {
      assertThat(dir.resolve("out").resolve(name))
          .as(name)
          .hasSameBinaryContentAs(dir.resolve("cli").resolve(name));
    }
    assertThat(dir.resolve("out").resolve("hill/page-3.txt"))
        .content()
        .doesNotContain(Sites.HILL_MENU);
  }

  @Test
  void aProfileFileIsApplied() throws IOException {
    Path crawl = dir.resolve("crawl");
    Sites.writeFolders(crawl);
    Path file = dir.resolve("harbour.furniture");
    Documents.commandLine(0, "learn", "-o", file.toString(), crawl.resolve("harbour").toString());
    Path input = dir.resolve("harbour.jsonl");
    Files.writeString(input, Sites.harbourJsonLines());
    // one source in the profile: it applies to every record, as on the command line
    byte[] expected =
        Documents.commandLine(0, "--jsonl", "--furniture", file.toString(), input.toString());
    assertThat(new String(expected, StandardCharsets.UTF_8)).doesNotContain(Sites.HARBOUR_MENU);

    CleanJob.run(
        spark,
        "--input",
        input.toString(),
        "--furniture",
        file.toString(),
        "--output",
        dir.resolve("out").toString());

    assertThat(Documents.partFiles(dir.resolve("out"))).isEqualTo(expected);
  }

  @Test
  void refusesAProfileThatIsNoProfile() throws IOException {
    Path file = dir.resolve("not.furniture");
    Files.writeString(file, "menu\n");
    assertThatThrownBy(
            () ->
                CleanJob.run(
                    spark,
                    "--input",
                    dir.toString(),
                    "--furniture",
                    file.toString(),
                    "--output",
                    dir.resolve("out").toString()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("textmend learn");
  }

  @Test
  void refusesGroupingTextFilesAndABadThreshold() {
    String out = dir.resolve("out").toString();
    assertThatThrownBy(
            () ->
                CleanJob.run(
                    spark, "--format=text", "--input", "in", "--group-by", "url", "--output", out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--group-by works only with");
    assertThatThrownBy(
            () ->
                CleanJob.run(spark, "--input", "in", "--furniture-min-docs", "1", "--output", out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--furniture-min-docs and --furniture-min-share");
  }

  @Test
  void aDatasetIsCleanedWithTheFurnitureOfEachRowsSource() throws IOException {
    Path input = dir.resolve("pages.jsonl");
    Files.writeString(input, Sites.jsonLines());
    Path cli = dir.resolve("cli.jsonl");
    Files.write(cli, Documents.commandLine(0, "--jsonl", "--group-by", "url", input.toString()));
    Dataset<Row> pages = spark.read().json(input.toString()).select("url", "text");

    FurnitureProfile profile =
        TextMendSpark.learn(pages, "url", FurnitureThresholds.DEFAULTS, "text");
    Dataset<Row> cleaned =
        TextMendSpark.clean(pages, PipelineSpec.defaults(), profile, "url", null, "text");

    assertThat(texts(cleaned)).isEqualTo(texts(spark.read().json(cli.toString())));
  }

  private static List<String> texts(Dataset<Row> data) {
    List<String> texts = new ArrayList<>();
    for (Row row : data.select("text").collectAsList()) {
      texts.add(row.getString(0));
    }
    return texts;
  }

  /** The blocks of a profile's text, each a source line and its furniture lines, sorted. */
  private static List<String> sourceBlocks(String profile) {
    List<String> blocks = new ArrayList<>();
    StringBuilder block = new StringBuilder();
    for (String line : profile.lines().toList()) {
      if (line.startsWith("source\t") && !block.isEmpty()) {
        blocks.add(block.toString());
        block.setLength(0);
      }
      block.append(line).append('\n');
    }
    blocks.add(block.toString());
    String head = blocks.remove(0);
    blocks.sort(null);
    blocks.add(0, head);
    assertThat(blocks).hasSizeGreaterThan(1);
    return blocks;
  }
}
