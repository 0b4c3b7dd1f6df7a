package org.textmend.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.textmend.process.furniture.FurnitureThresholds;

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
  void takesTheFurnitureOptionsWithTheCommandLinesDefaults() {
    JobOptions plain = JobOptions.parse("--input", "in", "--output", "out");
    assertThat(plain.furniture()).isNull();
    assertThat(plain.noLearn()).isFalse();
    assertThat(plain.minDocs()).isEqualTo(FurnitureThresholds.DEFAULT_MIN_DOCS);
    assertThat(plain.minShare()).isEqualTo(FurnitureThresholds.DEFAULT_MIN_SHARE);

    JobOptions options =
        JobOptions.parse(
            "--input=in",
            "--output=out",
            "--group-by",
            "url",
            "--furniture=site.furniture",
            "--no-learn",
            "--furniture-min-docs",
            "4",
            "--furniture-min-share=0.25");
    assertThat(options.groupBy()).isEqualTo("url");
    assertThat(options.furniture()).isEqualTo("site.furniture");
    assertThat(options.noLearn()).isTrue();
    assertThat(options.minDocs()).isEqualTo(4);
    assertThat(options.minShare()).isEqualTo(0.25);
    assertThatThrownBy(
            () -> JobOptions.parse("--input=in", "--output=out", "--furniture-min-docs=many"))
        .hasMessageContaining("--furniture-min-docs needs a whole number");
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
