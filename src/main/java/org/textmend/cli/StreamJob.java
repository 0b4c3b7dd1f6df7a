package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.textmend.cli.FileResult.Stats;
import org.textmend.io.TextChunks;
import org.textmend.io.TextDecoder;
import org.textmend.io.UnencodableTextException;
import org.textmend.lexicon.LineIndex;
import org.textmend.process.ChunkCleaner;
import org.textmend.process.FurnitureTally;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.LineBlocks;
import org.textmend.process.OrderedParts;
import org.textmend.process.TextPositions;

/**
 * Processes one input too large to hold in memory, or of unknown size (standard input, a pipe): it
 * is read in parts (chunks of text cut at paragraph breaks, or blocks of JSON Lines), the parts are
 * cleaned in parallel, and their results are written in order as they come, straight to standard
 * output or to a temporary file that replaces the target at the end. Memory stays bounded by a few
 * parts whatever the size of the input.
 *
 * <p>Runs on the printing thread, which prints the parts' messages as they come; {@code --explain}
 * lines carry the line and column in the whole input. A bad byte or NUL byte found on the way fails
 * the input: a target file is then left untouched, but on standard output the text before it has
 * been written (as with {@code iconv}).
 */
final class StreamJob {

  /** What cleaning one part gave. */
  private record Part(
      byte[] bytes,
      boolean changed,
      Map<String, Integer> edits,
      List<String> messages,
      List<Problem> problems,
      long lines,
      long lineBreaks,
      String text,
      @Nullable UnencodableTextException unencodable,
      long furnitureCharacters,
      Map<String, FurnitureTally.Source> furniture) {}

  /** Submits tasks to the worker threads (or runs them at once with one job). */
  interface Workers extends OrderedParts.Workers {}

  /** Where the parts of an input come from, and the encoding it is read in. */
  private record Opened(OrderedParts.Source<Part> source, String encoding, boolean extraChange) {}

  /** What the parts written so far added up to. */
  private static final class Totals {
    final Map<String, Integer> edits = new LinkedHashMap<>();
    final List<Problem> problems = new ArrayList<>();
    final FurnitureTally furniture = new FurnitureTally();
    long furnitureCharacters;
    boolean changed;
    long lines;
    long cleanedLines = 1;
    @Nullable String failure;
  }

  private final FileProcessor processor;
  private final FileProcessor.Settings settings;
  private final Workers workers;
  private final int inFlight;
  private final int chunkSize;
  private final int contextSize;
  private final PrintWriter out;
  private final PrintWriter err;
  private final OutputStream textOut;
  private final @Nullable Progress progress;

  StreamJob(
      FileProcessor processor,
      Workers workers,
      int inFlight,
      int chunkSize,
      int contextSize,
      PrintWriter out,
      PrintWriter err,
      OutputStream textOut,
      @Nullable Progress progress) {
    this.processor = processor;
    this.settings = processor.settings();
    this.workers = workers;
    this.inFlight = inFlight;
    this.chunkSize = chunkSize;
    this.contextSize = contextSize;
    this.out = out;
    this.err = err;
    this.textOut = textOut;
    this.progress = progress;
  }

  /**
   * Processes {@code input}, whose first bytes {@code head} were read already and whose rest is
   * {@code in}; never throws.
   */
  FileResult run(Input input, byte[] head, InputStream in) {
    String label = input.label();
    try {
      return runChecked(input, head, in);
    } catch (OutOfMemoryError e) {
      return FileResult.failed(label, List.of(), Messages.outOfMemory(label), Stats.NONE);
    } catch (RuntimeException | StackOverflowError e) {
      return FileProcessor.internalError(label, e, settings.stacktrace(), List.of());
    } finally {
      if (!input.isStdin()) {
        try {
          in.close();
        } catch (IOException e) {
          // read-only; nothing was lost
        }
      }
    }
  }

  private FileResult runChecked(Input input, byte[] head, InputStream in) {
    String label = input.label();
    Opened opened;
    try {
      opened = open(label, head, in);
    } catch (IOException e) {
      return FileResult.failed(
          label,
          List.of(),
          Messages.readError(label, e),
          new Stats(0, null, -1, Map.of(), List.of()));
    }
    Sink sink;
    try {
      sink = openSink(input);
    } catch (IOException e) {
      return FileResult.failed(
          label,
          List.of(),
          Messages.writeError(target(input), e, ""),
          new Stats(0, opened.encoding(), -1, Map.of(), List.of()));
    }
    try (sink) {
      return write(input, opened, sink);
    } catch (IOException e) {
      // closing the sink (removing the temporary file) failed
      return FileResult.failed(label, List.of(), Messages.writeError(label, e, ""), Stats.NONE);
    }
  }

  /** Where the parts of {@code label} come from: blocks of lines, or chunks of decoded text. */
  private Opened open(String label, byte[] head, InputStream in) throws IOException {
    JsonLinesCleaner jsonl = settings.jsonl();
    if (jsonl != null) {
      LineBlocks blocks =
          new LineBlocks(head, in, Math.min(chunkSize, JsonLinesCleaner.BLOCK_SIZE));
      return new Opened(lineSource(label, jsonl.blockSource(label, blocks)), "UTF-8", false);
    }
    TextDecoder.Detection detection = processor.decoder().detect(head, head.length);
    Charset input = detection.charset();
    Charset output = settings.outputEncoding() == null ? input : settings.outputEncoding();
    boolean same = output.equals(input);
    boolean bom = detection.byteOrderMarkLength() > 0;
    TextChunks chunks =
        new TextChunks(
            head,
            detection.byteOrderMarkLength(),
            in,
            input,
            detection.mostlyUtf8(),
            chunkSize,
            contextSize);
    TextSource source = new TextSource(label, chunks, input, output, bom && same);
    return new Opened(source, input.name(), bom && !same);
  }

  /** Cleans and writes the parts in order, then puts the result in place. */
  private FileResult write(Input input, Opened opened, Sink sink) throws IOException {
    String label = input.label();
    OrderedParts<Part> parts = new OrderedParts<>(opened.source(), workers, inFlight);
    Totals totals = new Totals();
    totals.changed = opened.extraChange();
    while (true) {
      Part part;
      try {
        part = parts.next();
      } catch (InterruptedException | ExecutionException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        if (cause instanceof OutOfMemoryError oom) {
          throw oom;
        }
        return FileProcessor.internalError(label, cause, settings.stacktrace(), List.of());
      }
      if (part == null) {
        break;
      }
      take(input, part, parts, sink, totals);
    }
    boolean jsonl = settings.jsonl() != null;
    Stats stats =
        new Stats(
            parts.bytesRead(),
            opened.encoding(),
            jsonl ? totals.lines : -1,
            totals.edits,
            totals.problems,
            jsonl
                ? LearnedFurniture.sources(input, totals.furniture.sources())
                : Map.of(LearnedFurniture.source(input), textFurniture(totals)));
    if (totals.failure != null) {
      return FileResult.failed(label, List.of(), totals.failure, stats);
    }
    if (parts.readError() != null) {
      return FileResult.failed(
          label, List.of(), Messages.readError(label, parts.readError()), stats);
    }
    try {
      sink.finish(totals.changed);
    } catch (IOException e) {
      return FileResult.failed(label, List.of(), Messages.writeError(target(input), e, ""), stats);
    }
    return finished(label, opened.encoding(), stats, totals.changed);
  }

  /** The furniture removed from a text read in parts: one document. */
  private static FurnitureTally.Source textFurniture(Totals totals) {
    long lines = 0;
    for (Map.Entry<String, Integer> edit : totals.edits.entrySet()) {
      lines += FurnitureTally.FIXERS.contains(edit.getKey()) ? edit.getValue() : 0;
    }
    return new FurnitureTally.Source(1, lines > 0 ? 1 : 0, lines, totals.furnitureCharacters);
  }

  /** Prints the messages of one part and writes its text, unless an earlier part failed. */
  private void take(Input input, Part part, OrderedParts<Part> parts, Sink sink, Totals totals) {
    if (progress != null) {
      progress.bytesDone(parts.lastBytes());
      if (!part.messages().isEmpty() || settings.mode() == Mode.STDOUT) {
        progress.clear();
      }
    }
    if (totals.failure != null) {
      return; // drain what was started
    }
    if (part.unencodable() != null) {
      UnencodableTextException bad = part.unencodable();
      String at = new TextPositions(part.text(), 0, totals.cleanedLines, 1).at(bad.offset());
      totals.failure = Messages.writeError(input.label(), bad, at + " of the cleaned text");
      parts.stop();
      return;
    }
    for (String message : part.messages()) {
      err.println(message);
    }
    err.flush();
    try {
      sink.write(part.bytes());
    } catch (IOException e) {
      totals.failure = Messages.writeError(target(input), e, "");
      parts.stop();
      return;
    }
    totals.changed |= part.changed();
    part.edits().forEach((fixer, count) -> totals.edits.merge(fixer, count, Integer::sum));
    totals.problems.addAll(part.problems());
    totals.furnitureCharacters += part.furnitureCharacters();
    part.furniture().forEach(totals.furniture::add);
    totals.lines += part.lines();
    totals.cleanedLines += part.lineBreaks();
  }

  private FileResult finished(String label, String encoding, Stats stats, boolean changed) {
    List<String> messages = new ArrayList<>();
    if (settings.verbose()) {
      String what =
          settings.jsonl() != null
              ? FileProcessor.describeLines(stats, changed)
              : describe(encoding, stats, changed);
      messages.add(Messages.about(label, what));
    }
    String report = settings.mode() == Mode.CHECK && changed ? label + "\n" : "";
    FileResult.Status status = changed ? FileResult.Status.CHANGED : FileResult.Status.UNCHANGED;
    return new FileResult(label, status, new byte[0], report, messages, stats);
  }

  private static String target(Input input) {
    Path target = input.target() != null ? input.target() : input.path();
    return String.valueOf(target);
  }

  private static String describe(String encoding, Stats stats, boolean changed) {
    StringBuilder out = new StringBuilder(encoding).append(" (read in chunks)");
    int count = stats.edits().values().stream().mapToInt(Integer::intValue).sum();
    if (count == 0) {
      return out.append(changed ? ", text unchanged" : ", unchanged").toString();
    }
    out.append(", ").append(count).append(count == 1 ? " edit:" : " edits:");
    stats.edits().forEach((fixer, n) -> out.append(' ').append(fixer).append(' ').append(n));
    return out.toString();
  }

  private Sink openSink(Input input) throws IOException {
    if (settings.mode() == Mode.STDOUT) {
      out.flush();
    }
    return Sink.open(settings.mode(), input, settings.backupSuffix(), textOut);
  }

  // ---- sources

  /** Chunks of text, cleaned with their context. */
  private final class TextSource implements OrderedParts.Source<Part> {
    private final String label;
    private final TextChunks chunks;
    private final Charset input;
    private final Charset output;
    private final boolean byteOrderMark;

    TextSource(
        String label, TextChunks chunks, Charset input, Charset output, boolean byteOrderMark) {
      this.label = label;
      this.chunks = chunks;
      this.input = input;
      this.output = output;
      this.byteOrderMark = byteOrderMark;
    }

    @Override
    public @Nullable Callable<Part> next() throws IOException {
      TextChunks.Chunk chunk = chunks.next();
      if (chunk == null) {
        return null;
      }
      boolean first = chunk.first();
      // Java's "UTF-16" and "UTF-32" encoders start every call with a byte order mark
      Charset encoding = first ? output : ChunkCleaner.withoutMark(output);
      Charset decoding = first ? input : ChunkCleaner.withoutMark(input);
      boolean mark = first && byteOrderMark;
      boolean explain = settings.explain();
      return () -> {
        try {
          ChunkCleaner.Part part =
              ChunkCleaner.clean(processor.mend(), chunk, label, decoding, encoding, mark, explain);
          return new Part(
              part.bytes(),
              part.changed(),
              part.edits(),
              part.messages(),
              List.of(),
              0,
              LineIndex.breakCount(part.text()),
              "", // only the line count is kept while the part waits to be written
              null,
              part.furnitureCharacters(),
              Map.of());
        } catch (UnencodableTextException e) {
          // where in the cleaned body: clean again without encoding, only on this rare path
          String text = ChunkCleaner.cleanedBody(processor.mend(), chunk);
          return new Part(
              new byte[0], false, Map.of(), List.of(), List.of(), 0, 0, text, e, 0, Map.of());
        }
      };
    }

    @Override
    public long bytesRead() {
      return chunks.bytesRead();
    }
  }

  /** The blocks of JSON Lines as parts, with their messages in the command line's words. */
  private static OrderedParts.Source<Part> lineSource(
      String label, OrderedParts.Source<JsonLinesCleaner.Block> blocks) {
    return new OrderedParts.Source<>() {
      @Override
      public @Nullable Callable<Part> next() throws IOException {
        Callable<JsonLinesCleaner.Block> task = blocks.next();
        if (task == null) {
          return null;
        }
        return () -> {
          JsonLinesCleaner.Block cleaned = task.call();
          return new Part(
              cleaned.bytes(),
              cleaned.changed(),
              cleaned.edits(),
              JsonLinesMessages.messages(label, cleaned),
              JsonLinesMessages.problems(cleaned),
              cleaned.lines(),
              0,
              "",
              null,
              0,
              cleaned.furniture());
        };
      }

      @Override
      public long bytesRead() {
        return blocks.bytesRead();
      }
    };
  }
}
