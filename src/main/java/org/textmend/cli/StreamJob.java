package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import org.textmend.cli.FileResult.Stats;
import org.textmend.io.AtomicFiles;
import org.textmend.io.TextChunks;
import org.textmend.io.TextDecoder;
import org.textmend.io.UnencodableTextException;

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
      @Nullable UnencodableTextException unencodable) {}

  /** Where parts come from. */
  private interface Source {
    /** The task that cleans the next part, or {@code null} at the end. */
    @Nullable Callable<Part> next() throws IOException;

    /** The bytes read so far. */
    long bytesRead();
  }

  /** Submits tasks to the worker threads (or runs them at once with one job). */
  interface Workers {
    <T> Future<T> submit(Callable<T> task);

    /** Waits for {@code future}, keeping the progress line alive. */
    <T> T await(Future<T> future) throws Exception;
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
    JsonLinesCleaner jsonl = settings.jsonl();
    Source source;
    String encoding;
    boolean extraChange = false;
    try {
      if (jsonl != null) {
        source = new JsonLinesSource(label, jsonl, head, in, Math.min(chunkSize, 1 << 20));
        encoding = "UTF-8";
      } else {
        TextDecoder.Detection detection = processor.decoder().detect(head, head.length);
        Charset input1 = detection.charset();
        Charset output = settings.outputEncoding() == null ? input1 : settings.outputEncoding();
        boolean same = output.equals(input1);
        boolean bom = detection.byteOrderMarkLength() > 0;
        extraChange = bom && !same;
        TextChunks chunks =
            new TextChunks(
                head,
                detection.byteOrderMarkLength(),
                in,
                input1,
                detection.mostlyUtf8(),
                chunkSize,
                contextSize);
        source = new TextSource(label, chunks, input1, output, bom && same);
        encoding = input1.name();
      }
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
      Path target = input.target() != null ? input.target() : input.path();
      return FileResult.failed(
          label,
          List.of(),
          Messages.writeError(String.valueOf(target), e, ""),
          new Stats(0, encoding, -1, Map.of(), List.of()));
    }

    Map<String, Integer> edits = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    boolean changed = extraChange;
    long lines = 0;
    long cleanedLines = 1;
    Deque<Future<Part>> parts = new ArrayDeque<>();
    Deque<Long> partBytes = new ArrayDeque<>();
    long counted = 0;
    IOException readError = null;
    String failure = null;
    boolean exhausted = false;
    try (sink) {
      while (true) {
        while (!exhausted && readError == null && failure == null && parts.size() < inFlight) {
          try {
            Callable<Part> task = source.next();
            if (task == null) {
              exhausted = true;
            } else {
              parts.add(workers.submit(task));
              partBytes.add(source.bytesRead() - counted);
              counted = source.bytesRead();
            }
          } catch (IOException e) {
            readError = e;
          }
        }
        if (parts.isEmpty()) {
          break;
        }
        Part part;
        try {
          part = workers.await(parts.poll());
        } catch (Exception e) {
          parts.forEach(f -> f.cancel(true));
          Throwable cause = e.getCause() != null ? e.getCause() : e;
          if (cause instanceof OutOfMemoryError oom) {
            throw oom;
          }
          return FileProcessor.internalError(label, cause, settings.stacktrace(), List.of());
        }
        long bytes = partBytes.poll();
        if (progress != null) {
          progress.bytesDone(bytes);
          if (!part.messages().isEmpty() || settings.mode() == Mode.STDOUT) {
            progress.clear();
          }
        }
        if (failure != null) {
          continue; // drain what was started
        }
        if (part.unencodable() != null) {
          UnencodableTextException bad = part.unencodable();
          String at = cleanedPosition(part.text(), bad.offset(), cleanedLines);
          failure = Messages.writeError(label, bad, at + " of the cleaned text");
          continue;
        }
        for (String message : part.messages()) {
          err.println(message);
        }
        err.flush();
        try {
          sink.write(part.bytes());
        } catch (IOException e) {
          Path target = input.target() != null ? input.target() : input.path();
          failure = Messages.writeError(String.valueOf(target), e, "");
          continue;
        }
        changed |= part.changed();
        part.edits().forEach((fixer, count) -> edits.merge(fixer, count, Integer::sum));
        problems.addAll(part.problems());
        lines += part.lines();
        cleanedLines += part.lineBreaks();
      }
      long read = source.bytesRead();
      Stats stats = new Stats(read, encoding, jsonl != null ? lines : -1, edits, problems);
      if (failure != null) {
        return FileResult.failed(label, List.of(), failure, stats);
      }
      if (readError != null) {
        return FileResult.failed(label, List.of(), Messages.readError(label, readError), stats);
      }
      try {
        sink.finish(changed);
      } catch (IOException e) {
        Path target = input.target() != null ? input.target() : input.path();
        return FileResult.failed(
            label, List.of(), Messages.writeError(String.valueOf(target), e, ""), stats);
      }
      List<String> messages = new ArrayList<>();
      if (settings.verbose()) {
        String what =
            jsonl != null
                ? FileProcessor.describeLines(stats, changed)
                : describe(encoding, stats, changed);
        messages.add(Messages.about(label, what));
      }
      String report = settings.mode() == Mode.CHECK && changed ? label + "\n" : "";
      FileResult.Status status = changed ? FileResult.Status.CHANGED : FileResult.Status.UNCHANGED;
      return new FileResult(label, status, new byte[0], report, messages, stats);
    } catch (IOException e) {
      // closing the sink (removing the temporary file) failed
      return FileResult.failed(label, List.of(), Messages.writeError(label, e, ""), Stats.NONE);
    }
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

  private static String cleanedPosition(String text, int offset, long firstLine) {
    return new TextPositions(text, 0, firstLine, 1).at(offset);
  }

  private static long lineBreaks(String text) {
    long count = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    return count;
  }

  // ---- where the result goes

  private Sink openSink(Input input) throws IOException {
    switch (settings.mode()) {
      case STDOUT -> {
        out.flush();
        return new Sink(textOut, null, false, null);
      }
      case OUTPUT_FILE, OUTPUT_DIR -> {
        Path target = Objects.requireNonNull(input.target(), "target");
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
          Files.createDirectories(folder);
        }
        return new Sink(null, AtomicFiles.replace(target), true, null);
      }
      case IN_PLACE -> {
        Path path = Objects.requireNonNull(input.path(), "path");
        return new Sink(null, AtomicFiles.replace(path), false, settings.backupSuffix());
      }
      default -> {
        return new Sink(null, null, false, null); // --check: compare only
      }
    }
  }

  /** Standard output, a file being replaced, or nothing. */
  private static final class Sink implements AutoCloseable {
    private final @Nullable OutputStream stream;
    private final AtomicFiles.@Nullable Replacement file;
    private final boolean always;
    private final @Nullable String backupSuffix;

    Sink(
        @Nullable OutputStream stream,
        AtomicFiles.@Nullable Replacement file,
        boolean always,
        @Nullable String backupSuffix) {
      this.stream = stream;
      this.file = file;
      this.always = always;
      this.backupSuffix = backupSuffix;
    }

    void write(byte[] bytes) throws IOException {
      if (stream != null) {
        stream.write(bytes);
      } else if (file != null) {
        file.stream().write(bytes);
      }
    }

    /** Puts the file in place: always for an output file, only when changed for --in-place. */
    void finish(boolean changed) throws IOException {
      if (stream != null) {
        stream.flush();
      } else if (file != null && (always || changed)) {
        file.commit(backupSuffix);
      }
    }

    @Override
    public void close() throws IOException {
      if (file != null) {
        file.close();
      }
    }
  }

  // ---- sources

  /** Chunks of text, cleaned with their context. */
  private final class TextSource implements Source {
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
      Charset encoding = first ? output : withoutMark(output);
      Charset decoding = first ? input : withoutMark(input);
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
              lineBreaks(part.text()),
              "", // only the line count is kept while the part waits to be written
              null);
        } catch (UnencodableTextException e) {
          // where in the cleaned body: clean again without encoding, only on this rare path
          String text = ChunkCleaner.cleanedBody(processor.mend(), chunk);
          return new Part(new byte[0], false, Map.of(), List.of(), List.of(), 0, 0, text, e);
        }
      };
    }

    @Override
    public long bytesRead() {
      return chunks.bytesRead();
    }
  }

  private static Charset withoutMark(Charset charset) {
    return switch (charset.name()) {
      case "UTF-16" -> StandardCharsets.UTF_16BE;
      case "UTF-32" -> Charset.forName("UTF-32BE");
      default -> charset;
    };
  }

  /** Blocks of whole JSON Lines. */
  private static final class JsonLinesSource implements Source {
    private final String label;
    private final JsonLinesCleaner cleaner;
    private final InputStream in;
    private final int blockSize;
    private byte[] buffer;
    private int length;
    private boolean end;
    private long line = 1;
    private long bytesRead;
    private boolean first = true;
    private int newline; // the last line feed in the buffer, or -1

    JsonLinesSource(
        String label, JsonLinesCleaner cleaner, byte[] head, InputStream in, int blockSize) {
      this.label = label;
      this.cleaner = cleaner;
      this.in = in;
      this.blockSize = Math.max(1, blockSize);
      this.buffer = Arrays.copyOf(head, Math.max(head.length, this.blockSize) + 8192);
      this.length = head.length;
      this.newline = lastNewline();
    }

    @Override
    public @Nullable Callable<Part> next() throws IOException {
      while (!end && (newline < 0 || length < blockSize)) {
        if (length == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int count = in.read(buffer, length, buffer.length - length);
        if (count < 0) {
          end = true;
        } else {
          for (int i = length + count - 1; i >= length; i--) {
            if (buffer[i] == '\n') {
              newline = i;
              break;
            }
          }
          length += count;
        }
      }
      int cut = end ? length : newline + 1;
      if (cut == 0) {
        return null;
      }
      byte[] block = Arrays.copyOf(buffer, cut);
      System.arraycopy(buffer, cut, buffer, 0, length - cut);
      length -= cut;
      newline = lastNewline();
      long firstLine = line;
      for (byte b : block) {
        if (b == '\n') {
          line++;
        }
      }
      bytesRead += cut;
      boolean fileStart = first;
      first = false;
      return () -> {
        JsonLinesCleaner.Block cleaned =
            cleaner.clean(label, block, 0, block.length, firstLine, fileStart);
        return new Part(
            cleaned.bytes(),
            cleaned.changed(),
            cleaned.edits(),
            cleaned.messages(),
            cleaned.problems(),
            cleaned.lines(),
            0,
            "",
            null);
      };
    }

    private int lastNewline() {
      for (int i = length - 1; i >= 0; i--) {
        if (buffer[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    @Override
    public long bytesRead() {
      return bytesRead;
    }
  }
}
