package org.textmend.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Counting a batch's words and word pairs: a pair the batch writes often is associated, memory
 * stays within the capacity however much text is counted, and a frequent pair outlives the rare
 * ones when the table fills up.
 */
class ContextCountsTest {

  private static double association(ContextModel model, String first, String second) {
    char[] a = first.toCharArray();
    char[] b = second.toCharArray();
    return model.association(a, 0, a.length, b, 0, b.length);
  }

  @Test
  void aPairTheBatchWritesOftenIsAssociated() {
    ContextCounts counts = new ContextCounts();
    for (int i = 0; i < 20; i++) {
      counts.addText("The ferry left the quay at noon. Gulls followed the ferry home.");
    }
    ContextModel model = counts.model();
    assertThat(counts.total()).isEqualTo(20 * 12);
    assertThat(association(model, "the", "ferry")).isGreaterThan(1.0);
    assertThat(association(model, "Ferry", "LEFT")).isGreaterThan(1.0); // case does not matter
    assertThat(association(model, "gulls", "quay")).isLessThan(0.0);
  }

  @Test
  void onlyASpaceMakesAPair() {
    ContextCounts counts = new ContextCounts();
    for (int i = 0; i < 20; i++) {
      counts.addText("noon. gulls, quay");
    }
    ContextModel model = counts.model();
    assertThat(association(model, "noon", "gulls")).isLessThanOrEqualTo(0.0);
    assertThat(association(model, "gulls", "quay")).isLessThanOrEqualTo(0.0);
  }

  @Test
  void aFrequentPairOutlivesRarePairsWhenTheTableIsFull() {
    ContextCounts counts = new ContextCounts(64);
    for (int i = 0; i < 2_000; i++) {
      counts.addText("tide table w" + i + " x" + i);
    }
    assertThat(counts.words() + counts.pairs()).isLessThanOrEqualTo(64);
    assertThat(association(counts.model(), "tide", "table")).isGreaterThan(1.0);
  }
}
