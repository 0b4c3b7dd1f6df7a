package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

class RunSegmenterTest {

  @Test
  void splitsARunIntoWords() {
    char[] text = "thebridgeovertheriverwasclosed".toCharArray();
    WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(text));
    RunSegmenter.Segmentation result =
        new RunSegmenter(model, Lexicon.english(), false).segment(text, 0, text.length);
    assertThat(result.cuts()).containsExactly(3, 9, 13, 16, 21, 24);
  }

  /** Each position looks back at most MAX_TOKEN characters: work grows linearly with the run. */
  @Test
  void scoresAtMostMaxTokenSpansPerCharacterOfAMegabyteRun() {
    String sentence = "thetidecameinslowlyandthefishingboatsreturnedtotheharbour";
    StringBuilder run = new StringBuilder(1 << 20);
    while (run.length() < 1 << 20) {
      run.append(sentence);
    }
    char[] text = run.toString().toCharArray();
    WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(new char[0]));
    new RunSegmenter(model, Lexicon.english(), false).segment(text, 0, text.length);
    assertThat(model.evaluations())
        .isLessThanOrEqualTo((long) RunSegmenter.MAX_TOKEN * text.length);
  }
}
