package org.textmend.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.pipeline.ExplainedText;

/**
 * Cleans JSON Lines: in each line's object, the string values of the chosen top-level fields are
 * cleaned; everything else, key order, spacing and escapes included, is kept byte for byte, and a
 * line whose fields need nothing comes out identical. A line that is not a JSON object (or not
 * UTF-8) is passed through unchanged and reported in the result as a {@link MalformedLine}; blank
 * lines pass silently. Immutable and thread-safe.
 *
 * <pre>{@code
 * JsonLinesCleaner cleaner = new JsonLinesCleaner(TextMend.standard(), List.of("text", "title"));
 * JsonLinesCleaner.Block result = cleaner.clean(in, out, executor);  // any size, in parallel
 * result.malformed().forEach(bad -> log.warn("line {}: {}", bad.line(), bad.description()));
 * }</pre>
 */
public final class JsonLinesCleaner {

  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  /** The bytes of lines read and cleaned at a time when cleaning a stream. */
  public static final int BLOCK_SIZE = 1 << 20;

  /**
   * A line passed through unchanged because it is not a JSON object or not UTF-8.
   *
   * @param line its number, from 1
   * @param column where in it the JSON goes wrong, from 1, in characters; 0 when it is not UTF-8
   * @param reason what is wrong, such as {@code expected '{'}
   */
  public record MalformedLine(long line, int column, String reason) {
    /** {@code not valid UTF-8}, or {@code not a JSON object (expected '{')}. */
    public String description() {
      return column == 0 ? reason : "not a JSON object (" + reason + ")";
    }
  }

  /**
   * An {@code --explain} line for an edit made on line {@code line}, as {@link ExplainFormat}
   * writes it: {@code label:line:field:line:column fixer "before" → "after"}.
   */
  public record Explanation(long line, String text) {}

  /**
   * What cleaning a block of lines gave.
   *
   * @param bytes the lines as they are to be written
   * @param changed whether any line changed
   * @param lines how many lines the block held
   * @param edits edits per fixer, in the order fixers first appeared
   * @param explanations one per edit when asked for, in line order
   * @param malformed the lines passed through because they could not be read, in line order
   * @param furniture the furniture removed per source ({@code ""} without {@code groupBy}), each
   *     line that holds an object one document
   */
  public record Block(
      byte[] bytes,
      boolean changed,
      long lines,
      Map<String, Integer> edits,
      List<Explanation> explanations,
      List<MalformedLine> malformed,
      Map<String, FurnitureTally.Source> furniture) {

    public Block {
      edits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edits));
      furniture = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(furniture));
      explanations = List.copyOf(explanations);
      malformed = List.copyOf(malformed);
    }
  }

  private final TextMend mend;
  private final Set<String> fields;
  private final List<MetadataSource> metadata;
  private final boolean explain;
  private final @Nullable String groupBy;
  private final Function<String, TextMend> mends;

  /** Cleans the string values of {@code fields}. */
  public JsonLinesCleaner(TextMend mend, List<String> fields) {
    this(mend, fields, List.of(), false);
  }

  /**
   * @param fields the names of the top-level fields to clean
   * @param metadata where to read the title and date of a header a fixer removed from a field (such
   *     as {@link MetadataSource#installed()}); empty to add none
   * @param explain whether to describe every edit in {@link Block#explanations()}
   */
  public JsonLinesCleaner(
      TextMend mend, List<String> fields, List<MetadataSource> metadata, boolean explain) {
    this(mend, fields, metadata, explain, null, source -> mend);
  }

  private JsonLinesCleaner(
      TextMend mend,
      Collection<String> fields,
      List<MetadataSource> metadata,
      boolean explain,
      @Nullable String groupBy,
      Function<String, TextMend> mends) {
    this.mend = Objects.requireNonNull(mend, "mend");
    this.fields = new LinkedHashSet<>(fields);
    this.metadata = List.copyOf(metadata);
    this.explain = explain;
    this.groupBy = groupBy;
    this.mends = mends;
  }

  /**
   * This cleaner, cleaning each line with the pipeline {@code mends} gives for the line's source:
   * the value of its string field {@code groupBy} (a URL stands for its host, see {@link
   * JsonLinesSources#sourceOf(String)}), or {@code ""} when it has none or {@code groupBy} is null.
   * For learned furniture: {@code mends} builds a pipeline with {@link TextMend.Builder#furniture}
   * per source.
   */
  public JsonLinesCleaner groupedBy(@Nullable String groupBy, Function<String, TextMend> mends) {
    return new JsonLinesCleaner(
        mend, fields, metadata, explain, groupBy, Objects.requireNonNull(mends, "mends"));
  }

  /**
   * Cleans JSON Lines of any size from {@code in} to {@code out}, a block of lines at a time, the
   * blocks cleaned on {@code executor} (or on this thread when it is {@code null}) and written in
   * order. Memory stays bounded by a few blocks. Returns what the whole input gave, except the
   * bytes (which went to {@code out}).
   *
   * @throws IOException when reading or writing fails
   */
  public Block clean(InputStream in, OutputStream out, @Nullable Executor executor)
      throws IOException {
    LineBlocks blocks = new LineBlocks(new byte[0], in, BLOCK_SIZE);
    int inFlight = executor == null ? 1 : Runtime.getRuntime().availableProcessors() + 1;
    OrderedParts<Block> parts =
        new OrderedParts<>(blockSource("", blocks), OrderedParts.Workers.of(executor), inFlight);
    Accumulator total = new Accumulator();
    parts.drain(
        block -> {
          out.write(block.bytes());
          total.add(block);
        });
    out.flush();
    return total.block();
  }

  /** The tasks that clean the blocks of {@code blocks}, which are lines of {@code label}. */
  public OrderedParts.Source<Block> blockSource(String label, LineBlocks blocks) {
    return new OrderedParts.Source<>() {
      @Override
      public @Nullable Callable<Block> next() throws IOException {
        LineBlocks.Block block = blocks.next();
        if (block == null) {
          return null;
        }
        byte[] bytes = block.bytes();
        return () -> clean(label, bytes, 0, bytes.length, block.firstLine(), block.fileStart());
      }

      @Override
      public long bytesRead() {
        return blocks.bytesRead();
      }
    };
  }

  /** Adds up the blocks of one input, keeping no bytes. Not thread-safe. */
  private static final class Accumulator {
    private final Map<String, Integer> edits = new LinkedHashMap<>();
    private final List<Explanation> explanations = new ArrayList<>();
    private final List<MalformedLine> malformed = new ArrayList<>();
    private final FurnitureTally furniture = new FurnitureTally();
    private boolean changed;
    private long lines;

    /** Adds the counts of {@code block}. */
    void add(Block block) {
      changed |= block.changed();
      lines += block.lines();
      block.furniture().forEach(furniture::add);
      block.edits().forEach((fixer, count) -> edits.merge(fixer, count, Integer::sum));
      explanations.addAll(block.explanations());
      malformed.addAll(block.malformed());
    }

    /** What the blocks added so far gave, without bytes. */
    Block block() {
      return new Block(
          new byte[0], changed, lines, edits, explanations, malformed, furniture.sources());
    }
  }

  /**
   * Cleans the whole lines in {@code data[from, to)}, the first of which is line {@code firstLine}
   * of {@code label} (the name {@link Block#explanations()} give it); {@code fileStart} says
   * whether they start the input (where a byte order mark may stand).
   */
  public Block clean(
      String label, byte[] data, int from, int to, long firstLine, boolean fileStart) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteSink out = new ByteSink(to - from + 64);
    LineResults results = new LineResults(label);
    boolean changed = false;
    int lines = 0;
    long number = firstLine;
    int at = from;
    while (at < to) {
      int newline = indexOf(data, (byte) '\n', at, to);
      int next = newline < 0 ? to : newline + 1;
      int end = newline < 0 ? to : newline;
      if (end > at && data[end - 1] == '\r') {
        end--;
      }
      int start = at;
      if (fileStart && at == 0 && startsWith(data, at, end, UTF8_BOM)) {
        start += UTF8_BOM.length;
      }
      String replaced = line(number, data, start, end, decoder, results);
      if (replaced == null) {
        out.write(data, at, next - at);
      } else {
        changed = true;
        out.write(data, at, start - at);
        out.write(replaced.getBytes(StandardCharsets.UTF_8));
        out.write(data, end, next - end);
      }
      lines++;
      number++;
      at = next;
    }
    return new Block(
        out.toByteArray(),
        changed,
        lines,
        results.edits,
        results.explanations,
        results.malformed,
        results.furniture.sources());
  }

  /** What the lines of a block gave besides their bytes. */
  private static final class LineResults {
    final String label;
    final Map<String, Integer> edits = new LinkedHashMap<>();
    final List<Explanation> explanations = new ArrayList<>();
    final List<MalformedLine> malformed = new ArrayList<>();
    final FurnitureTally furniture = new FurnitureTally();

    LineResults(String label) {
      this.label = label;
    }
  }

  /** The cleaned line, or {@code null} when it stays as it is. */
  private @Nullable String line(
      long number, byte[] data, int start, int end, CharsetDecoder decoder, LineResults results) {
    if (isBlank(data, start, end)) {
      return null;
    }
    String line;
    try {
      line = decoder.decode(ByteBuffer.wrap(data, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      results.malformed.add(new MalformedLine(number, 0, "not valid UTF-8"));
      return null;
    }
    Json.ObjectScan scan;
    try {
      scan = Json.object(line, 0, line.length());
    } catch (Json.MalformedException e) {
      results.malformed.add(new MalformedLine(number, e.column(), e.getMessage()));
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    Map<String, String> found = Map.of();
    String by = groupBy;
    String source = by == null ? "" : JsonLinesSources.source(line, scan, by, "");
    TextMend mend = mends.apply(source);
    long furnitureLines = 0;
    long furnitureCharacters = 0;
    for (Json.Member member : scan.members()) {
      if (!member.isString() || !fields.contains(member.key())) {
        continue;
      }
      String value = Json.decode(line, member.valueStart(), member.valueEnd());
      ExplainedText explained = ValueEnding.keep(mend.explain(value));
      FurnitureTally.Source furniture = FurnitureTally.of(explained);
      furnitureLines += furniture.lines();
      furnitureCharacters += furniture.characters();
      if (found.isEmpty() && !metadata.isEmpty()) {
        found = MetadataSource.read(metadata, explained);
      }
      if (!explained.changed()) {
        continue;
      }
      record(number, member.key(), explained, results);
      if (out == null) {
        out = new StringBuilder(line.length() + 64);
      }
      out.append(line, copied, member.valueStart());
      boolean ascii = Json.isAsciiEscaped(line, member.valueStart(), member.valueEnd());
      Json.quote(explained.text(), ascii, out);
      copied = member.valueEnd();
    }
    results.furniture.add(source, furnitureLines, furnitureCharacters);
    String added = added(line, scan, found);
    if (out == null && added.isEmpty()) {
      return null;
    }
    if (out == null) {
      out = new StringBuilder(line.length() + added.length());
    }
    out.append(line, copied, scan.close()).append(added).append(line, scan.close(), line.length());
    return out.toString();
  }

  /** Counts the edits of one field, and describes them when asked to. */
  private void record(long number, String field, ExplainedText explained, LineResults results) {
    explained
        .editCounts()
        .forEach((fixer, count) -> results.edits.merge(fixer, count, Integer::sum));
    if (explain) {
      List<String> lines = new ArrayList<>();
      ExplainFormat.lines(results.label + ":" + number + ":" + field, explained, lines);
      for (String text : lines) {
        results.explanations.add(new Explanation(number, text));
      }
    }
  }

  /** The members to add for {@code found}: those the object does not have yet. */
  private static String added(String line, Json.ObjectScan scan, Map<String, String> found) {
    if (found.isEmpty()) {
      return "";
    }
    Set<String> present = new LinkedHashSet<>();
    for (Json.Member member : scan.members()) {
      present.add(member.key());
    }
    // follow the line's spacing: {"a": 1, "b": 2} as Python writes it, or {"a":1,"b":2}
    boolean spaced =
        !scan.members().isEmpty() && line.charAt(scan.members().get(0).valueStart() - 1) == ' ';
    StringBuilder out = new StringBuilder();
    boolean first = scan.members().isEmpty();
    for (String field : MetadataSource.FIELDS) {
      String value = found.get(field);
      if (value == null || value.isEmpty() || present.contains(field)) {
        continue;
      }
      if (!first) {
        out.append(spaced ? ", " : ",");
      }
      first = false;
      Json.quote(field, false, out);
      out.append(spaced ? ": " : ":");
      Json.quote(value, false, out);
    }
    return out.toString();
  }

  private static boolean isBlank(byte[] data, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = data[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static int indexOf(byte[] data, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] data, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
