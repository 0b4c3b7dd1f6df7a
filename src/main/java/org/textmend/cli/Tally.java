package org.textmend.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.textmend.pipeline.FixerOrder;
import org.textmend.process.FurnitureTally;

/** What a run did, added up over its inputs, and the exit code that follows. Not thread-safe. */
final class Tally {
  int changed;
  int unchanged;
  int failed;
  int internal;

  /** Inputs that were processed but had lines that could not be (malformed JSON Lines). */
  int partial;

  long bytes;
  private final Map<String, Long> edits = new LinkedHashMap<>();
  private final FurnitureTally furniture = new FurnitureTally();

  void add(FileResult result) {
    switch (result.status()) {
      case CHANGED -> changed++;
      case UNCHANGED -> unchanged++;
      case FAILED -> failed++;
      case INTERNAL_ERROR -> internal++;
    }
    boolean processed =
        result.status() == FileResult.Status.CHANGED
            || result.status() == FileResult.Status.UNCHANGED;
    if (processed && !result.stats().problems().isEmpty()) {
      partial++;
    }
    bytes += result.stats().bytes();
    result.stats().edits().forEach((fixer, count) -> edits.merge(fixer, (long) count, Long::sum));
    result.stats().furniture().forEach(furniture::add);
  }

  /** The page furniture removed per source, sorted by source. */
  Map<String, FurnitureTally.Source> furniture() {
    return furniture.sources();
  }

  int total() {
    return changed + unchanged + failed + internal;
  }

  /** The edits per fixer, in running order. */
  Map<String, Integer> edits() {
    Map<String, Integer> ordered = new LinkedHashMap<>();
    for (String fixer : FixerOrder.inOrder(edits.keySet())) {
      ordered.put(fixer, (int) Math.min(Integer.MAX_VALUE, edits.get(fixer)));
    }
    return ordered;
  }

  /** The lines of the {@code --verbose} summary of a run that took {@code seconds}. */
  List<String> summary(double seconds) {
    List<String> lines = new ArrayList<>();
    double megabytes = bytes / 1e6;
    lines.add(
        String.format(
            Locale.ROOT,
            "textmend: %d file%s: %d changed, %d unchanged, %d failed (%.2f MB in %.2f s, %.1f"
                + " MB/s)",
            total(),
            total() == 1 ? "" : "s",
            changed,
            unchanged,
            failed + internal,
            megabytes,
            seconds,
            seconds > 0 ? megabytes / seconds : 0.0));
    if (partial > 0) {
      lines.add(
          String.format(
              Locale.ROOT,
              "textmend: %d file%s had malformed lines, passed through unchanged",
              partial,
              partial == 1 ? "" : "s"));
    }
    Map<String, Integer> edits = edits();
    if (!edits.isEmpty()) {
      StringBuilder line = new StringBuilder("textmend: edits:");
      edits.forEach((fixer, count) -> line.append(' ').append(fixer).append(' ').append(count));
      lines.add(line.toString());
    }
    if (furniture.removedAny()) {
      furniture
          .sources()
          .forEach(
              (source, counts) ->
                  lines.add(
                      String.format(
                          Locale.ROOT,
                          "textmend: furniture: %s: %d of %d document%s, %d line%s, %d"
                              + " characters removed",
                          source,
                          counts.withFurniture(),
                          counts.documents(),
                          counts.documents() == 1 ? "" : "s",
                          counts.lines(),
                          counts.lines() == 1 ? "" : "s",
                          counts.characters())));
    }
    return lines;
  }

  int exitCode(Mode mode) {
    if (internal > 0) {
      return ExitCodes.INTERNAL_ERROR;
    }
    if (failed > 0 || partial > 0) {
      return ExitCodes.INPUT_FAILED;
    }
    if (mode == Mode.CHECK && changed > 0) {
      return ExitCodes.CHANGES_FOUND;
    }
    return ExitCodes.OK;
  }
}
