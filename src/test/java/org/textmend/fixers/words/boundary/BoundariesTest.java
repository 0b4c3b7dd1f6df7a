package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.fixers.words.boundary.Boundaries.Kind;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Step;

/** The joins of a document, and how they are handed from one word fixer to the next. */
class BoundariesTest {

  private static final Lexicon LEXICON = Lexicon.english();
  private static final String TEXT = "They came to Turkey.Erdogan said the talks tostop were over.";

  @Test
  void findsTheJoinsOfEachKind() {
    Boundaries boundaries = Boundaries.of(TEXT, LEXICON);
    assertThat(boundaries.edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(TEXT.indexOf("Erdogan"), " "));
    assertThat(boundaries.edits(Kind.GLUED))
        .containsExactly(Edit.insert(TEXT.indexOf("stop"), " "));
    assertThat(boundaries.edits(Kind.CAMEL)).isEmpty();
  }

  @Test
  void handsTheOtherJoinsOnInTheRepairedText() {
    Boundaries boundaries = Boundaries.of(TEXT, LEXICON);
    String repaired = new Step("sentence-spacing", boundaries.edits(Kind.SENTENCE)).applyTo(TEXT);

    Boundaries after = boundaries.after(Kind.SENTENCE);

    assertThat(after).isNotNull();
    assertThat(after.describe(repaired, LEXICON)).isTrue();
    assertThat(after.describe(TEXT, LEXICON)).isFalse();
    assertThat(after.edits(Kind.SENTENCE)).isEmpty();
    assertThat(after.edits(Kind.GLUED)).containsExactly(Edit.insert(repaired.indexOf("stop"), " "));
  }

  @Test
  void handsOnASettledTextWithNoJoinLeftSoThatNoLaterFixerAnalysesItAgain() {
    String text = "They came to Turkey.Erdogan said so.";
    Boundaries boundaries = Boundaries.of(text, LEXICON);
    String repaired = new Step("sentence-spacing", boundaries.edits(Kind.SENTENCE)).applyTo(text);

    Boundaries after = boundaries.after(Kind.SENTENCE);

    assertThat(after).isNotNull();
    assertThat(after.describe(repaired, LEXICON)).isTrue();
    assertThat(after.joins()).isEmpty();
    assertThat(after.joins()).isEqualTo(Boundaries.of(repaired, LEXICON).joins());
  }

  @Test
  void handsOnCleanTextAsHoldingNoJoin() {
    String text = "They came to Turkey. Erdogan said so.";
    Boundaries after = Boundaries.of(text, LEXICON).after(Kind.SENTENCE);
    assertThat(after).isNotNull();
    assertThat(after.describe(text, LEXICON)).isTrue();
    assertThat(after.edits(Kind.GLUED)).isEmpty();
  }

  @Test
  void describesOnlyItsTextUnderItsLexicon() {
    Boundaries boundaries = Boundaries.of(TEXT, LEXICON);
    assertThat(boundaries.describe(TEXT, LEXICON)).isTrue();
    assertThat(boundaries.describe(TEXT, LEXICON.withWords(java.util.Map.of("tostop", 9))))
        .isFalse();
  }

  @Test
  void judgesRunsOfSpacesInsideALineAsTheOneSpaceTheWhiteSpaceFixerLeaves() {
    // The white-space fixer runs after the word fixers and collapses these runs; the joins found
    // before it did must be the ones found after (idempotence), at the same places in the text.
    String spaced = "They came to  Turkey.Erdogan said\t\t the talks tostop   were over.";
    String plain = "They came to Turkey.Erdogan said the talks tostop were over.";

    Boundaries boundaries = Boundaries.of(spaced, LEXICON);

    assertThat(boundaries.edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(spaced.indexOf("Erdogan"), " "));
    assertThat(boundaries.edits(Kind.GLUED))
        .containsExactly(Edit.insert(spaced.indexOf("stop"), " "));
    assertThat(Boundaries.of(plain, LEXICON).edits(Kind.GLUED))
        .containsExactly(Edit.insert(plain.indexOf("stop"), " "));
  }

  @Test
  void keepsIndentationAndTrailingSpacesOutOfTheCollapsedRuns() {
    String text = "    They came to Turkey.Erdogan said so.   \n  The talks tostop ended.\n";

    Boundaries boundaries = Boundaries.of(text, LEXICON);

    assertThat(boundaries.edits(Kind.SENTENCE))
        .containsExactly(Edit.insert(text.indexOf("Erdogan"), " "));
    assertThat(boundaries.edits(Kind.GLUED))
        .containsExactly(Edit.insert(text.indexOf("stop"), " "));
  }
}
