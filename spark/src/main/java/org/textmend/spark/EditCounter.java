package org.textmend.spark;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkContext;
import org.apache.spark.util.AccumulatorV2;

/**
 * A Spark accumulator of edits by fixer, added up over every task of a job: the counters the job
 * prints at the end. Like every Spark accumulator updated inside a transformation, a task that
 * Spark runs again (after a lost executor, or speculatively) may be counted twice; the cleaned
 * output is not affected. Not thread-safe: Spark gives each task its own copy.
 */
public final class EditCounter extends AccumulatorV2<Map<String, Long>, Map<String, Long>> {

  private static final long serialVersionUID = 1L;

  private final Map<String, Long> counts = new LinkedHashMap<>();

  /** A counter registered with {@code context} under the name {@code textmend edits}. */
  public static EditCounter register(SparkContext context) {
    EditCounter counter = new EditCounter();
    context.register(counter, "textmend edits");
    return counter;
  }

  /** Adds {@code count} edits of {@code fixer}. */
  public void add(String fixer, long count) {
    counts.merge(fixer, count, Long::sum);
  }

  /** Adds the counts of a document or block, as the library reports them. */
  public void addAll(Map<String, Integer> edits) {
    edits.forEach((fixer, count) -> counts.merge(fixer, (long) count, Long::sum));
  }

  @Override
  public boolean isZero() {
    return counts.isEmpty();
  }

  @Override
  public EditCounter copy() {
    EditCounter copy = new EditCounter();
    copy.counts.putAll(counts);
    return copy;
  }

  @Override
  public void reset() {
    counts.clear();
  }

  @Override
  public void add(Map<String, Long> more) {
    more.forEach(this::add);
  }

  @Override
  public void merge(AccumulatorV2<Map<String, Long>, Map<String, Long>> other) {
    add(other.value());
  }

  /** The counts so far, by fixer name. */
  @Override
  public Map<String, Long> value() {
    return Collections.unmodifiableMap(new TreeMap<>(counts));
  }
}
