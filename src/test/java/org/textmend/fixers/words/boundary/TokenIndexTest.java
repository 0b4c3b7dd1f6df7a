package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Tokens and lines of a text, as the word engine sees them. */
class TokenIndexTest {

  private static TokenIndex index(String text) {
    return new TokenIndex(text, text.toCharArray());
  }

  @Test
  void tokensAreRunsOfCharactersBetweenSpaces() {
    TokenIndex index = index("The tide  turned,\tslowly.");

    assertThat(index.tokenCount()).isEqualTo(4);
    assertThat(index.tokenStart(2)).isEqualTo(10);
    assertThat(index.tokenEnd(2)).isEqualTo(17);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "  \t", "\u00A0"})
  void aLineEndsAtItsLastCharacterThatIsNotWhiteSpace(String trailing) {
    // The white-space fixer removes trailing spaces; a line must be judged the same before and
    // after it did (a fuzz finding: a trailing space changed the width model's verdict).
    TokenIndex index = index("The tide turned." + trailing + "\nIt rose again." + trailing);

    assertThat(index.lineCount()).isEqualTo(2);
    assertThat(index.lineEnd(0)).isEqualTo(16);
    assertThat(index.lineStart(1)).isEqualTo(17 + trailing.length());
    assertThat(index.lineEnd(1) - index.lineStart(1)).isEqualTo(14);
  }

  @Test
  void aLineEndsBeforeTheSpacesAndTheCarriageReturnOfACrlf() {
    TokenIndex index = index("The tide turned. \r\nIt rose.");

    assertThat(index.lineCount()).isEqualTo(2);
    assertThat(index.lineEnd(0)).isEqualTo(16);
  }

  @Test
  void aLoneCarriageReturnEndsALine() {
    TokenIndex index = index("One\rTwo\r\nThree");

    assertThat(index.lineCount()).isEqualTo(3);
    assertThat(index.firstToken(2)).isEqualTo(2);
  }
}
