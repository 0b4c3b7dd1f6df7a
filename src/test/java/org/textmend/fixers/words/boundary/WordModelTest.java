package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/** The scores of single tokens: what makes one reading of a token likelier than another. */
class WordModelTest {

  /** The score of {@code token} as a token of a document made of {@code document}. */
  private static double score(String token, String document) {
    char[] text = (document + " " + token).toCharArray();
    WordModel model = new WordModel(Lexicon.english(), DocumentLexicon.of(text));
    return model.token(text, text.length - token.length(), text.length, 1);
  }

  private static double score(String token) {
    return score(token, "");
  }

  @Test
  void aKnownWordBeatsAnUnknownOneOfTheSameLength() {
    assertThat(score("harbour")).isGreaterThan(score("harvkux"));
  }

  @Test
  void aCommonWordBeatsARareOne() {
    assertThat(score("house")).isGreaterThan(score("hoise"));
  }

  @Test
  void aWordTheDocumentUsesIsLikelierThanWhenItDoesNot() {
    assertThat(score("Varnholt", "Varnholt Varnholt")).isGreaterThan(score("Varnholt"));
  }

  @Test
  void aPossessiveScoresAsItsWordLessASmallCost() {
    double possessive = score("harbour's");
    assertThat(possessive).isLessThan(score("harbour")).isGreaterThan(score("harbour") - 3);
  }

  @Test
  void aContractionScoresFromTheWordItIsMadeOf() {
    assertThat(score("we'll")).isGreaterThan(score("wexll"));
    assertThat(score("didn't")).isGreaterThan(score("didnxt"));
  }

  @Test
  void aContractionGluedToTheNextWordIsNoName() {
    assertThat(score("we'llsee")).isLessThan(score("we'll") + score("see"));
  }

  @Test
  void aNumberWithAUnitIsOneToken() {
    assertThat(score("5km")).isGreaterThan(score("5") + score("km"));
    assertThat(score("1990s")).isGreaterThan(score("1990") + score("s"));
  }

  @Test
  void aNumberGluedToAWordIsLikelierTwoTokens() {
    assertThat(score("2003after")).isLessThan(score("2003") + score("after"));
  }

  @Test
  void punctuationAroundAWordCostsLittle() {
    assertThat(score("harbour,")).isGreaterThan(score("harbour") - 3);
    assertThat(score("(harbour)")).isGreaterThan(score("harbour") - 8);
  }
}
