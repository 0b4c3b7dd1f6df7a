package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.pipeline.FixerRegistry;

class PipelineSpecTest {

  @Test
  void defaultsBuildTheStandardPipeline() {
    String text = "influx to Turkey.Erdogan also met his Russiancounterpart";
    assertThat(PipelineSpec.defaults().build(FixerRegistry.installed()).clean(text))
        .isEqualTo(TextMend.standard().clean(text));
  }

  @Test
  void protectedWordIsLeftAlone() {
    TextMend mend =
        PipelineSpec.defaults()
            .withProtect(List.of("Russiancounterpart"))
            .build(FixerRegistry.installed());
    assertThat(mend.clean("He met his Russiancounterpart.")).contains("Russiancounterpart");
  }

  @Test
  void builderTakesMoreBeforeItBuilds() {
    TextMend mend =
        PipelineSpec.defaults()
            .builder(FixerRegistry.installed())
            .skip(List.of("glued-words"))
            .build();
    assertThat(mend.clean("after a longrestoration\n")).isEqualTo("after a longrestoration\n");
  }

  @Test
  void malformedFixNamesTheOption() {
    PipelineSpec spec = PipelineSpec.defaults().withFix(List.of("glued-words:oops"));
    assertThatThrownBy(() -> spec.build(FixerRegistry.installed()))
        .hasMessage("--fix expects NAME or NAME:KEY=VALUE,..., not 'glued-words:oops'");
  }

  @Test
  void unknownLineEndingNamesTheOption() {
    PipelineSpec spec = PipelineSpec.defaults().withEol("cr");
    assertThatThrownBy(() -> spec.build(FixerRegistry.installed()))
        .hasMessage("--eol must be lf, crlf or keep, not 'cr'");
  }

  @Test
  void survivesSerialisationAsAnEqualValue() throws IOException, ClassNotFoundException {
    PipelineSpec spec =
        PipelineSpec.defaults()
            .withSkip(List.of("boilerplate"))
            .withLexicon(Map.of("harbourwall", 10))
            .withProtect(List.of("Hmeymim"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(spec);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(spec).hasSameHashCodeAs(spec);
    }
  }
}
