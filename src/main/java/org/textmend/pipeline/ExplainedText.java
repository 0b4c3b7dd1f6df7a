package org.textmend.pipeline;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of running a pipeline: the original text, the cleaned text and the edit log that turns
 * one into the other. Everything a user sees (the clean text, {@code --explain}, {@code --diff},
 * reports) is a view of this record. Immutable.
 *
 * @param original the text given to the pipeline
 * @param text the cleaned text
 * @param steps one entry per fixer that made edits, in pipeline order
 */
public record ExplainedText(String original, String text, List<Step> steps) {

  public ExplainedText {
    Objects.requireNonNull(original, "original");
    Objects.requireNonNull(text, "text");
    steps = List.copyOf(steps);
  }

  /** Whether any fixer changed the text. */
  public boolean changed() {
    return !steps.isEmpty();
  }

  /** The number of edits over all steps. */
  public int editCount() {
    int count = 0;
    for (Step step : steps) {
      count += step.edits().size();
    }
    return count;
  }

  /**
   * The number of edits per fixer, in running order (the order of {@link #steps()}); a fixer that
   * made no edit is absent. This is the one place edit counts are computed: the command line's
   * {@code --verbose}, {@code --report} and summary all add these maps up.
   */
  public Map<String, Integer> editCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Step step : steps) {
      counts.merge(step.fixer(), step.edits().size(), Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /**
   * Maps a position in the cleaned text back to the original text by chaining each step's offset
   * map from the last step to the first. The result is non-decreasing in {@code offset} and within
   * {@code [0, original.length()]}.
   */
  public int originalOffset(int offset) {
    int at = offset;
    for (int i = steps.size() - 1; i >= 0; i--) {
      at = steps.get(i).sourceOffset(at);
    }
    return at;
  }

  /**
   * Maps a position in the text before step {@code stepIndex} back to the original text, so that an
   * edit of that step can be reported at its place in the input.
   */
  public int originalOffsetBefore(int stepIndex, int offset) {
    int at = offset;
    for (int i = stepIndex - 1; i >= 0; i--) {
      at = steps.get(i).sourceOffset(at);
    }
    return at;
  }
}
