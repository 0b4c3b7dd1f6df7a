package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.process.JsonLinesCleaner;
import org.textmend.process.JsonLinesCleanerTest;

/** The command line's messages for malformed JSON Lines, as they were before the process layer. */
class JsonLinesMessagesTest {

  private static final TextMend MEND =
      TextMend.builder().registry(JsonLinesCleanerTest.registry()).build();

  private static JsonLinesCleaner.Block clean(String lines, boolean explain) {
    byte[] bytes = lines.getBytes(UTF_8);
    return new JsonLinesCleaner(MEND, List.of("text"), List.of(), explain)
        .clean("data.jsonl", bytes, 0, bytes.length, 1, true);
  }

  @Test
  void malformedLinesAreReportedWithTheirNumberAndColumn() {
    String in = "{\"text\": \"a  b\"}\nnot json\n{\"text\": \"x\"} extra\n{\"text\": \"c  d\"}\n";
    JsonLinesCleaner.Block block = clean(in, false);
    assertThat(JsonLinesMessages.messages("data.jsonl", block))
        .containsExactly(
            "textmend: data.jsonl:2:1: not a JSON object (expected '{'). The line was passed"
                + " through unchanged.",
            "textmend: data.jsonl:3:15: not a JSON object (text after the object). The line was"
                + " passed through unchanged.");
    assertThat(JsonLinesMessages.problems(block))
        .containsExactly(
            new Problem(
                2,
                "column 1: not a JSON object (expected '{'). The line was passed through"
                    + " unchanged."),
            new Problem(
                3,
                "column 15: not a JSON object (text after the object). The line was passed"
                    + " through unchanged."));
  }

  @Test
  void lineThatIsNotUtf8IsReportedWithItsNumberOnly() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xe9, '"', '}', '\n'};
    JsonLinesCleaner.Block block =
        new JsonLinesCleaner(MEND, List.of("text"), List.of(), false)
            .clean("d", bytes, 0, bytes.length, 7, false);
    assertThat(JsonLinesMessages.messages("d", block))
        .containsExactly("textmend: d:7: not valid UTF-8. The line was passed through unchanged.");
    assertThat(JsonLinesMessages.problems(block))
        .containsExactly(new Problem(7, "not valid UTF-8. The line was passed through unchanged."));
  }

  @Test
  void explanationsAndMalformedLinesInterleaveInLineOrder() {
    String in = "{\"text\": \"a  b\"}\nnot json\n{\"text\": \"c  d\"}\n";
    assertThat(JsonLinesMessages.messages("data.jsonl", clean(in, true)))
        .containsExactly(
            "data.jsonl:1:text:1:2 whitespace \"  \" → \" \"",
            "textmend: data.jsonl:2:1: not a JSON object (expected '{'). The line was passed"
                + " through unchanged.",
            "data.jsonl:3:text:1:2 whitespace \"  \" → \" \"");
  }
}
