package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No input makes cleaning cost grow faster than its length: pathological inputs (a long token
 * without a space, one character repeated, alternating punctuation, a long line) are cleaned at 64
 * KB and at 1 MB, sixteen times as much, and the large one may cost at most {@value #MAX_RATIO}
 * times the small one, in processor time and in memory allocated.
 *
 * <p>A scaling comparison with a wide margin rather than a timing, so that a slow or busy machine
 * cannot make it fail. Linear work costs 16 times as much for 16 times the input, quadratic work
 * 256 times; the bound of 64 sits a factor of four from each. Time is the processor time of the
 * cleaning thread, which the JVM's compiler and garbage collector threads do not add to; but on a
 * loaded machine one run can still cost many times its quiet cost (another process sharing the core
 * and its caches, a virtual machine's stolen time): under a load of nine processes on two cores,
 * single 1 MB runs took from 44 to 698 ms. So each size counts its cheapest run, of at least three
 * after a warm-up, taken in turn with the other size; while over the bound, more runs follow (up to
 * nine) until each size has had a quiet one. A small allowance covers inputs so quick that a page
 * fault would count. Memory is bytes allocated, which load does not change. The price of the
 * margin: quadratic work is caught once its quadratic part costs about four times the linear part
 * at 1 MB, not earlier. Where the code counts its work, a test bounds the count instead ({@code
 * WordModelCostTest}).
 */
class BoundedCostTest {

  private static final int SMALL = 64 << 10;
  private static final int LARGE = 1 << 20;
  private static final double MAX_RATIO = 64.0;
  private static final long TIME_ALLOWANCE_NANOS = 20_000_000;
  private static final long ALLOCATION_ALLOWANCE_BYTES = 8L << 20;
  private static final int MIN_RUNS = 3;
  private static final int MAX_RUNS = 9;

  private static final List<String> WORD_FIXERS =
      List.of("sentence-spacing", "camel-joins", "glued-words");

  /** Keeps each result reachable, so the compiler cannot drop the work of a run. */
  private static volatile String sink = "";

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** {@code unit} repeated to exactly {@code length} characters. */
  static String repeat(String unit, int length) {
    StringBuilder out = new StringBuilder(length + unit.length());
    while (out.length() < length) {
      out.append(unit);
    }
    out.setLength(length);
    return out.toString();
  }

  /** What cleaning one input cost: the least processor time and bytes allocated of its runs. */
  private record Cost(long nanos, long allocated) {
    static final Cost NONE = new Cost(Long.MAX_VALUE, Long.MAX_VALUE);

    Cost cheaper(Cost other) {
      return new Cost(Math.min(nanos, other.nanos), Math.min(allocated, other.allocated));
    }
  }

  private static Cost clean(UnaryOperator<String> mend, String text) {
    long thread = Thread.currentThread().getId();
    long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
    long start = THREADS.getCurrentThreadCpuTime();
    sink = mend.apply(text);
    return new Cost(
        THREADS.getCurrentThreadCpuTime() - start,
        THREADS.getThreadAllocatedBytes(thread) - allocatedBefore);
  }

  private static void assertLinear(UnaryOperator<String> mend, String unit) {
    String small = repeat(unit, SMALL);
    String large = repeat(unit, LARGE);
    for (int i = 0; i < 3; i++) {
      sink = mend.apply(small); // class loading, the lexicon, the compiler
    }
    Cost smallCost = Cost.NONE;
    Cost largeCost = Cost.NONE;
    for (int run = 1; run <= MAX_RUNS; run++) {
      smallCost = smallCost.cheaper(clean(mend, small));
      largeCost = largeCost.cheaper(clean(mend, large));
      boolean within =
          largeCost.nanos() <= timeLimit(smallCost)
              && largeCost.allocated() <= allocationLimit(smallCost);
      // Far over the bound (the ratio of quadratic work), no quiet run would bring it under.
      if (run >= MIN_RUNS && (within || largeCost.nanos() > 4 * timeLimit(smallCost))) {
        break;
      }
    }
    assertThat(largeCost.nanos())
        .as(
            "processor time for 1024 KB of %s: %d ms, after %d ms for 64 KB",
            Escape.quoted(unit), largeCost.nanos() / 1_000_000, smallCost.nanos() / 1_000_000)
        .isLessThanOrEqualTo(timeLimit(smallCost));
    assertThat(largeCost.allocated())
        .as(
            "memory allocated for 1024 KB of %s: %d KB, after %d KB for 64 KB",
            Escape.quoted(unit), largeCost.allocated() >> 10, smallCost.allocated() >> 10)
        .isLessThanOrEqualTo(allocationLimit(smallCost));
  }

  private static long timeLimit(Cost small) {
    return (long) (MAX_RATIO * small.nanos()) + TIME_ALLOWANCE_NANOS;
  }

  private static long allocationLimit(Cost small) {
    return (long) (MAX_RATIO * small.allocated()) + ALLOCATION_ALLOWANCE_BYTES;
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
    assertLinear(TextMend.standard()::clean, unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij", "a", "aB", "a.", "1", "é", "\u200B", "&amp;"})
  void fixersOtherThanTheWordFixersAreLinearOnALongToken(String unit) {
    assertLinear(TextMend.builder().skip(WORD_FIXERS).build()::clean, unit);
  }

  @ParameterizedTest
  @ValueSource(strings = {"abcdefghij", "a", "aB", "1"})
  void defaultPipelineIsLinearOnALongToken(String unit) {
    assertLinear(TextMend.standard()::clean, unit);
  }

  /**
   * The check itself catches quadratic work: a stand-in that compares every 64th character with
   * every 64th (a few milliseconds at 64 KB, a quarter of a second at 1 MB, 256 times as much) and
   * allocates nothing in proportion fails on time.
   */
  @Test
  void quadraticWorkFails() {
    UnaryOperator<String> quadratic =
        text -> {
          long sum = 0;
          for (int i = 0; i < text.length(); i += 64) {
            for (int j = 0; j < text.length(); j += 64) {
              sum += text.charAt(j) ^ i;
            }
          }
          return Long.toString(sum);
        };
    assertThatThrownBy(() -> assertLinear(quadratic, "ab"))
        .hasMessageContaining("processor time for 1024 KB");
  }
}
