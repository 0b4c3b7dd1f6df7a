package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

class RunSegmenterTest {

  @Test
  void splitsARunIntoWords() {
    char[] text = "thebridgeovertheriverwasclosed".toCharArray();
    WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(text));
    RunSegmenter.Segmentation result =
        new RunSegmenter(model, Lexicon.english()).segment(text, 0, text.length);
    assertThat(result.cuts()).containsExactly(3, 9, 13, 16, 21, 24);
  }

  /**
   * Words alone rate "in to" above "into" and "as take" above "a stake"; the words around them and
   * the document's spaced paragraphs, which write "a stake" and "into the", decide.
   */
  @Test
  void weighsEachCutWithTheWordsAroundIt() {
    String document =
        "The council bought a stake in the ferry company. The money went into the harbour fund.\n\n"
            + "Theharbourboardalsoboughtastakeinthecompanyandputthemoneyintothefund.";
    char[] text = document.toCharArray();
    int start = document.indexOf("Theharbour");
    DocumentLexicon lexicon = DocumentLexicon.of(text);
    WordModel model = new WordModel(Lexicon.english(), lexicon);
    RunSegmenter segmenter =
        new RunSegmenter(
            model, Lexicon.english(), DashShare.NEUTRAL, ContextModel.english(), lexicon);
    int[] cuts = segmenter.segment(text, start, text.length).cuts();
    StringBuilder split = new StringBuilder(document.substring(start));
    for (int k = cuts.length - 1; k >= 0; k--) {
      split.insert(cuts[k] - start, ' ');
    }
    assertThat(split.toString())
        .isEqualTo(
            "The harbour board also bought a stake in the company and put the money into the fund.");
  }

  /**
   * Each position looks back at most MAX_TOKEN characters, and the refiner scores a bounded number
   * of choices per token: work grows linearly with the run.
   */
  @Test
  void scoresAtMostMaxTokenSpansPerCharacterOfAMegabyteRun() {
    String sentence = "thetidecameinslowlyandthefishingboatsreturnedtotheharbour";
    StringBuilder run = new StringBuilder(1 << 20);
    while (run.length() < 1 << 20) {
      run.append(sentence);
    }
    char[] text = run.toString().toCharArray();
    WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(new char[0]));
    new RunSegmenter(model, Lexicon.english()).segment(text, 0, text.length);
    assertThat(model.evaluations())
        .isLessThanOrEqualTo(
            (long) (RunSegmenter.MAX_TOKEN + RunRefiner.EVALUATIONS_PER_TOKEN) * text.length);
  }
}
