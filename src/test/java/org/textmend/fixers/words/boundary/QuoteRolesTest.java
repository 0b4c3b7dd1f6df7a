package org.textmend.fixers.words.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textmend.fixers.words.boundary.QuoteRoles.Role;

class QuoteRolesTest {

  private static Role roleOf(String text, String marked) {
    int at = text.indexOf(marked.replace("|", "")) + marked.indexOf('|');
    return new QuoteRoles(text).role(at);
  }

  @Test
  void aQuoteWithASpaceOnOneSideTakesItsRoleFromIt() {
    String text = "She said \"the ferry is late\" and left.";
    assertThat(roleOf(text, "said |\"the")).isEqualTo(Role.OPENING);
    assertThat(roleOf(text, "late|\" and")).isEqualTo(Role.CLOSING);
  }

  @Test
  void aQuoteGluedOnBothSidesTakesItsRoleFromItsNeighbours() {
    String text = "\"The ferry is late.\"It sailed at noon. \"We waited,\" she said.";
    assertThat(roleOf(text, "late.|\"It")).isEqualTo(Role.CLOSING);
  }

  @Test
  void speechInTheFirstOrSecondPersonOpensAndATitleAfterAQuoteCloses() {
    // The neighbours disagree about both glued quotes, and the reopening convention alone would
    // make both open; the words after them decide: "We" speaks, "Mr Berg" is narration.
    String text =
        "He said: \"The ferry is late. \"It will sail at noon.\"We are used to it.\"Mr Berg"
            + " nodded. \"Not me,\" she said.";
    assertThat(roleOf(text, "noon.|\"We")).isEqualTo(Role.OPENING);
    assertThat(roleOf(text, "it.|\"Mr")).isEqualTo(Role.CLOSING);
  }
}
