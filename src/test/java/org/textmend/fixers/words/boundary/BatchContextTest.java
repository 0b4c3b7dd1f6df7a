package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.ContextCounts;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * The word pairs of a batch as evidence: a join of two ordinary words that a clean page alone
 * leaves (they could be a closed compound) is made when the batch writes the pair often.
 */
class BatchContextTest {

  private static final String PAGE =
      "The harbour board met on Tuesday evening to discuss the repairs to the northern pier,"
          + " which was damaged during the winter storms. Several members argued that the work"
          + " should wait until the spring, when the weather would be calmer and the costs"
          + " lower. Others pointed out that the port changed itsbusiness practices and depends"
          + " on the pier every day, and that a delay would hurt the families who live from the"
          + " catch.";

  private static Lexicon withBatch(String repeated) {
    ContextCounts counts = new ContextCounts();
    for (int i = 0; i < 30; i++) {
      counts.addText(repeated);
    }
    for (int i = 0; i < 200; i++) {
      counts.addText("A quiet day on the water with boats and nets, number " + i + ".");
    }
    return Lexicon.english().withContext(counts.model());
  }

  @Test
  void aPairTheBatchWritesOftenTipsAJoin() {
    Lexicon batch = withBatch("The firm grew its business and changed its business practices.");
    assertThat(Boundaries.of(PAGE, Lexicon.english()).edits(Boundaries.Kind.GLUED)).isEmpty();
    assertThat(Boundaries.of(PAGE, batch).edits(Boundaries.Kind.GLUED))
        .containsExactly(Edit.insert(PAGE.indexOf("business practices"), " "));
  }

  @Test
  void aBatchThatNeverWritesThePairChangesNothing() {
    Lexicon batch = withBatch("The ferry left the quay at noon and came back at dusk.");
    assertThat(Boundaries.of(PAGE, batch).edits(Boundaries.Kind.GLUED)).isEmpty();
  }
}
