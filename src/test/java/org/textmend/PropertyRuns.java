package org.textmend;

import org.quicktheories.QuickTheory;

/**
 * How every property test runs: QuickTheories with a fixed seed, so that each build tries the same
 * examples and a failure repeats, and a number of tries per property that the release run raises.
 *
 * <p>A property test is a plain JUnit test that calls {@code PropertyRuns.qt(100).forAll(generator)
 * .checkAssert(example -> ...)}. A failing example is shrunk, and the failure message shows the
 * smallest one found and the seed. Two system properties change a run:
 *
 * <ul>
 *   <li>{@value #TRIES} sets the tries of every property, whatever the test asks for: the release
 *       run is {@code ./mvnw test -Dtest='*Propert*Test,JobsDeterminismTest,ExplainedTextTest'
 *       -Dproperties.tries=10000} (see the README's "Guarantees");
 *   <li>{@value #SEED} replaces the fixed seed, to try other examples than the build's.
 * </ul>
 */
public final class PropertyRuns {

  /** The system property that sets the number of tries of every property. */
  public static final String TRIES = "properties.tries";

  /** The system property that replaces the fixed seed. */
  public static final String SEED = "properties.seed";

  /** The seed of every build; any fixed number would do. */
  private static final long FIXED_SEED = 20_261_204L;

  /**
   * Shrinking runs the property once per cycle; enough to bring a generated document down to a few
   * characters, and bounded so that a failure in a slow property (a whole batch run through the
   * command line) still reports within a minute or two.
   */
  private static final int SHRINK_CYCLES = 500;

  private PropertyRuns() {}

  /**
   * A theory that tries {@code buildTries} examples (or the number {@value #TRIES} gives) from the
   * fixed seed (or the one {@value #SEED} gives).
   */
  public static QuickTheory qt(int buildTries) {
    return QuickTheory.qt()
        .withFixedSeed(seed())
        .withExamples(tries(buildTries))
        .withShrinkCycles(SHRINK_CYCLES);
  }

  /** The number of tries: {@value #TRIES} if set, else {@code buildTries}. */
  public static int tries(int buildTries) {
    String value = System.getProperty(TRIES);
    if (value == null || value.isBlank()) {
      return buildTries;
    }
    int tries = Integer.parseInt(value.strip());
    if (tries < 1) {
      throw new IllegalArgumentException(TRIES + " must be at least 1, not " + value);
    }
    return tries;
  }

  private static long seed() {
    String value = System.getProperty(SEED);
    return value == null || value.isBlank() ? FIXED_SEED : Long.parseLong(value.strip());
  }
}
