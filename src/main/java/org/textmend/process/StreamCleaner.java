package org.textmend.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.io.TextChunks;

/**
 * Cleans a text of any size from a stream, in chunks cut at paragraph breaks, so that memory stays
 * bounded by a few chunks: each chunk is cleaned with the paragraphs around it and only its own
 * part of the result is kept (see {@link TextChunks} and {@link ChunkCleaner}). For fixers that
 * decide from a paragraph and its neighbours the result is that of {@link TextMend#clean} on the
 * whole text; fixers that learn from the whole document learn from each chunk instead. Chunks are
 * cleaned in parallel on an executor, if one is given, and written in order. Immutable and
 * thread-safe.
 *
 * <pre>{@code
 * StreamCleaner streams = new StreamCleaner(TextMend.standard());
 * try (Reader in = Files.newBufferedReader(big); Writer out = Files.newBufferedWriter(clean)) {
 *   StreamCleaner.Result result = streams.clean(in, out, executor);
 *   System.out.println(result.edits()); // {whitespace=1200, glued-words=35}
 * }
 * }</pre>
 */
public final class StreamCleaner {

  /**
   * What cleaning a stream did.
   *
   * @param changed whether the text changed
   * @param chunks how many chunks it was cleaned in
   * @param edits edits per fixer, added up over the chunks in the order fixers first made one
   */
  public record Result(boolean changed, long chunks, Map<String, Integer> edits) {
    public Result {
      edits = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(edits));
    }
  }

  private final TextMend mend;
  private final int chunkSize;
  private final int contextSize;

  /** Cleans with chunks of {@link TextChunks#DEFAULT_CHUNK_SIZE} characters. */
  public StreamCleaner(TextMend mend) {
    this(mend, TextChunks.DEFAULT_CHUNK_SIZE, TextChunks.DEFAULT_CONTEXT_SIZE);
  }

  /**
   * @param chunkSize the largest body of a chunk, in characters (at least 16)
   * @param contextSize the least context before and after a body, in characters
   */
  public StreamCleaner(TextMend mend, int chunkSize, int contextSize) {
    if (chunkSize < 16 || contextSize < 0) {
      throw new IllegalArgumentException(
          "bad chunk size " + chunkSize + " or context " + contextSize);
    }
    this.mend = Objects.requireNonNull(mend, "mend");
    this.chunkSize = chunkSize;
    this.contextSize = contextSize;
  }

  /**
   * Cleans the text of {@code in} to {@code out}, the chunks cleaned on {@code executor} (or on
   * this thread when it is {@code null}). Neither stream is closed; {@code out} is flushed.
   *
   * @throws IOException when reading or writing fails, or {@code in} holds a lone surrogate
   */
  public Result clean(Reader in, Writer out, @Nullable Executor executor) throws IOException {
    TextChunks chunks =
        new TextChunks(
            new byte[0],
            0,
            new ReaderBytes(in),
            StandardCharsets.UTF_8,
            true,
            chunkSize,
            contextSize);
    return run(
        chunks, StandardCharsets.UTF_8, executor, part -> out.write(part.text()), out::flush);
  }

  /**
   * Cleans the text of {@code in}, read in {@code charset}, to {@code out} in the same charset
   * ({@code UTF-16} and {@code UTF-32} are written big-endian after a byte order mark, as Java's
   * encoders write them); neither stream is closed, {@code out} is flushed.
   *
   * @throws org.textmend.io.UndecodableInputException at a byte not valid in {@code charset}
   * @throws org.textmend.io.UnencodableTextException when the charset cannot hold the result
   * @throws IOException when reading or writing fails
   */
  public Result clean(
      InputStream in, Charset charset, OutputStream out, @Nullable Executor executor)
      throws IOException {
    TextChunks chunks = new TextChunks(new byte[0], 0, in, charset, false, chunkSize, contextSize);
    return run(chunks, charset, executor, part -> out.write(part.bytes()), out::flush);
  }

  private interface Flush {
    void flush() throws IOException;
  }

  private Result run(
      TextChunks chunks,
      Charset charset,
      @Nullable Executor executor,
      OrderedParts.Sink<ChunkCleaner.Part> writer,
      Flush flush)
      throws IOException {
    int inFlight = executor == null ? 1 : Runtime.getRuntime().availableProcessors() + 1;
    OrderedParts<ChunkCleaner.Part> parts =
        new OrderedParts<>(source(chunks, charset), OrderedParts.Workers.of(executor), inFlight);
    Totals totals = new Totals();
    parts.drain(
        part -> {
          writer.accept(part);
          totals.add(part);
        });
    flush.flush();
    return new Result(totals.changed, totals.chunks, totals.edits);
  }

  /** What the chunks written so far added up to. */
  private static final class Totals {
    final Map<String, Integer> edits = new LinkedHashMap<>();
    boolean changed;
    long chunks;

    void add(ChunkCleaner.Part part) {
      changed |= part.changed();
      part.edits().forEach((fixer, n) -> edits.merge(fixer, n, Integer::sum));
      chunks++;
    }
  }

  private OrderedParts.Source<ChunkCleaner.Part> source(TextChunks chunks, Charset charset) {
    return new OrderedParts.Source<>() {
      @Override
      public @Nullable Callable<ChunkCleaner.Part> next() throws IOException {
        TextChunks.Chunk chunk = chunks.next();
        if (chunk == null) {
          return null;
        }
        Charset encoding = chunk.first() ? charset : ChunkCleaner.withoutMark(charset);
        return () -> ChunkCleaner.clean(mend, chunk, "", encoding, encoding, false, false);
      }

      @Override
      public long bytesRead() {
        return chunks.bytesRead();
      }
    };
  }
}
