package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.DocumentState;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.Step;

/** How the word fixers hand one analysis on through the pipeline's per-document state. */
class JoinFixerTest {

  private static final String TEXT = "They came to Turkey.Erdogan said the talks tostop were over.";

  private final SentenceSpacingFixer sentences =
      new SentenceSpacingFixer(FixerArgs.defaults("sentence-spacing"));
  private final GluedWordsFixer glued = new GluedWordsFixer(FixerArgs.defaults("glued-words"));

  @Test
  void leavesTheJoinsOfOtherKindsForTheNextFixerInTheRepairedText() {
    DocumentState state = new DocumentState();
    List<Edit> edits = sentences.edits(TEXT, state);
    String repaired = new Step("sentence-spacing", edits).applyTo(TEXT);

    Boundaries handedOn = state.get(Boundaries.class);

    assertThat(handedOn).isNotNull();
    assertThat(handedOn.describe(repaired, Lexicon.english())).isTrue();
    assertThat(glued.edits(repaired, state)).isEqualTo(glued.edits(repaired));
  }

  @Test
  void analysesAfreshATextTheStateDoesNotDescribe() {
    DocumentState state = new DocumentState();
    sentences.edits("Another text.Entirely different tostop it.", state);

    assertThat(glued.edits(TEXT, state)).isEqualTo(glued.edits(TEXT));
  }

  @Test
  void eachFixerAloneGivesTheSameEditsEveryTime() {
    List<Edit> first = glued.edits(TEXT);
    sentences.edits(TEXT);
    assertThat(glued.edits(TEXT)).isEqualTo(first);
  }
}
