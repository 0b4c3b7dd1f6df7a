package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A single sentence gets the same care as a long page: each join in it is judged from the token and
 * its neighbours, with no line width and no other damage to vouch for it, and a clean sentence of
 * names and brands comes out as it went in.
 */
class ShortInputTest {

  private static final TextMend MEND = TextMend.standard();

  @Test
  void repairsEveryJoinOfOneDamagedSentence() {
    assertThat(
            MEND.clean(
                "The militias.A spokesman said Kremlin spokesman DmitryPeskov was in Idlibto"
                    + " meet his Russiancounterpart.\n"))
        .isEqualTo(
            "The militias. A spokesman said Kremlin spokesman Dmitry Peskov was in Idlib to"
                + " meet his Russian counterpart.\n");
  }

  @Test
  void leavesACleanSentenceOfBrandsAlone() {
    String clean =
        "She runs WordPress on a PlayStation, keeps her old SonyEricsson and sells on eBay.\n";
    assertThat(MEND.clean(clean)).isEqualTo(clean);
  }
}
