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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.io.AtomicFiles;
import org.textmend.io.DecodedText;
import org.textmend.io.TextDecoder;
import org.textmend.io.TextEncoder;
import org.textmend.io.UnencodableTextException;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

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
      boolean stacktrace) {}

  private final TextMend mend;
  private final Settings settings;
  private final TextDecoder decoder;
  private final InputStream stdin;

  FileProcessor(TextMend mend, Settings settings, InputStream stdin) {
    this.mend = mend;
    this.settings = settings;
    this.decoder = new TextDecoder(settings.inputEncoding());
    this.stdin = stdin;
  }

  Mode mode() {
    return settings.mode();
  }

  /** Processes {@code input}; never throws. */
  FileResult process(Input input) {
    List<String> messages = new ArrayList<>();
    try {
      return processChecked(input, messages);
    } catch (OutOfMemoryError e) {
      // Not a bug but a limit: say how to lift it, and go on with the other (smaller) files.
      return failed(
          messages,
          Messages.about(
              input.label(),
              "too large for the memory Java was given. Run with more, e.g."
                  + " TEXTMEND_JAVA_OPTS=-Xmx8g bin/textmend ..."));
    } catch (RuntimeException | StackOverflowError e) {
      messages.add(Messages.internalError(input.label(), e, settings.stacktrace()));
      if (settings.stacktrace()) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        messages.add(trace.toString().stripTrailing());
      }
      return new FileResult(FileResult.Status.INTERNAL_ERROR, new byte[0], "", messages);
    }
  }

  private FileResult processChecked(Input input, List<String> messages) {
    String label = input.label();
    byte[] bytes;
    DecodedText decoded;
    try {
      Path path = input.path();
      if (path != null && Files.isDirectory(path)) {
        return failed(messages, Messages.isDirectory(label));
      }
      if (path != null
          && settings.mode() == Mode.IN_PLACE
          && Files.exists(path)
          && !Files.isRegularFile(path)) {
        // A named pipe or a device would be replaced by a regular file.
        return failed(
            messages,
            Messages.about(
                label, "not a regular file. --in-place rewrites regular files only; use -o."));
      }
      bytes = path == null ? stdin.readAllBytes() : Files.readAllBytes(path);
      decoded = decoder.decode(bytes);
    } catch (IOException e) {
      return failed(messages, Messages.readError(label, e));
    }

    ExplainedText explained = mend.explain(decoded.text());
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
      return failed(messages, Messages.writeError(label, e, at));
    }
    boolean changed = !Arrays.equals(output, bytes);

    if (settings.explain()) {
      ExplainFormat.lines(label, explained, messages);
    }
    if (settings.verbose()) {
      messages.add(Messages.about(label, describe(decoded, charset, explained, changed)));
    }

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
        case DIFF -> report = DiffFormat.diff(label, decoded.text(), explained.text());
      }
    } catch (IOException e) {
      Path written = target != null ? target : input.path();
      String message = Messages.writeError(String.valueOf(written), e, "");
      // AtomicFiles replaces a file only by a rename of a complete copy, so a failed write
      // leaves the input as it was; say so, since that is the user's first worry.
      return failed(
          messages,
          settings.mode() == Mode.IN_PLACE ? message + " The file is unchanged." : message);
    }
    FileResult.Status status = changed ? FileResult.Status.CHANGED : FileResult.Status.UNCHANGED;
    return new FileResult(status, text, report, messages);
  }

  private static FileResult failed(List<String> messages, String message) {
    messages.add(message);
    return new FileResult(FileResult.Status.FAILED, new byte[0], "", messages);
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
    Map<String, Integer> perFixer = new LinkedHashMap<>();
    for (Step step : explained.steps()) {
      perFixer.merge(step.fixer(), step.edits().size(), Integer::sum);
    }
    int edits = explained.editCount();
    out.append(String.format(Locale.ROOT, ", %d edit%s:", edits, edits == 1 ? "" : "s"));
    perFixer.forEach((fixer, count) -> out.append(' ').append(fixer).append(' ').append(count));
    return out.toString();
  }
}
