package org.textmend.spark;

import java.io.ByteArrayOutputStream;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.jspecify.annotations.Nullable;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.MetadataSource;
import scala.Tuple2;

/**
 * Cleans a partition of JSON Lines with the library's {@link JsonLinesCleaner}, a block of about a
 * megabyte of lines at a time, as the command line does: the lines come out byte for byte as {@code
 * textmend --jsonl} writes them (a line that is not a JSON object passes unchanged and is counted
 * as failed). Lines arrive as raw bytes split at {@code \n} only, so a {@code \r} before it and
 * bytes that are not UTF-8 are kept. With a furniture profile, each line is cleaned with the
 * furniture of its source, as {@code textmend --jsonl --group-by} does. Serializable; immutable.
 */
final class JsonLinesPartition
    implements FlatMapFunction<Iterator<Tuple2<LongWritable, Text>>, Text> {

  private static final long serialVersionUID = 1L;

  private final SourceMends mends;
  private final @Nullable String groupBy;
  private final List<String> fields;
  private final boolean extractMetadata;
  private final JobCounters counters;

  /**
   * @param mends the pipelines, with the learned furniture of each source when there is a profile
   * @param groupBy the field naming a line's source, as for {@code --group-by}, or {@code null}
   */
  JsonLinesPartition(
      SourceMends mends,
      @Nullable String groupBy,
      List<String> fields,
      boolean extractMetadata,
      JobCounters counters) {
    this.mends = mends;
    this.groupBy = groupBy;
    this.fields = List.copyOf(fields);
    this.extractMetadata = extractMetadata;
    this.counters = counters;
  }

  @Override
  public Iterator<Text> call(Iterator<Tuple2<LongWritable, Text>> lines) {
    JsonLinesCleaner cleaner =
        new JsonLinesCleaner(
                mends.plain(),
                fields,
                extractMetadata ? MetadataSource.installed() : List.of(),
                false)
            .groupedBy(groupBy, mends::forSource);
    return new Blocks(cleaner, lines);
  }

  /** The cleaned lines of a partition, cleaned a block at a time as they are asked for. */
  private final class Blocks implements Iterator<Text> {
    private final JsonLinesCleaner cleaner;
    private final Iterator<Tuple2<LongWritable, Text>> lines;
    private final ArrayDeque<Text> ready = new ArrayDeque<>();
    private final ArrayDeque<Long> offsets = new ArrayDeque<>();
    private Tuple2<LongWritable, Text> pending;
    private int failedInTask;

    Blocks(JsonLinesCleaner cleaner, Iterator<Tuple2<LongWritable, Text>> lines) {
      this.cleaner = cleaner;
      this.lines = lines;
    }

    @Override
    public boolean hasNext() {
      if (ready.isEmpty()) {
        fill();
      }
      return !ready.isEmpty();
    }

    @Override
    public Text next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return ready.removeFirst();
    }

    /** Cleans the next block of lines; one at the start of a file makes a block of its own. */
    private void fill() {
      ByteArrayOutputStream block = new ByteArrayOutputStream(JsonLinesCleaner.BLOCK_SIZE + 4096);
      offsets.clear();
      boolean fileStart = false;
      while (block.size() < JsonLinesCleaner.BLOCK_SIZE && (pending != null || lines.hasNext())) {
        Tuple2<LongWritable, Text> line = pending != null ? pending : lines.next();
        pending = null;
        long offset = line._1().get();
        if (offset == 0 && !offsets.isEmpty()) {
          pending = line; // Hadoop reuses the objects: the line is still intact until next()
          break;
        }
        fileStart |= offset == 0;
        Text text = line._2();
        block.write(text.getBytes(), 0, text.getLength());
        block.write('\n');
        offsets.addLast(offset);
      }
      if (offsets.isEmpty()) {
        return;
      }
      byte[] bytes = block.toByteArray();
      JsonLinesCleaner.Block cleaned = cleaner.clean("", bytes, 0, bytes.length, 1, fileStart);
      counters.edits.addAll(cleaned.edits());
      List<Long> starts = List.copyOf(offsets);
      for (JsonLinesCleaner.MalformedLine bad : cleaned.malformed()) {
        long at = starts.get((int) bad.line() - 1);
        counters.fail("byte " + at + ": " + bad.description(), failedInTask++);
      }
      split(cleaned.bytes());
    }

    /** Hands the cleaned block out again as lines, without their {@code \n}. */
    private void split(byte[] bytes) {
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          Text line = new Text();
          line.set(bytes, start, i - start);
          ready.addLast(line);
          start = i + 1;
        }
      }
      counters.records.add(countRecords()); // blank lines are not records, as for the command line
    }

    private long countRecords() {
      long count = 0;
      for (Text line : ready) {
        if (!isBlank(line)) {
          count++;
        }
      }
      return count;
    }
  }

  private static boolean isBlank(Text line) {
    byte[] bytes = line.getBytes();
    for (int i = 0; i < line.getLength(); i++) {
      if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') {
        return false;
      }
    }
    return true;
  }
}
