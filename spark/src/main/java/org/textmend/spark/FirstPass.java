package org.textmend.spark;

import java.util.List;
import java.util.Set;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;
import org.textmend.io.TextDecoder;
import org.textmend.process.JsonLinesSources;
import org.textmend.process.furniture.FurnitureCounts;
import scala.Tuple2;

/**
 * The first pass of learned furniture: each partition counts the lines of its documents per source
 * in a {@link FurnitureCounts} of bounded size, and the tables are merged pairwise with {@code
 * treeReduce}, so the driver receives a handful of tables rather than one per partition. What a
 * document is and which source it belongs to follow the command line. Stateless.
 */
final class FirstPass {

  /** How deep the merge tree is: enough that no node merges more than a few dozen tables. */
  private static final int DEPTH = 3;

  private FirstPass() {}

  /**
   * Counts JSON Lines: each object is one document of the source its string field {@code groupBy}
   * names, its fields {@code fields} its text ({@link JsonLinesSources#count}); lines that are not
   * objects are left out.
   */
  static FurnitureCounts jsonLines(
      JavaPairRDD<LongWritable, Text> lines, List<String> fields, String groupBy) {
    Set<String> names = Set.copyOf(fields);
    return merge(
        lines.mapPartitions(
            part -> {
              FurnitureCounts counts = new FurnitureCounts();
              while (part.hasNext()) {
                String line = part.next()._2().toString();
                JsonLinesSources.count(counts, line, names, groupBy, "");
              }
              return List.of(counts).iterator();
            }));
  }

  /**
   * Counts text files, one document each, of the source {@code sources} names; returns the number
   * of files too, as the command line learns only from a batch of two or more. A file that cannot
   * be decoded is left out here; the second pass reports it. {@code files} has a partition or more.
   */
  static Tuple2<Long, FurnitureCounts> textFiles(
      JavaPairRDD<String, PortableDataStream> files, TextSources sources) {
    return files
        .mapPartitions(
            part -> {
              FurnitureCounts counts = new FurnitureCounts();
              TextDecoder decoder = new TextDecoder(null);
              long n = 0;
              while (part.hasNext()) {
                Tuple2<String, PortableDataStream> file = part.next();
                n++;
                try {
                  String text = decoder.decode(file._2().toArray()).text();
                  counts.addDocument(sources.of(file._1()), text);
                } catch (RuntimeException e) {
                  // counted as failed when the file is cleaned
                }
              }
              return List.of(new Tuple2<>(n, counts)).iterator();
            })
        .treeReduce(
            (a, b) -> {
              a._2().merge(b._2());
              return new Tuple2<>(a._1() + b._1(), a._2());
            },
            DEPTH);
  }

  /**
   * Counts rows: the non-null values of {@code columns} (string columns), each followed by a line
   * break, are one document of the source in column {@code source} ({@code ""} when it is null).
   */
  static FurnitureCounts rows(Dataset<Row> data, int source, int[] columns) {
    return merge(
        data.javaRDD()
            .mapPartitions(
                part -> {
                  FurnitureCounts counts = new FurnitureCounts();
                  StringBuilder text = new StringBuilder();
                  while (part.hasNext()) {
                    Row row = part.next();
                    text.setLength(0);
                    for (int c : columns) {
                      Object value = row.get(c);
                      if (value != null) {
                        text.append((String) value).append('\n');
                      }
                    }
                    if (!text.isEmpty()) {
                      counts.addDocument(sourceOf(row, source), text);
                    }
                  }
                  return List.of(counts).iterator();
                }));
  }

  /** The source of {@code row}: its column {@code source} as a URL's host, or {@code ""}. */
  static String sourceOf(Row row, int source) {
    @Nullable Object value = source < 0 ? null : row.get(source);
    return value == null ? "" : JsonLinesSources.sourceOf((String) value);
  }

  private static FurnitureCounts merge(JavaRDD<FurnitureCounts> tables) {
    if (tables.partitions().isEmpty()) {
      return new FurnitureCounts(); // no input: nothing to learn (treeReduce needs one table)
    }
    return tables.treeReduce(
        (a, b) -> {
          a.merge(b);
          return a;
        },
        DEPTH);
  }
}
