package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.fixers.words.Samples;
import org.textmend.fixers.words.Wrapping;
import org.textmend.lexicon.Lexicon;

/** The line-width model on paragraphs wrapped at a known width whose breaks lost their spaces. */
class WrapModelTest {

  private static final String PARAGRAPH = Samples.HARBOUR + " " + Samples.SCHOOL;

  private static WrapModel.Result fit(String text) {
    JoinAnalysis analysis = JoinAnalysis.analysed(text, Lexicon.english());
    TokenIndex tokens = analysis.tokens();
    WrapModel.Result result =
        WrapModel.fit(
            tokens, analysis.candidates(), analysis.context(), new boolean[tokens.lineCount()]);
    assertThat(result).as("a fitted model").isNotNull();
    return result;
  }

  /** The positions in the glued text where the wrap at {@code width} ended a line. */
  private static int[] lineEnds(int width) {
    List<String> lines = Wrapping.wrap(PARAGRAPH, width);
    int[] ends = new int[lines.size() - 1];
    int at = 0;
    for (int i = 0; i < ends.length; i++) {
      at += lines.get(i).length();
      ends[i] = at;
    }
    return ends;
  }

  @ParameterizedTest
  @ValueSource(ints = {48, 64, 72})
  void findsAWidthThatWrapsTheTextAsItWasWrapped(int width) {
    WrapModel.Result result = fit(Wrapping.glue(width, PARAGRAPH));
    // Widths between the longest line and the shortest that the next word would not fit wrap the
    // text alike; the model may take any of them.
    assertThat(Wrapping.wrap(PARAGRAPH, result.width()))
        .as("wrapped at the fitted width %d", result.width())
        .isEqualTo(Wrapping.wrap(PARAGRAPH, width));
    assertThat(result.evidence()).isGreaterThan(JoinAnalysis.WRAP_EVIDENCE);
  }

  @ParameterizedTest
  @ValueSource(ints = {48, 64, 72})
  void aJoinAtALineEndIsLikely(int width) {
    WrapModel.Result result = fit(Wrapping.glue(width, PARAGRAPH));
    for (int end : lineEnds(width)) {
      assertThat(result.posterior()[end]).as("join at %d", end).isGreaterThan(JoinAnalysis.ACCEPT);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {48, 64})
  void aPlaceInsideALineIsNoJoin(int width) {
    String text = Wrapping.glue(width, PARAGRAPH);
    WrapModel.Result result = fit(text);
    int inside = text.indexOf("repairs") + 3; // rep|airs would be two words only at a break
    assertThat(result.posterior()[inside]).isLessThan(JoinAnalysis.ACCEPT);
  }
}
