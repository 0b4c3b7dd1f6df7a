package org.textmend.fixers.words;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.TextMend;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * Scoring a token costs work in proportion to its length whatever its characters. The word model
 * takes apostrophes, hyphens, digits and brackets apart recursively; a token made of them must not
 * make the recursion branch (a stall the fuzzer found: the calls doubled with every apostrophe).
 * Work is counted as the spans the model scores, not timed.
 */
class WordModelCostTest {

  /** Patterns repeated to make tokens of the recursive shapes the model takes apart. */
  private static final List<String> UNITS =
      List.of(
          "a'",
          "'s",
          "n't",
          "s'",
          "ab'd",
          "a-'",
          "'-s",
          "1a'",
          "x'1",
          "(a)'",
          "\"a'",
          "a’s’",
          // Apostrophes before a hyphen: each part of a hyphenated word ends in apostrophes,
          // every one of which the trailing-apostrophe and contraction readings took off.
          "a'''''''-",
          "''''-",
          "'d's'-",
          "n'tn't-");

  @ParameterizedTest
  @ValueSource(ints = {8, 16, 32, 64, 128, 256})
  void scoringATokenVisitsEachSpanAFewTimesAtMost(int length) {
    for (String unit : UNITS) {
      char[] token = unit.repeat(length / unit.length() + 1).substring(0, length).toCharArray();
      WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(token));

      double score = model.token(token, 0, token.length, 1);

      assertThat(score).as("score of %s", new String(token)).isNotNaN();
      assertThat(model.evaluations())
          .as("spans scored for a token of %d characters: %s", length, new String(token))
          .isLessThanOrEqualTo(4L * length);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {8, 24, 64, 100})
  void splittingATokenEveryWayIsQuadraticInItsLengthAtMost(int length) {
    // What the join analysis asks of a token: the whole, then both parts of every split.
    for (String unit : UNITS) {
      char[] token = unit.repeat(length / unit.length() + 1).substring(0, length).toCharArray();
      WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(token));

      model.token(token, 0, length, 1);
      for (int split = 1; split < length; split++) {
        model.token(token, 0, split, 0);
        model.token(token, split, length, 0);
      }

      assertThat(model.evaluations())
          .as("spans scored for every split of %s", new String(token))
          .isLessThanOrEqualTo(4L * length * length);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "it's we'll they'd don't",
        "the world's leaders' o'clock d'Alembert O'Brien",
        "rock'n'roll y'all'd've 'tis",
      })
  void apostropheWordsScoreAsBeforeTheMemo(String words) {
    // The memo is an optimisation only: every word's score equals the score recomputed in a fresh
    // model, whatever was scored before it in the same model.
    char[] text = words.toCharArray();
    WordModel shared = new WordModel(Lexicon.english(), DocumentLexicon.of(text));
    int start = 0;
    for (int k = 0; k <= text.length; k++) {
      if (k == text.length || text[k] == ' ') {
        WordModel fresh = new WordModel(Lexicon.english(), DocumentLexicon.of(text));
        assertThat(shared.token(text, start, k, 1))
            .as("score of %s", words.substring(start, k))
            .isEqualTo(fresh.token(text, start, k, 1));
        start = k + 1;
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"a'", "'s", "n't", "a-'", "1a'", "\"a'", "a’s’", "-'", "'\"", "a.'", "(a)'b"})
  void thePipelineCleansAdversarialTokensAndTheirRepeats(String unit) {
    // Tokens of 64 characters and more, glued to words and in a line of prose, go through the
    // default pipeline; this guards the whole chain (join analysis, width model, sentence rules)
    // against the recursion, with the counted test above bounding the word model itself.
    String token = unit.repeat(200 / unit.length());
    String text =
        "The report said "
            + token.substring(0, 70)
            + "that the "
            + token
            + " rose.\n"
            + token.substring(0, 64)
            + "\n";
    String cleaned = TextMend.standard().clean(text);
    assertThat(TextMend.standard().clean(cleaned)).isEqualTo(cleaned);
  }
}
