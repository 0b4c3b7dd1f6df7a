package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.textmend.fixers.words.boundary.Boundaries.Kind;

/** The kind of join a place inside a token would be, judged from the characters around it. */
class JoinClassifierTest {

  /** The kind at the place marked {@code |} in {@code marked}, a single token. */
  private static @Nullable Kind kindAt(String marked) {
    int at = marked.indexOf('|');
    String token = marked.replace("|", "");
    int coreStart = 0;
    while (coreStart < token.length() && WordModel.isLeading(token.charAt(coreStart))) {
      coreStart++;
    }
    return new JoinClassifier(token).kindAt(0, token.length(), coreStart, at);
  }

  @ParameterizedTest
  @CsvSource({"denied|Moscow", "Dmitry|Peskov", "UK|Minister", "IMF|warned", "M&S|at"})
  void aChangeOfCaseIsACamelJoin(String marked) {
    assertThat(kindAt(marked)).isEqualTo(Kind.CAMEL);
  }

  @ParameterizedTest
  @CsvSource({
    "to|stop",
    "September|2001",
    "A|controversial",
    "Industry|(METI)",
    "[Movement]|and",
    "41%|in",
    "investors'|fragile"
  })
  void otherPlacesBetweenWordsAreGluedJoins(String marked) {
    assertThat(kindAt(marked)).isEqualTo(Kind.GLUED);
  }

  @ParameterizedTest
  @CsvSource({"talks.|NATO", "0.5%.|Overall", "Turkey.|Erdogan"})
  void aFullStopBeforeACapitalIsASentenceJoin(String marked) {
    assertThat(kindAt(marked)).isEqualTo(Kind.SENTENCE);
  }

  @ParameterizedTest
  @CsvSource({"US|$20", "A|BC", "U.S.|Army", "N|ATO"})
  void placesInsideCurrenciesAcronymsAndDomainsAreNoJoins(String marked) {
    assertThat(kindAt(marked)).isNull();
  }
}
