package org.textmend.process;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.textmend.fixers.structure.BoilerplateFixer;
import org.textmend.fixers.structure.BreadcrumbsFixer;
import org.textmend.fixers.structure.LearnedFurnitureFixer;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * How much page furniture a run removed, per source (the folder of a file, or the {@code
 * --group-by} value of a JSON Lines document): how many documents it saw, how many lost furniture,
 * and how many lines and characters the furniture fixers removed. What {@code --report} and {@code
 * --verbose} print per source. A mutable accumulator; not thread-safe.
 */
public final class FurnitureTally {

  /** The fixers that remove page furniture, whose edits are counted here. */
  public static final Set<String> FIXERS =
      Set.of(LearnedFurnitureFixer.NAME, BreadcrumbsFixer.NAME, BoilerplateFixer.NAME);

  /**
   * The furniture of one source.
   *
   * @param documents the documents of the source
   * @param withFurniture how many of them lost furniture
   * @param lines the edits of the furniture fixers: each removes a line or a block of lines
   * @param characters the characters they removed
   */
  public record Source(long documents, long withFurniture, long lines, long characters) {}

  // Per source: documents, documents with furniture, lines, characters. Sorted by source.
  private final Map<String, long[]> bySource = new TreeMap<>();

  /** Counts one document of {@code source} whose furniture fixers made {@code lines} edits. */
  public void add(String source, long lines, long characters) {
    long[] counts = bySource.computeIfAbsent(source, s -> new long[4]);
    counts[0]++;
    counts[1] += lines > 0 ? 1 : 0;
    counts[2] += lines;
    counts[3] += characters;
  }

  /** The furniture that cleaning one document removed, as {@code explained} shows it. */
  public static Source of(ExplainedText explained) {
    long lines = 0;
    long characters = 0;
    for (Step step : explained.steps()) {
      if (FIXERS.contains(step.fixer())) {
        lines += step.edits().size();
        for (Edit edit : step.edits()) {
          characters += Math.max(0, -edit.delta());
        }
      }
    }
    return new Source(1, lines > 0 ? 1 : 0, lines, characters);
  }

  /** Adds {@code counts} to those of {@code source}. */
  public void add(String source, Source counts) {
    long[] mine = bySource.computeIfAbsent(source, s -> new long[4]);
    mine[0] += counts.documents();
    mine[1] += counts.withFurniture();
    mine[2] += counts.lines();
    mine[3] += counts.characters();
  }

  /** Whether any furniture was removed. */
  public boolean removedAny() {
    return bySource.values().stream().anyMatch(counts -> counts[2] > 0);
  }

  /** The counts per source, sorted by source. */
  public Map<String, Source> sources() {
    Map<String, Source> out = new TreeMap<>();
    bySource.forEach((source, c) -> out.put(source, new Source(c[0], c[1], c[2], c[3])));
    return Collections.unmodifiableMap(out);
  }
}
