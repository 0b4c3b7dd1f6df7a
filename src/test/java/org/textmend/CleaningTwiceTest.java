package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs on which a second run once changed what the first had left, most of them found by the
 * idempotence property test. Each must come out as given, and cleaning the output again must change
 * nothing.
 *
 * <p>The first five are finished in one run because the character fixers and the structure fixers
 * each repeat as a stage until they settle: one repair uncovers another (a decomposed "Ã" that
 * composition turns into mojibake after mojibake has run; a line-end hyphen whose rejoining makes a
 * line that unwrap then joins to its paragraph).
 */
class CleaningTwiceTest {

  private static final TextMend STANDARD = TextMend.standard();

  static Stream<Arguments> uncoveringRepairs() {
    return Stream.of(
        Arguments.of("decomposed mojibake", "The cafA\u0303\u00A9 opens.\n", "The café opens.\n"),
        Arguments.of(
            "invisible inside mojibake", "It\u00E2\u200B\u20AC\u2122s late.\n", "It’s late.\n"),
        Arguments.of("invisible inside an entity", "Fish &am\u200Bp; chips.\n", "Fish & chips.\n"),
        Arguments.of(
            "entity whose text is mojibake", "The caf&#195;&#169; opens.\n", "The café opens.\n"),
        Arguments.of(
            "hyphen rejoined, then the line unwrapped",
            "The the\n\nThe the the that befo-\nre between minister\ngovernment the.\n",
            "The the\n\nThe the the that before between minister government the.\n"),
        // Boilerplate matches a line by its words whatever spaces separate them, as they are once
        // the whitespace fixer has made them plain.
        Arguments.of(
            "furniture line with a narrow no-break space",
            "The ferry sailed at noon.\nRead\u202Fmore:\n",
            "The ferry sailed at noon.\n"),
        // Unwrap joins a line to a next one that starts with a glued pair of words as it would
        // once the word fixers have split them.
        Arguments.of(
            "a line that starts with glued words",
            "The boat left at noon with supplies\nfortwo weeks for the crew.\n",
            "The boat left at noon with supplies for two weeks for the crew.\n"),
        // Boilerplate knows a furniture line whose words lost a space, which the word fixers would
        // otherwise split into a line that only the second run removes.
        Arguments.of(
            "furniture line with glued words",
            "The ferry sailed at noon.\n\nSign up forour newsletter\n",
            "The ferry sailed at noon.\n"),
        // Emptying a blank line between a lone CR and an LF must not fuse them into one CRLF.
        Arguments.of("blank line of spaces after a lone CR", "aa\r \n\nbb", "aa\r\rbb\n"),
        // A lone first line is no title, whether or not blank lines end the text.
        Arguments.of(
            "one line and trailing blank lines", "The theThe the.\n\n\n", "The the The the.\n"),
        // Two characters are too short to hold a join, with or without the line break the
        // white-space fixer adds (a fuzz finding: "]a\n" was split on the second run).
        Arguments.of("two characters, then the final line break", "]a", "]a\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("uncoveringRepairs")
  void repairsThatUncoverRepairsAreFinishedInOneRun(String what, String damaged, String clean) {
    String once = STANDARD.clean(damaged);
    assertThat(once).as(what).isEqualTo(clean);
    assertThat(STANDARD.explain(once).steps()).as(what + ", cleaned again").isEmpty();
  }
}
