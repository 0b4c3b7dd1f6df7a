package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SentenceBoundariesTest {

  private static List<Integer> found(String token) {
    List<Integer> at = new ArrayList<>();
    new SentenceBoundaries(token).find(0, token.length(), at::add);
    return at;
  }

  @Test
  void findsTheSpaceMissingAfterSentencePunctuation() {
    assertThat(found("Turkey.Erdogan")).containsExactly(7);
    assertThat(found("allies,and")).containsExactly(7);
  }

  @ParameterizedTest
  @ValueSource(strings = {"U.S.", "e.g.", "3.5", "10:45", "example.com", "v2.3.1", "Node.js"})
  void findsNoneInAbbreviationsNumbersAndNames(String token) {
    assertThat(found(token)).isEmpty();
  }

  /** The boundaries found in the token {@code token} of {@code text}. */
  private static List<Integer> foundIn(String text, String token) {
    int start = text.indexOf(token);
    List<Integer> at = new ArrayList<>();
    new SentenceBoundaries(text).find(start, start + token.length(), k -> at.add(k - start));
    return at;
  }

  @Test
  void theArticleOrThePronounAfterAClosedQuotationStartsASentence() {
    String text = "He called it \"a fair deal for the government.\"A review will follow.";
    assertThat(foundIn(text, "government.\"A")).containsExactly(12);
    String curly = "She said \u201cthat is the rule.\u201dI agree with her.";
    assertThat(foundIn(curly, "rule.\u201dI")).containsExactly(6);
    // Not after a comma.
    String comma = "He called it \"a fair deal for the government,\"A review said.";
    assertThat(foundIn(comma, "government,\"A")).isEmpty();
  }

  @Test
  void aWordInCapitalsAfterAStopIsOnlyAWeakSign() {
    // "fighting.UKIP" is a lost sentence break, "report.PDF" a file name: the rules take neither,
    // and the weak sign is left for the line width to confirm.
    for (String token : List.of("fighting.UKIP", "report.PDF", "talks.NATO's", "estimated.A")) {
      assertThat(found(token)).as(token).isEmpty();
      assertThat(new SentenceBoundaries(token).acronymAfterStop(0, token.length()))
          .as(token)
          .isEqualTo(token.indexOf('.') + 1);
    }
    for (String token : List.of("U.S.A", "a.PDF", "fighting.UKIPs", "file.tar.GZ", "estimated.B")) {
      assertThat(new SentenceBoundaries(token).acronymAfterStop(0, token.length()))
          .as(token)
          .isEqualTo(-1);
    }
  }
}
