package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The property tests are deterministic (every run tries the same examples) and the release run's
 * {@value PropertyRuns#TRIES} reaches every one of them.
 */
class PropertyRunsTest {

  private String savedTries;

  @BeforeEach
  void saveTries() {
    savedTries = System.getProperty(PropertyRuns.TRIES);
  }

  @AfterEach
  void restoreTries() {
    if (savedTries == null) {
      System.clearProperty(PropertyRuns.TRIES);
    } else {
      System.setProperty(PropertyRuns.TRIES, savedTries);
    }
  }

  private static List<Long> examples(int tries) {
    List<Long> seen = new ArrayList<>();
    PropertyRuns.qt(tries).forAll(Generate.longRange(0, Long.MAX_VALUE)).checkAssert(seen::add);
    return seen;
  }

  @Test
  void everyRunTriesTheSameExamples() {
    System.clearProperty(PropertyRuns.TRIES);
    List<Long> first = examples(50);
    assertThat(first).hasSizeGreaterThan(40);
    assertThat(examples(50)).isEqualTo(first);
  }

  @Test
  void theSystemPropertySetsTheTriesOfEveryProperty() {
    System.clearProperty(PropertyRuns.TRIES);
    assertThat(PropertyRuns.tries(100)).isEqualTo(100);
    List<Long> asked = examples(20);

    System.setProperty(PropertyRuns.TRIES, "300");
    assertThat(PropertyRuns.tries(100)).isEqualTo(300);
    assertThat(PropertyRuns.tries(2000)).isEqualTo(300);
    List<Long> raised = examples(20);
    // QuickTheories skips an example it has tried already, so a few may be missing; the first
    // ones are the same as in the shorter run.
    assertThat(raised).hasSizeGreaterThan(250).startsWith(asked.toArray(Long[]::new));
  }

  @Test
  void aTriesValueBelowOneIsRefused() {
    System.setProperty(PropertyRuns.TRIES, "0");
    assertThatThrownBy(() -> PropertyRuns.tries(100)).hasMessageContaining(PropertyRuns.TRIES);
  }
}
