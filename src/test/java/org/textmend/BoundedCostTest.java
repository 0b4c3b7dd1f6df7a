package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input makes cleaning cost grow faster than its length: pathological inputs (a long token
 * without a space, one character repeated, alternating punctuation, a long line) are cleaned at
 * sizes growing fourfold from 16 KB to 1 MB, and each step may cost at most {@value #MAX_RATIO}
 * times the one before, in processor time and in memory allocated.
 *
 * <p>A scaling comparison rather than an absolute timing, so that it holds on a slow or busy
 * machine: linear work costs four times as much for four times the input, quadratic work sixteen.
 * Time is the processor time of the cleaning thread, which other processes on a shared machine and
 * the JVM's own compiler and garbage collector threads do not inflate; each size counts the fastest
 * of a few runs after a warm-up, and a small allowance absorbs the noise of the smallest sizes. It
 * stops at the first step that grows too fast, so a quadratic fixer fails in seconds instead of
 * running for hours at 1 MB.
 */
class BoundedCostTest {

  private static final double MAX_RATIO = 6.0;
  private static final long TIME_ALLOWANCE_NANOS = 20_000_000;
  private static final long ALLOCATION_ALLOWANCE_BYTES = 8L << 20;
  private static final int[] SIZES = {16 << 10, 64 << 10, 256 << 10, 1 << 20};
  private static final int RUNS = 3;

  private static final List<String> WORD_FIXERS =
      List.of("sentence-spacing", "camel-joins", "glued-words");

  /** {@code unit} repeated to exactly {@code length} characters. */
  static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    out.setLength(length);
    return out.toString();
  }

  /** What cleaning one input cost: the least processor time and bytes allocated of the runs. */
  private record Cost(long nanos, long allocated) {}

  /**
   * Cleans {@code text} up to {@link #RUNS} times; stops after a run that takes more than twice
   * {@code limitNanos}, since more runs cannot bring it under the limit.
   */
  private static Cost measure(TextMend mend, String text, long limitNanos) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    long best = Long.MAX_VALUE;
    long allocated = Long.MAX_VALUE;
    for (int run = 0; run < RUNS; run++) {
      long allocatedBefore = threads.getThreadAllocatedBytes(thread);
      long start = threads.getCurrentThreadCpuTime();
      mend.clean(text);
      best = Math.min(best, threads.getCurrentThreadCpuTime() - start);
      allocated = Math.min(allocated, threads.getThreadAllocatedBytes(thread) - allocatedBefore);
      if (best > 2 * limitNanos) {
        break;
      }
    }
    return new Cost(best, allocated);
  }

  private static void assertLinear(TextMend mend, String unit) {
    String warmUp = repeat(unit, SIZES[0]);
    for (int i = 0; i < 3; i++) {
      mend.clean(warmUp); // class loading, the lexicon, the compiler
    }
    Cost previous = null;
    for (int size : SIZES) {
      long limit =
          previous == null
              ? Long.MAX_VALUE / 4
              : (long) (MAX_RATIO * previous.nanos()) + TIME_ALLOWANCE_NANOS;
      Cost cost = measure(mend, repeat(unit, size), limit);
      if (previous != null) {
        assertThat(cost.nanos())
            .as(
                "processor time for %d KB of %s: %d ms, after %d ms for a quarter of it",
                size >> 10,
                Escape.quoted(unit),
                cost.nanos() / 1_000_000,
                previous.nanos() / 1_000_000)
            .isLessThanOrEqualTo(limit);
        assertThat(cost.allocated())
            .as(
                "memory allocated for %d KB of %s: %d KB, after %d KB for a quarter of it",
                size >> 10, Escape.quoted(unit), cost.allocated() >> 10, previous.allocated() >> 10)
            .isLessThanOrEqualTo(
                (long) (MAX_RATIO * previous.allocated()) + ALLOCATION_ALLOWANCE_BYTES);
      }
      previous = cost;
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".,", // alternating punctuation
        "!?",
        " ",
        "\n",
        "\r\n",
        " \n",
        "the harbour reopened on Monday and the ferries ", // a 1 MB line of words
      })
  void defaultPipelineIsLinear(String unit) {
    assertLinear(TextMend.standard(), unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij", "a", "aB", "a.", "1", "é", "\u200B", "&amp;"})
  void fixersOtherThanTheWordFixersAreLinearOnALongToken(String unit) {
    assertLinear(TextMend.builder().skip(WORD_FIXERS).build(), unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij", "a", "aB", "1"})
  void defaultPipelineIsLinearOnALongToken(String unit) {
    assertLinear(TextMend.standard(), unit);
  }
}
