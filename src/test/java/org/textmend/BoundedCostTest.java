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
 * KB and at 1 MB, sixteen times as much, and the large one may allocate at most {@value #MAX_RATIO}
 * times the memory of the small one.
 *
 * <p>Memory allocated is counted, not timed: it does not depend on the machine or on what else runs
 * on it, so the check cannot fail on a busy machine. (Processor time can: under a load of nine
 * processes on two cores, single 1 MB runs took from 44 to 698 ms.) Linear work allocates 16 times
 * as much for 16 times the input, quadratic work 256 times; the bound of 64 sits a factor of four
 * from each. The word engine, the only part with work that need not allocate in proportion, counts
 * its work and {@code EngineWorkTest} bounds that count; {@code WordModelCostTest} bounds the spans
 * its word model scores.
 */
class BoundedCostTest {

  private static final int SMALL = 64 << 10;
  private static final int LARGE = 1 << 20;
  private static final double MAX_RATIO = 64.0;
  private static final long ALLOCATION_ALLOWANCE_BYTES = 8L << 20;

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

  /** The bytes allocated while cleaning {@code text}, after a warm-up. */
  private static long allocated(UnaryOperator<String> mend, String text) {
    long thread = Thread.currentThread().getId();
    long before = THREADS.getThreadAllocatedBytes(thread);
    sink = mend.apply(text);
    return THREADS.getThreadAllocatedBytes(thread) - before;
  }

  private static void assertLinear(UnaryOperator<String> mend, String unit) {
    String small = repeat(unit, SMALL);
    String large = repeat(unit, LARGE);
    for (int i = 0; i < 3; i++) {
      sink = mend.apply(small); // class loading, the lexicon, the compiler
    }
    long smallBytes = allocated(mend, small);
    long largeBytes = allocated(mend, large);
    assertThat(largeBytes)
        .as(
            "memory allocated for 1024 KB of %s: %d KB, after %d KB for 64 KB",
            Escape.quoted(unit), largeBytes >> 10, smallBytes >> 10)
        .isLessThanOrEqualTo((long) (MAX_RATIO * smallBytes) + ALLOCATION_ALLOWANCE_BYTES);
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
   * The check itself catches quadratic work: a stand-in that makes a small string for every 64th
   * character paired with every 64th allocates 256 times as much at 1 MB as at 64 KB, and fails.
   */
  @Test
  void quadraticWorkFails() {
    UnaryOperator<String> quadratic =
        text -> {
          long sum = 0;
          for (int i = 0; i < text.length(); i += 64) {
            for (int j = 0; j < text.length(); j += 64) {
              sum += String.valueOf(text.charAt(j) ^ i).length();
            }
          }
          return Long.toString(sum);
        };
    assertThatThrownBy(() -> assertLinear(quadratic, "ab"))
        .hasMessageContaining("memory allocated for 1024 KB");
  }
}
