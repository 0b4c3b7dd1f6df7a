package org.textmend.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class JobOptionsTest {

  @Test
  void defaultsToJsonLinesAndTheTextField() {
    JobOptions options = JobOptions.parse("--input", "in", "--output", "out");
    assertThat(options.format()).isEqualTo("jsonl");
    assertThat(options.fields()).containsExactly("text");
    assertThat(options.fixers()).isNull();
    assertThat(options.eol()).isEqualTo("keep");
  }

  @Test
  void takesTheCommandLinesFixerOptionsWithTheirSplitting() {
    JobOptions options =
        JobOptions.parse(
            "--input=in",
            "--output=out",
            "--format=PARQUET",
            "--field",
            "title",
            "--field",
            "text",
            "--skip",
            "boilerplate,unwrap",
            "--fix",
            "whitespace:eol=lf,tabs=keep",
            "--protect",
            "Hmeymim,Ellery",
            "--nfkc");
    assertThat(options.format()).isEqualTo("parquet");
    assertThat(options.fields()).containsExactly("title", "text");
    assertThat(options.skip()).containsExactly("boilerplate", "unwrap");
    assertThat(options.fix()).containsExactly("whitespace:eol=lf,tabs=keep");
    assertThat(options.protect()).isEqualTo(List.of("Hmeymim", "Ellery"));
    assertThat(options.nfkc()).isTrue();
  }

  @Test
  void refusesWhatItDoesNotKnow() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "in"))
        .hasMessage("--input and --output are required");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--format", "csv"))
        .hasMessage("--format must be one of [jsonl, parquet, text], not 'csv'");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--explain"))
        .hasMessage("unknown option '--explain'");
    assertThatThrownBy(() -> JobOptions.parse("--input")).hasMessage("--input needs a value");
    assertThatThrownBy(() -> JobOptions.parse("--nfkc=yes")).hasMessage("--nfkc takes no value");
  }
}
