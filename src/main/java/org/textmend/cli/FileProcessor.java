package org.textmend.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.cli.FileResult.Stats;
import org.textmend.io.AtomicFiles;
import org.textmend.io.DecodedText;
import org.textmend.io.TextDecoder;
import org.textmend.io.TextEncoder;
import org.textmend.io.UnencodableTextException;
import org.textmend.pipeline.ExplainedText;
import org.textmend.process.ExplainFormat;
import org.textmend.process.FurnitureTally;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.TextPositions;

/**
 * Processes one input at a time: read, decode, clean, encode, then write, compare or diff as the
 * mode says. Never prints: everything it has to say goes into the {@link FileResult}. Immutable and
 * thread-safe, so one instance serves every worker thread.
 */
final class FileProcessor {

  /** How a run is configured, beyond the pipeline. */
  record Settings(
      Mode mode,
      @Nullable Charset inputEncoding,
      @Nullable Charset outputEncoding,
      @Nullable String backupSuffix,
      boolean explain,
      boolean verbose,
      boolean stacktrace,
      @Nullable JsonLinesCleaner jsonl) {}

  private final LearnedFurniture.Mends mends;
  private final Settings settings;
  private final TextDecoder decoder;
  private final InputStream stdin;

  FileProcessor(TextMend mend, Settings settings, InputStream stdin) {
    this(new LearnedFurniture.Mends(mend, null, (profile, source) -> mend), settings, stdin);
  }

  /** A processor that cleans each input with the pipeline of its source. */
  FileProcessor(LearnedFurniture.Mends mends, Settings settings, InputStream stdin) {
    this.mends = mends;
    this.settings = settings;
    this.decoder = new TextDecoder(settings.inputEncoding());
    this.stdin = stdin;
  }

  Mode mode() {
    return settings.mode();
  }

  Settings settings() {
    return settings;
  }

  TextMend mend() {
    return mends.plain();
  }

  TextDecoder decoder() {
    return decoder;
  }

  /** Processes {@code input}; never throws. */
  FileResult process(Input input) {
    return process(input, null);
  }

  /**
   * Processes {@code input}, whose bytes were already read when {@code bytes} is not {@code null};
   * never throws.
   */
  FileResult process(Input input, byte @Nullable [] bytes) {
    List<String> messages = new ArrayList<>();
    try {
      return processChecked(input, bytes, messages);
    } catch (OutOfMemoryError e) {
      // Not a bug but a limit: say how to lift it, and go on with the other (smaller) files.
      return failed(input.label(), messages, Messages.outOfMemory(input.label()), Stats.NONE);
    } catch (RuntimeException | StackOverflowError e) {
      return internalError(input.label(), e, settings.stacktrace(), messages);
    }
  }

  /** The result for a bug met while processing {@code label}. */
  static FileResult internalError(
      String label, Throwable e, boolean stacktrace, List<String> messages) {
    List<String> all = new ArrayList<>(messages);
    all.add(Messages.internalError(label, e, stacktrace));
    if (stacktrace) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      all.add(trace.toString().stripTrailing());
    }
    Stats stats = Stats.NONE.withProblem(new Problem(0, "internal error (" + e + ")"));
    return new FileResult(label, FileResult.Status.INTERNAL_ERROR, new byte[0], "", all, stats);
  }

  /** The bytes of {@code input} (the ones given, or read now), or a result that ends it. */
  private sealed interface Read permits Bytes, Done {}

  private record Bytes(byte[] bytes) implements Read {}

  private record Done(FileResult result) implements Read {}

  private Read read(Input input, byte @Nullable [] read, List<String> messages) throws IOException {
    String label = input.label();
    Path path = input.path();
    if (path != null
        && settings.mode() == Mode.IN_PLACE
        && Files.exists(path)
        && !Files.isRegularFile(path)
        && !Files.isDirectory(path)) {
      // A named pipe or a device would be replaced by a regular file.
      return new Done(
          failed(
              label,
              messages,
              Messages.about(
                  label, "not a regular file. --in-place rewrites regular files only; use -o."),
              Stats.NONE));
    }
    if (read != null) {
      return new Bytes(read);
    }
    if (path != null && Files.isDirectory(path)) {
      return new Done(failed(label, messages, Messages.isDirectory(label), Stats.NONE));
    }
    return new Bytes(path == null ? stdin.readAllBytes() : Files.readAllBytes(path));
  }

  private FileResult processChecked(Input input, byte @Nullable [] read, List<String> messages) {
    String label = input.label();
    byte[] bytes = null;
    DecodedText decoded;
    try {
      Read got = read(input, read, messages);
      if (got instanceof Done done) {
        return done.result();
      }
      bytes = ((Bytes) got).bytes();
      if (settings.jsonl() != null) {
        return processJsonLines(input, bytes, settings.jsonl(), messages);
      }
      decoded = decoder.decode(bytes);
    } catch (IOException e) {
      long size = bytes == null ? 0 : bytes.length;
      return failed(
          label,
          messages,
          Messages.readError(label, e),
          new Stats(size, null, -1, Map.of(), List.of()));
    }
    return cleaned(input, bytes, decoded, messages);
  }

  /** Cleans the decoded text of {@code input} and delivers it. */
  private FileResult cleaned(
      Input input, byte[] bytes, DecodedText decoded, List<String> messages) {
    String label = input.label();
    ExplainedText explained = mends.forInput(input).explain(decoded.text());
    Charset charset =
        settings.outputEncoding() == null ? decoded.charset() : settings.outputEncoding();
    boolean sameEncoding = charset.equals(decoded.charset());
    byte[] output;
    try {
      output =
          explained.changed() || !sameEncoding
              ? TextEncoder.encode(
                  explained.text(), charset, decoded.byteOrderMark() && sameEncoding)
              : bytes;
    } catch (UnencodableTextException e) {
      String at = new TextPositions(explained.text()).at(e.offset()) + " of the cleaned text";
      return failed(
          label, messages, Messages.writeError(label, e, at), stats(input, bytes, decoded, null));
    }
    boolean changed = !Arrays.equals(output, bytes);

    if (settings.explain()) {
      ExplainFormat.lines(
          label, explained, messages, (fixer, before) -> mends.note(input, fixer, before));
    }
    if (settings.verbose()) {
      messages.add(Messages.about(label, describe(decoded, charset, explained, changed)));
    }

    String diff =
        settings.mode() == Mode.DIFF
            ? DiffFormat.diff(label, decoded.text(), explained.text())
            : "";
    return deliver(input, output, changed, diff, messages, stats(input, bytes, decoded, explained));
  }

  /** Cleans JSON Lines read whole. */
  private FileResult processJsonLines(
      Input input, byte[] bytes, JsonLinesCleaner jsonl, List<String> messages) {
    JsonLinesCleaner.Block block = jsonl.clean(input.label(), bytes, 0, bytes.length, 1, true);
    messages.addAll(JsonLinesMessages.messages(input.label(), block));
    Stats stats =
        new Stats(
            bytes.length,
            "UTF-8",
            block.lines(),
            block.edits(),
            JsonLinesMessages.problems(block),
            LearnedFurniture.sources(input, block.furniture()));
    if (settings.verbose()) {
      messages.add(Messages.about(input.label(), describeLines(stats, block.changed())));
    }
    return deliver(input, block.bytes(), block.changed(), "", messages, stats);
  }

  /** {@code 1200 lines, 3 edits: whitespace 2, glued-words 1, 1 malformed line}. */
  static String describeLines(Stats stats, boolean changed) {
    StringBuilder out = new StringBuilder();
    out.append(stats.lines()).append(stats.lines() == 1 ? " line" : " lines");
    int edits = stats.edits().values().stream().mapToInt(Integer::intValue).sum();
    if (edits == 0) {
      out.append(changed ? ", changed" : ", unchanged");
    } else {
      out.append(String.format(Locale.ROOT, ", %d edit%s:", edits, edits == 1 ? "" : "s"));
      stats
          .edits()
          .forEach((fixer, count) -> out.append(' ').append(fixer).append(' ').append(count));
    }
    int malformed = stats.problems().size();
    if (malformed > 0) {
      out.append(", ")
          .append(malformed)
          .append(malformed == 1 ? " malformed line" : " malformed lines");
    }
    return out.toString();
  }

  /** Writes, or reports, {@code output} as the mode says. */
  private FileResult deliver(
      Input input,
      byte[] output,
      boolean changed,
      String diff,
      List<String> messages,
      Stats stats) {
    String label = input.label();
    byte[] text = new byte[0];
    String report = "";
    Path target = input.target();
    try {
      switch (settings.mode()) {
        case STDOUT -> text = output;
        case OUTPUT_FILE, OUTPUT_DIR -> {
          Path folder = Objects.requireNonNull(target, "target").toAbsolutePath().getParent();
          if (folder != null) {
            Files.createDirectories(folder);
          }
          AtomicFiles.write(target, output, null);
        }
        case IN_PLACE -> {
          if (changed) {
            AtomicFiles.write(
                Objects.requireNonNull(input.path(), "path"), output, settings.backupSuffix());
          }
        }
        case CHECK -> report = changed ? label + "\n" : "";
        case DIFF -> report = diff;
      }
    } catch (IOException e) {
      Path written = target != null ? target : input.path();
      String message = Messages.writeError(String.valueOf(written), e, "");
      // AtomicFiles replaces a file only by a rename of a complete copy, so a failed write
      // leaves the input as it was; say so, since that is the user's first worry.
      return failed(
          label,
          messages,
          settings.mode() == Mode.IN_PLACE ? message + " The file is unchanged." : message,
          stats);
    }
    FileResult.Status status = changed ? FileResult.Status.CHANGED : FileResult.Status.UNCHANGED;
    return new FileResult(label, status, text, report, messages, stats);
  }

  private static Stats stats(
      Input input, byte[] bytes, DecodedText decoded, @Nullable ExplainedText explained) {
    if (explained == null) {
      return new Stats(bytes.length, decoded.charset().name(), -1, Map.of(), List.of());
    }
    return new Stats(
        bytes.length,
        decoded.charset().name(),
        -1,
        explained.editCounts(),
        List.of(),
        Map.of(LearnedFurniture.source(input), FurnitureTally.of(explained)));
  }

  private static FileResult failed(
      String label, List<String> messages, String message, Stats stats) {
    return FileResult.failed(label, messages, message, stats);
  }

  /** {@code windows-1252 (detected, 70% sure) → UTF-8, 3 edits: whitespace 2, mojibake 1}. */
  private static String describe(
      DecodedText decoded, Charset output, ExplainedText explained, boolean changed) {
    StringBuilder out = new StringBuilder(decoded.charset().name());
    switch (decoded.source()) {
      case GIVEN -> out.append(" (--encoding)");
      case BYTE_ORDER_MARK -> out.append(" (byte order mark)");
      case VALID_UTF8 -> {} // the common case needs no comment
      case DETECTED -> out.append(" (detected, ").append(decoded.confidence()).append("% sure)");
    }
    if (!output.equals(decoded.charset())) {
      out.append(" → ").append(output.name());
    }
    if (!explained.changed()) {
      return out.append(changed ? ", text unchanged" : ", unchanged").toString();
    }
    Map<String, Integer> perFixer = explained.editCounts();
    int edits = explained.editCount();
    out.append(String.format(Locale.ROOT, ", %d edit%s:", edits, edits == 1 ? "" : "s"));
    perFixer.forEach((fixer, count) -> out.append(' ').append(fixer).append(' ').append(count));
    return out.toString();
  }
}
