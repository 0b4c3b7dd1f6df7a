package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonTest {

  private static Json.ObjectScan scan(String line) throws Json.MalformedException {
    return Json.object(line, 0, line.length());
  }

  private static void assertMalformed(String line, String message, int column) {
    assertThatThrownBy(() -> scan(line))
        .isInstanceOfSatisfying(
            Json.MalformedException.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo(message);
              assertThat(e.column()).isEqualTo(column);
            });
  }

  @Test
  void findsEachTopLevelMemberAndWhereItsValueIs() throws Exception {
    String line = "{\"id\": 7, \"text\": \"a\\\"b\", \"tags\": [\"x\", {\"y\": null}]}";
    Json.ObjectScan scan = scan(line);
    assertThat(scan.members()).extracting(Json.Member::key).containsExactly("id", "text", "tags");
    Json.Member text = scan.members().get(1);
    assertThat(line.substring(text.valueStart(), text.valueEnd())).isEqualTo("\"a\\\"b\"");
    assertThat(text.isString()).isTrue();
    Json.Member tags = scan.members().get(2);
    assertThat(line.substring(tags.valueStart(), tags.valueEnd()))
        .isEqualTo("[\"x\", {\"y\": null}]");
    assertThat(tags.isString()).isFalse();
    assertThat(scan.close()).isEqualTo(line.length() - 1);
  }

  @Test
  void acceptsEveryKindOfValue() throws Exception {
    String line = "{\"a\":-0.5e+3,\"b\":true,\"c\":false,\"d\":null,\"e\":{},\"f\":[],\"g\":\"\"}";
    assertThat(scan(line).members()).hasSize(7);
  }

  @Test
  void emptyObjectHasNoMembers() throws Exception {
    assertThat(scan("  { }  ").members()).isEmpty();
  }

  @Test
  void decodesEscapedKeys() throws Exception {
    assertThat(scan("{\"te\\u0078t\": 1}").members().get(0).key()).isEqualTo("text");
  }

  @Test
  void reportsWhatIsWrongAndWhere() {
    assertMalformed("[1, 2]", "expected '{'", 1);
    assertMalformed("{\"a\": 1,}", "expected a string", 9);
    assertMalformed("{\"a\" 1}", "expected ':'", 6);
    assertMalformed("{\"a\": 1 \"b\": 2}", "expected ',' or '}'", 9);
    assertMalformed("{\"a\": tru}", "unexpected character", 7);
    assertMalformed("{\"a\": 01}", "expected ',' or '}'", 8);
    assertMalformed("{\"a\": \"x}", "unterminated string", 7);
    assertMalformed("{\"a\": \"\\q\"}", "bad escape", 8);
    assertMalformed("{\"a\": [1, 2}", "expected ',' or ']'", 12);
    assertMalformed("{\"a\": 1} x", "text after the object", 10);
    assertMalformed("{\"a\": \"tab\there\"}", "control character in a string", 11);
    assertMalformed("   ", "empty line", 4);
  }

  @Test
  void deepNestingNeitherOverflowsNorFails() throws Exception {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    assertThat(scan("{\"a\": " + deep + "}").members()).hasSize(1);
  }

  @Test
  void decodesEscapesAndSurrogatePairs() {
    String literal = "\"a\\n\\t\\\"\\\\\\/\\u00e9\\ud834\\udd1e\"";
    assertThat(Json.decode(literal, 0, literal.length())).isEqualTo("a\n\t\"\\/é𝄞");
  }

  @Test
  void quotesWhatJsonRequiresAndKeepsTheRest() {
    assertThat(Json.quote("a\"b\\c\nd\u0001é𝄞\u2028"))
        .isEqualTo("\"a\\\"b\\\\c\\nd\\u0001é𝄞\u2028\"");
  }

  @Test
  void quotesLoneSurrogatesAsEscapes() {
    assertThat(Json.quote("x\ud834y")).isEqualTo("\"x\\ud834y\"");
  }

  @Test
  void quotesEverythingBeyondAsciiWhenAsked() {
    StringBuilder out = new StringBuilder();
    Json.quote("café 𝄞", true, out);
    assertThat(out).hasToString("\"caf\\u00e9 \\ud834\\udd1e\"");
  }

  @Test
  void recognisesAsciiEscapedStrings() {
    String escaped = "\"caf\\u00e9\"";
    String raw = "\"café\"";
    String plain = "\"cafe\\n\"";
    assertThat(Json.isAsciiEscaped(escaped, 0, escaped.length())).isTrue();
    assertThat(Json.isAsciiEscaped(raw, 0, raw.length())).isFalse();
    assertThat(Json.isAsciiEscaped(plain, 0, plain.length())).isFalse();
  }
}
