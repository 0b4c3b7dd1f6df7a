package org.textmend.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The progress line on standard error while a run is long: files done of all, megabytes done (of
 * all, when the sizes are known), the rate and the time left. It appears only after {@link
 * #DELAY_NANOS}, so a short run prints nothing, is redrawn in place at most every {@link
 * #INTERVAL_NANOS}, and is erased before any other message and at the end, so it never mixes with
 * them. Workers report what they finished from any thread; only the thread that prints calls {@link
 * #tick}, {@link #clear} and {@link #finish}.
 *
 * <p>The line is erased with an ANSI escape code, or, where the user asked for none ({@code
 * NO_COLOR}, see {@link Terminal#escapeCodesWanted}), by writing spaces over it.
 */
final class Progress {

  static final long DELAY_NANOS = 500_000_000L;
  static final long INTERVAL_NANOS = 200_000_000L;
  static final long REDRAW_NANOS = 50_000_000L;

  /** Erases the line the cursor is on and goes back to its start (ANSI, like curl and wget). */
  private static final String ERASE = "\r\u001b[K";

  private final PrintWriter err;
  private final LongSupplier clock;
  private final boolean escapeCodes;
  private final AtomicLong filesDone = new AtomicLong();
  private final AtomicLong bytesDone = new AtomicLong();
  private long started;
  private long lastDrawn;
  private int files;
  private long bytes = -1;
  private boolean shown;
  private int shownLength;

  Progress(PrintWriter err, LongSupplier clock) {
    this(err, clock, Terminal.escapeCodesWanted());
  }

  Progress(PrintWriter err, LongSupplier clock, boolean escapeCodes) {
    this.err = err;
    this.clock = clock;
    this.escapeCodes = escapeCodes;
  }

  /** Starts timing a run of {@code files} inputs of {@code bytes} in all ({@code -1}: unknown). */
  void start(int files, long bytes) {
    this.files = files;
    this.bytes = bytes;
    this.started = clock.getAsLong();
    this.lastDrawn = started;
  }

  /** Counts a finished input of {@code bytes} bytes (some may have been counted already). */
  void fileDone() {
    filesDone.incrementAndGet();
  }

  /** Counts {@code count} more bytes read and cleaned. */
  void bytesDone(long count) {
    bytesDone.addAndGet(count);
  }

  /**
   * Draws the line if it is time to: every {@link #INTERVAL_NANOS}, or sooner ({@link
   * #REDRAW_NANOS}) when a message erased it.
   */
  void tick() {
    long now = clock.getAsLong();
    long wait = shown || lastDrawn == started ? INTERVAL_NANOS : REDRAW_NANOS;
    if (now - started < DELAY_NANOS || now - lastDrawn < wait) {
      return;
    }
    String line = line(now - started);
    err.print(erase() + line);
    err.flush();
    shown = true;
    shownLength = line.length();
    lastDrawn = now;
  }

  /** Erases the line, if it is shown, so that a message can be printed. */
  void clear() {
    if (shown) {
      err.print(erase());
      err.flush();
      shown = false;
      shownLength = 0;
    }
  }

  /** What takes the cursor to the start of an empty line, from wherever the shown line ends. */
  private String erase() {
    if (escapeCodes) {
      return ERASE;
    }
    return shownLength == 0 ? "\r" : "\r" + " ".repeat(shownLength) + "\r";
  }

  /** Erases the line for good at the end of the run. */
  void finish() {
    clear();
  }

  /**
   * The text of the line after {@code elapsed} nanoseconds: {@code textmend: 120/10000 files, 5.2
   * of 410.0 MB, 12.3 MB/s, 0:33 left}.
   */
  String line(long elapsed) {
    long done = bytesDone.get();
    double seconds = elapsed / 1e9;
    double rate = seconds > 0 ? done / seconds : 0;
    StringBuilder out = new StringBuilder("textmend: ");
    out.append(filesDone.get())
        .append('/')
        .append(files)
        .append(files == 1 ? " file, " : " files, ");
    out.append(megabytes(done));
    if (bytes >= 0) {
      out.append(" of ").append(megabytes(bytes));
    }
    out.append(" MB");
    if (done > 0) {
      out.append(String.format(Locale.ROOT, ", %.1f MB/s", rate / 1e6));
      if (bytes >= done && rate > 0) {
        out.append(", ").append(duration((bytes - done) / rate)).append(" left");
      }
    }
    return out.toString();
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f", bytes / 1e6);
  }

  /** {@code 0:07}, {@code 12:34} or {@code 1:02:03}. */
  static String duration(double seconds) {
    long total = Math.round(seconds);
    long hours = total / 3600;
    long minutes = total / 60 % 60;
    long secs = total % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, secs)
        : String.format(Locale.ROOT, "%d:%02d", minutes, secs);
  }
}
