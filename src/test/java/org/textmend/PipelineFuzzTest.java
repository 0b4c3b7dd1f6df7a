package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.FixerRegistry;

/**
 * Fuzzes the pipeline with Jazzer: on any text, the default fixers and every installed fixer must
 * not throw, must lose nothing the edit log does not account for, and must leave their own output
 * alone.
 *
 * <p>A normal build runs this as a regression test over the committed inputs in {@code
 * src/test/resources/org/textmend/PipelineFuzzTestInputs/cleans/} (seeds, and every crash the
 * fuzzer has found), which takes a moment. To fuzz, run it alone with the fuzzer on (see the
 * README's "Guarantees"); crashes are written to that folder and become regression cases.
 *
 * <p>The first byte of an input says how the rest becomes text, so that the fuzzer reaches every
 * kind of string: 0 as UTF-8 (malformed bytes become U+FFFD), 1 as UTF-16LE code units (lone
 * surrogates included), 2 as Latin-1 (every byte one character, C1 controls included).
 */
class PipelineFuzzTest {

  private static final TextMend STANDARD = TextMend.standard();
  private static final TextMend EVERY_FIXER =
      TextMend.builder().fixers(FixerRegistry.installed().names()).build();

  /** The text an input stands for; see the class comment. */
  static String text(byte[] input) {
    if (input.length == 0) {
      return "";
    }
    int mode = (input[0] & 0xFF) % 3;
    byte[] rest = java.util.Arrays.copyOfRange(input, 1, input.length);
    return switch (mode) {
      case 0 -> new String(rest, StandardCharsets.UTF_8);
      case 1 -> new String(rest, StandardCharsets.UTF_16LE);
      default -> new String(rest, StandardCharsets.ISO_8859_1);
    };
  }

  @FuzzTest(maxDuration = "30m")
  @Timeout(value = 2, unit = TimeUnit.SECONDS) // per input: a slower one is a finding
  void cleans(byte[] input) {
    String text = text(input);
    for (TextMend mend : List.of(STANDARD, EVERY_FIXER)) {
      ExplainedText explained = mend.explain(text);
      assertThat(LossChecker.problems(explained)).as("input %s", Escape.quoted(text)).isEmpty();
      assertThat(mend.explain(explained.text()).steps())
          .as("cleaning again %s", Escape.quoted(explained.text()))
          .isEmpty();
    }
  }
}
