package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The README's minimal library example ("Library use"), line for line, so that it keeps compiling
 * and doing what the README says it does.
 */
class LibraryExampleTest {

  @Test
  void theReadmeExampleCleansAText() {
    // --- as in the README ---
    TextMend mend = TextMend.standard(); // immutable and thread-safe: build once, share
    String clean = mend.clean("The ferry leavesat noon.Tickets are sold on board.\n");
    // --- end ---

    assertThat(clean).isEqualTo("The ferry leaves at noon. Tickets are sold on board.\n");
  }
}
