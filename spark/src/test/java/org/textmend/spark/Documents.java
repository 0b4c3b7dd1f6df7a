package org.textmend.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.sql.SparkSession;
import org.textmend.cli.Main;
import org.textmend.process.Json;

/**
 * Documents written for these tests, each with a kind of damage textmend repairs, and the command
 * line run in-process to say what the output must be.
 */
final class Documents {

  /** A page under a crawl stamp and a source line, with two sentences glued at the full stop. */
  static final String STAMPED =
      " date 2023-05-02 2023/05/02 | 08:10 - Source: Ellery Coast Gazette\n\n"
          + "Lighthouse keepers return to Port Ellery\n"
          + "The old lighthouse on the northern cape was repainted this spring.Volunteers from the"
          + " village spent six weekends on the scaffolding.\n";

  /** UTF-8 read as Windows-1252 once. */
  static final String MOJIBAKE =
      "The cafÃ© on the quay serves fresh bread every morning, and the ownerâ€™s daughter bakes"
          + " the rolls.";

  /** HTML entities left in the text. */
  static final String ENTITIES = "Tickets cost &pound;12 for adults &amp; &pound;6 for children.";

  /** Words that lost the space between them. */
  static final String GLUED =
      "The museum reopened after a longrestoration of its westernwing and its gardens.";

  /** Nothing to repair. */
  static final String CLEAN = "A quiet afternoon at the harbour, and the ferry on time.";

  static final List<String> ALL = List.of(STAMPED, MOJIBAKE, ENTITIES, GLUED, CLEAN);

  private Documents() {}

  /**
   * JSON Lines of the documents, twice over with other ids, with a blank line, a line that is not
   * JSON, and a line ending in CR LF among them.
   */
  static String jsonLines() {
    List<String> lines = new ArrayList<>();
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < ALL.size(); i++) {
        int id = round * ALL.size() + i;
        lines.add(
            "{\"id\": "
                + id
                + ", \"url\": \"http://site-"
                + round
                + ".example/page/"
                + i
                + "\", \"text\": "
                + Json.quote(ALL.get(i))
                + "}");
      }
    }
    lines.add(3, "");
    lines.add(6, "this line is not a JSON object");
    lines.set(8, lines.get(8) + "\r");
    return String.join("\n", lines) + "\n";
  }

  /** Writes the documents as text files {@code doc-N.txt} into {@code folder}. */
  static void writeTextFiles(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int i = 0; i < ALL.size(); i++) {
      Files.writeString(folder.resolve("doc-" + i + ".txt"), ALL.get(i) + "\n");
    }
  }

  /**
   * What {@code textmend ARGS} writes to standard output, run in this JVM; it must exit with {@code
   * expected} (3 when a JSON line was passed through unread).
   */
  static byte[] commandLine(int expected, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(new byte[0]), out, err, args);
    if (code != expected) {
      throw new AssertionError(
          "textmend exited with " + code + ": " + err.toString(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  /**
   * Runs the job with input splits of at most {@code maxSplit} bytes, so that the records of one
   * file are counted and cleaned by several tasks, as on a cluster.
   */
  static void runInSmallSplits(SparkSession spark, long maxSplit, String... args)
      throws IOException {
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    conf.setLong(MAX_SPLIT, maxSplit);
    try {
      CleanJob.run(spark, args);
    } finally {
      conf.unset(MAX_SPLIT);
    }
  }

  private static final String MAX_SPLIT = "mapreduce.input.fileinputformat.split.maxsize";

  /** The part files of a job's output folder, concatenated in order. */
  static byte[] partFiles(Path folder) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path part :
          files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        all.write(Files.readAllBytes(part));
      }
    }
    return all.toByteArray();
  }
}
