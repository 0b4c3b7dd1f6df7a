package org.textmend.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.fixers.whitespace.WhitespaceFixer;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.JsonLinesCleaner.MalformedLine;

/** Also home of the stub header fixer that the command line's tests use. */
public class JsonLinesCleanerTest {

  /**
   * Stands in for the breadcrumbs fixer: removes a first line {@code HEADER <title> | <date>},
   * keeping the title as the first line.
   */
  public static final class StubHeaderFixer implements Fixer {
    static final String NAME = "stub-header";

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public List<Edit> edits(String text) {
      int end = text.indexOf('\n');
      if (!text.startsWith("HEADER ") || end < 0 || text.indexOf(" | ") > end) {
        return List.of();
      }
      int bar = text.indexOf(" | ");
      return List.of(new Edit(0, "HEADER ".length(), ""), new Edit(bar, end, ""));
    }

    /** What the header says, read the same way. */
    static Map<String, String> read(String text) {
      int end = text.indexOf('\n');
      int bar = text.indexOf(" | ");
      if (!text.startsWith("HEADER ") || end < 0 || bar < 0 || bar > end) {
        return Map.of();
      }
      return Map.of("title", text.substring(7, bar), "date", text.substring(bar + 3, end));
    }

    public static final class Provider implements FixerProvider {
      @Override
      public String name() {
        return NAME;
      }

      @Override
      public String summary() {
        return "Removes a test header line";
      }

      @Override
      public Fixer create(FixerArgs args) {
        args.requireNoneLeft();
        return new StubHeaderFixer();
      }
    }
  }

  public static final MetadataSource STUB_SOURCE =
      new MetadataSource() {
        @Override
        public String fixer() {
          return StubHeaderFixer.NAME;
        }

        @Override
        public Map<String, String> read(String text) {
          return StubHeaderFixer.read(text);
        }
      };

  public static FixerRegistry registry() {
    return new FixerRegistry(
        List.of(new StubHeaderFixer.Provider(), new WhitespaceFixer.Provider()));
  }

  private static final TextMend MEND = TextMend.builder().registry(registry()).build();

  private final List<String> messages = new ArrayList<>();
  private JsonLinesCleaner.Block block;

  private String clean(String lines, String... fields) {
    return clean(new JsonLinesCleaner(MEND, List.of(fields), List.of(), false), lines);
  }

  private String clean(JsonLinesCleaner cleaner, String lines) {
    byte[] bytes = lines.getBytes(UTF_8);
    block = cleaner.clean("data.jsonl", bytes, 0, bytes.length, 1, true);
    block.explanations().forEach(e -> messages.add(e.text()));
    return new String(block.bytes(), UTF_8);
  }

  @Test
  void cleansTheNamedFieldAndKeepsEverythingElseByteForByte() {
    String in = "{\"id\":  1, \"text\": \"a  b\", \"x\": [1.50, {\"text\": \"c  d\"}]}\n";
    assertThat(clean(in, "text"))
        .isEqualTo("{\"id\":  1, \"text\": \"a b\", \"x\": [1.50, {\"text\": \"c  d\"}]}\n");
    assertThat(block.changed()).isTrue();
    assertThat(block.edits()).containsExactly(Map.entry("whitespace", 1));
  }

  @Test
  void cleanLinesComeOutIdentical() {
    String in = "{\"text\": \"caf\\u00e9 au lait\", \"n\": 1e3}\n{\"text\":\"two\\nlines\"}\n";
    assertThat(clean(in, "text")).isEqualTo(in);
    assertThat(block.changed()).isFalse();
    assertThat(messages).isEmpty();
  }

  @Test
  void valueWithoutAFinalLineBreakGetsNone() {
    assertThat(clean("{\"text\": \"end  \"}\n", "text")).isEqualTo("{\"text\": \"end\"}\n");
  }

  @Test
  void valueWithAFinalLineBreakKeepsOne() {
    assertThat(clean("{\"text\": \"end\\n\\n\\n\"}\n", "text"))
        .isEqualTo("{\"text\": \"end\\n\"}\n");
  }

  @Test
  void cleansSeveralFieldsButOnlyStrings() {
    String in = "{\"title\": \"a  b\", \"body\": \"c  d\", \"text\": 5, \"other\": \"e  f\"}";
    assertThat(clean(in, "title", "body", "text"))
        .isEqualTo("{\"title\": \"a b\", \"body\": \"c d\", \"text\": 5, \"other\": \"e  f\"}");
  }

  @Test
  void asciiEscapedValuesStayAsciiEscaped() {
    assertThat(clean("{\"text\": \"caf\\u00e9  cr\\u00e8me\"}", "text"))
        .isEqualTo("{\"text\": \"caf\\u00e9 cr\\u00e8me\"}");
  }

  @Test
  void malformedLinesPassThroughAndAreReportedWithTheirNumber() {
    String in = "{\"text\": \"a  b\"}\nnot json\n{\"text\": \"x\"} extra\n{\"text\": \"c  d\"}\n";
    assertThat(clean(in, "text"))
        .isEqualTo("{\"text\": \"a b\"}\nnot json\n{\"text\": \"x\"} extra\n{\"text\": \"c d\"}\n");
    assertThat(messages).isEmpty();
    assertThat(block.malformed())
        .containsExactly(
            new MalformedLine(2, 1, "expected '{'"),
            new MalformedLine(3, 15, "text after the object"));
    assertThat(block.malformed().get(0).description())
        .isEqualTo("not a JSON object (expected '{')");
    assertThat(block.lines()).isEqualTo(4);
  }

  @Test
  void lineThatIsNotUtf8PassesThroughByteForByte() {
    byte[] bytes = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xe9, '"', '}', '\n'};
    JsonLinesCleaner cleaner = new JsonLinesCleaner(MEND, List.of("text"), List.of(), false);
    JsonLinesCleaner.Block result = cleaner.clean("d", bytes, 0, bytes.length, 7, false);
    assertThat(result.bytes()).isEqualTo(bytes);
    assertThat(result.malformed()).containsExactly(new MalformedLine(7, 0, "not valid UTF-8"));
    assertThat(result.malformed().get(0).description()).isEqualTo("not valid UTF-8");
  }

  @Test
  void blankLinesAndLineEndingsAreKept() {
    String in = "{\"text\": \"a  b\"}\r\n\r\n  \n{\"text\": \"c\"}";
    assertThat(clean(in, "text")).isEqualTo("{\"text\": \"a b\"}\r\n\r\n  \n{\"text\": \"c\"}");
    assertThat(messages).isEmpty();
  }

  @Test
  void byteOrderMarkAtTheStartIsKept() {
    String in = "\uFEFF{\"text\": \"a  b\"}\n";
    assertThat(clean(in, "text")).isEqualTo("\uFEFF{\"text\": \"a b\"}\n");
  }

  @Test
  void explainNamesTheLineAndTheField() {
    JsonLinesCleaner cleaner = new JsonLinesCleaner(MEND, List.of("text"), List.of(), true);
    clean(cleaner, "{\"text\": \"ok\"}\n{\"text\": \"a\\nb  c\"}\n");
    assertThat(messages).containsExactly("data.jsonl:2:text:2:2 whitespace \"  \" → \" \"");
  }

  @Test
  void extractMetadataAddsTitleAndDateFromTheRemovedHeader() {
    JsonLinesCleaner cleaner =
        new JsonLinesCleaner(MEND, List.of("text"), List.of(STUB_SOURCE), false);
    String in = "{\"id\": 3, \"text\": \"HEADER Storm hits coast | 2021-04-02\\nBody.\"}\n";
    assertThat(clean(cleaner, in))
        .isEqualTo(
            "{\"id\": 3, \"text\": \"Storm hits coast\\nBody.\", \"title\": \"Storm hits coast\","
                + " \"date\": \"2021-04-02\"}\n");
  }

  @Test
  void extractMetadataFollowsCompactSpacing() {
    JsonLinesCleaner cleaner =
        new JsonLinesCleaner(MEND, List.of("text"), List.of(STUB_SOURCE), false);
    String in = "{\"text\":\"HEADER T | D\\nBody.\"}";
    assertThat(clean(cleaner, in))
        .isEqualTo("{\"text\":\"T\\nBody.\",\"title\":\"T\",\"date\":\"D\"}");
  }

  @Test
  void extractMetadataNeverOverwritesAField() {
    JsonLinesCleaner cleaner =
        new JsonLinesCleaner(MEND, List.of("text"), List.of(STUB_SOURCE), false);
    String in = "{\"title\": null, \"text\": \"HEADER T | D\\nBody.\"}";
    assertThat(clean(cleaner, in))
        .isEqualTo("{\"title\": null, \"text\": \"T\\nBody.\", \"date\": \"D\"}");
  }

  @Test
  void extractMetadataAddsNothingWithoutAHeader() {
    JsonLinesCleaner cleaner =
        new JsonLinesCleaner(MEND, List.of("text"), List.of(STUB_SOURCE), false);
    String in = "{\"text\": \"No header here.\\nBody.\"}";
    assertThat(clean(cleaner, in)).isEqualTo(in);
  }

  @Test
  void aStreamOfLinesIsCleanedAndItsMalformedLinesAreReportedAsData() throws Exception {
    String in = "{\"text\": \"a  b\", \"raw\": \"x\\u0020 \"}\n{oops\n{\"text\": \"c\"}\n";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    JsonLinesCleaner.Block total =
        new JsonLinesCleaner(MEND, List.of("text"))
            .clean(new java.io.ByteArrayInputStream(in.getBytes(UTF_8)), out, null);
    assertThat(out.toString(UTF_8))
        .isEqualTo("{\"text\": \"a b\", \"raw\": \"x\\u0020 \"}\n{oops\n{\"text\": \"c\"}\n");
    assertThat(total.lines()).isEqualTo(3);
    assertThat(total.edits()).containsExactly(Map.entry("whitespace", 1));
    assertThat(total.malformed()).containsExactly(new MalformedLine(2, 2, "expected a string"));
    assertThat(total.bytes()).isEmpty();
  }
}
