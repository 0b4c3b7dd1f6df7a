package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.textmend.fixers.words.boundary.Boundaries.Kind;
import org.textmend.lexicon.Lexicon;

/** The candidate places of a token and their lexical scores. */
class CandidateFinderTest {

  /** The candidates of the token of {@code text} that starts at {@code token}. */
  private static Candidates candidatesOf(String text, String token) {
    JoinAnalysis analysis = JoinAnalysis.analysed(text, Lexicon.english());
    TokenIndex tokens = analysis.tokens();
    int start = text.indexOf(token);
    for (int t = 0; t < tokens.tokenCount(); t++) {
      if (tokens.tokenStart(t) == start) {
        return analysis.candidates().of(t);
      }
    }
    throw new AssertionError("no token at " + token);
  }

  /** The index of the candidate at the place marked {@code |} in {@code place}, or -1. */
  private static int indexAt(String text, String place, Candidates c) {
    int at = text.indexOf(place.replace("|", "")) + place.indexOf('|');
    for (int i = 0; i < c.size; i++) {
      if (c.position[i] == at) {
        return i;
      }
    }
    return -1;
  }

  /** The lexical score of the candidate marked by {@code |} in {@code place}, within text. */
  private static @Nullable Double scoreAt(String text, String place) {
    String token = place.replace("|", "");
    Candidates c = candidatesOf(text, token);
    int i = indexAt(text, place, c);
    return i < 0 ? null : c.score[i];
  }

  @Test
  void twoCommonWordsGluedScoreAsAJoin() {
    String text = "They had the responsibility tostop the rebels.";
    assertThat(scoreAt(text, "to|stop")).isGreaterThan(JoinAnalysis.CONFIDENT);
  }

  @Test
  void theBestPlaceOfATokenIsTheLikeliestSplit() {
    String text = "They had the responsibility tostop the rebels.";
    Candidates c = candidatesOf(text, "tostop");
    assertThat(c.bestIndex).isEqualTo(indexAt(text, "to|stop", c));
  }

  @Test
  void aSentenceRuleGivesASentencePlaceItsOwnScore() {
    String text = "They came to Turkey.Erdogan also spoke.";
    Candidates c = candidatesOf(text, "Turkey.Erdogan");
    int i = indexAt(text, "Turkey.|Erdogan", c);
    assertThat(c.kind[i]).isEqualTo(Kind.SENTENCE);
    assertThat(c.score[i]).isEqualTo(CandidateFinder.SENTENCE_RULE);
  }

  @Test
  void addressesAndCodeHaveNoCandidates() {
    String text = "Write to info@example.com or call getElementById now.";
    assertThat(candidatesOf(text, "info@example.com").size).isZero();
  }

  @Test
  void aKnownWordSplitsBadly() {
    String text = "The harbour wall was repaired.";
    Candidates c = candidatesOf(text, "harbour");
    assertThat(c.best()).isLessThan(0);
  }

  @Test
  void aNameTheDocumentUsesAloneMakesItsGluedFormLikelierAJoin() {
    String glued = "Officials in Varnholtsaid the talks would resume in March.";
    String named = "Talks in Varnholt ended early. " + glued + " Varnholt is the regional capital.";
    assertThat(scoreAt(named, "Varnholt|said")).isGreaterThan(0);
    assertThat(scoreAt(glued, "Varnholt|said")).isLessThan(0);
  }
}
