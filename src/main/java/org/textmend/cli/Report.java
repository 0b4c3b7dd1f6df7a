package org.textmend.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textmend.io.AtomicFiles;
import org.textmend.process.FurnitureTally;
import org.textmend.process.Json;

/**
 * The {@code --report FILE.json} file: one entry per input, in input order, written as the run goes
 * (so a run over a million files needs no more memory for it than for one entry), then the problems
 * that concern no input and a summary. The file appears, complete, only when the run ends: it is
 * written to a temporary file and renamed. Not thread-safe; the printing thread writes it.
 *
 * <pre>{@code
 * {
 *   "files": [
 *     {"path": "a.txt", "status": "changed", "bytes": 5120, "encoding": "UTF-8",
 *      "edits": {"glued-words": 3, "whitespace": 1}, "errors": []},
 *     {"path": "b.txt", "status": "failed", "bytes": 2048, "edits": {},
 *      "errors": [{"message": "not valid UTF-8 at byte 1042. Try --encoding=windows-1252."}]}
 *   ],
 *   "errors": [],
 *   "summary": {"files": 2, "changed": 1, "unchanged": 0, "failed": 1, "bytes": 7168,
 *               "seconds": 0.41, "edits": {"glued-words": 3, "whitespace": 1},
 *               "furniture": {"site-a": {"documents": 1, "with_furniture": 1, "lines": 4,
 *                                        "characters": 212}}}
 * }
 * }</pre>
 *
 * <p>The summary's {@code furniture} gives per source (the folder of a file, or the {@code
 * --group-by} value of a JSON Lines document) how many documents were read, how many lost page
 * furniture, and how many lines and characters the furniture fixers ({@code learned-furniture},
 * {@code breadcrumbs}, {@code boilerplate}) removed.
 */
final class Report implements Closeable {

  private final Path path;
  private final AtomicFiles.Replacement file;
  private final Writer out;
  private int entries;

  private Report(Path path, AtomicFiles.Replacement file) throws IOException {
    this.path = path;
    this.file = file;
    this.out = new OutputStreamWriter(file.stream(), StandardCharsets.UTF_8);
    out.write("{\n  \"files\": [");
  }

  /**
   * Starts the report at {@code path}.
   *
   * @throws IOException when it cannot be created
   */
  static Report open(Path path) throws IOException {
    Path folder = path.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new java.nio.file.NoSuchFileException(folder.toString());
    }
    return new Report(path, AtomicFiles.replace(path));
  }

  /** Where the report goes. */
  Path path() {
    return path;
  }

  /** Adds the entry of one input. */
  void add(FileResult result) throws IOException {
    FileResult.Stats stats = result.stats();
    StringBuilder entry = new StringBuilder(128);
    entry.append(entries++ == 0 ? "\n    {" : ",\n    {");
    entry.append("\"path\": ");
    Json.quote(result.label(), false, entry);
    entry.append(", \"status\": \"").append(status(result.status())).append('"');
    entry.append(", \"bytes\": ").append(stats.bytes());
    if (stats.encoding() != null) {
      entry.append(", \"encoding\": ");
      Json.quote(stats.encoding(), false, entry);
    }
    if (stats.lines() >= 0) {
      entry.append(", \"lines\": ").append(stats.lines());
    }
    entry.append(", \"edits\": ");
    edits(stats.edits(), entry);
    entry.append(", \"errors\": [");
    List<Problem> problems = stats.problems();
    for (int i = 0; i < problems.size(); i++) {
      Problem problem = problems.get(i);
      entry.append(i == 0 ? "{" : ", {");
      if (problem.line() > 0) {
        entry.append("\"line\": ").append(problem.line()).append(", ");
      }
      entry.append("\"message\": ");
      Json.quote(problem.message(), false, entry);
      entry.append('}');
    }
    entry.append("]}");
    out.write(entry.toString());
  }

  /**
   * Ends the report with the problems that concern no input and the summary, and puts the file in
   * place.
   */
  void finish(List<String> errors, Tally tally, double seconds) throws IOException {
    StringBuilder end = new StringBuilder(256);
    end.append(entries == 0 ? "],\n  \"errors\": [" : "\n  ],\n  \"errors\": [");
    for (int i = 0; i < errors.size(); i++) {
      end.append(i == 0 ? "" : ", ");
      Json.quote(errors.get(i), false, end);
    }
    end.append("],\n  \"summary\": {\"files\": ").append(tally.total());
    end.append(", \"changed\": ").append(tally.changed);
    end.append(", \"unchanged\": ").append(tally.unchanged);
    end.append(", \"failed\": ").append(tally.failed + tally.internal);
    end.append(", \"bytes\": ").append(tally.bytes);
    end.append(", \"seconds\": ").append(String.format(Locale.ROOT, "%.3f", seconds));
    end.append(", \"edits\": ");
    edits(tally.edits(), end);
    end.append(", \"furniture\": {");
    boolean first = true;
    for (Map.Entry<String, FurnitureTally.Source> source : tally.furniture().entrySet()) {
      FurnitureTally.Source counts = source.getValue();
      end.append(first ? "" : ", ");
      first = false;
      Json.quote(source.getKey(), false, end);
      end.append(": {\"documents\": ").append(counts.documents());
      end.append(", \"with_furniture\": ").append(counts.withFurniture());
      end.append(", \"lines\": ").append(counts.lines());
      end.append(", \"characters\": ").append(counts.characters()).append('}');
    }
    end.append("}}\n}\n");
    out.write(end.toString());
    out.flush();
    file.commit(null);
  }

  private static void edits(Map<String, Integer> edits, StringBuilder out) {
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, Integer> edit : edits.entrySet()) {
      out.append(first ? "" : ", ");
      first = false;
      Json.quote(edit.getKey(), false, out);
      out.append(": ").append(edit.getValue());
    }
    out.append('}');
  }

  private static String status(FileResult.Status status) {
    return switch (status) {
      case UNCHANGED -> "unchanged";
      case CHANGED -> "changed";
      case FAILED -> "failed";
      case INTERNAL_ERROR -> "internal-error";
    };
  }

  /** Abandons the report unless it was finished. */
  @Override
  public void close() throws IOException {
    file.close();
  }
}
