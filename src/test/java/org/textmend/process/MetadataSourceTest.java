package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;

class MetadataSourceTest {

  private static final TextMend STUB =
      TextMend.builder().registry(JsonLinesCleanerTest.registry()).build();

  @Test
  void readsTheHeaderTheFixerRemoved() {
    Map<String, String> found =
        MetadataSource.read(
            List.of(JsonLinesCleanerTest.STUB_SOURCE), STUB.explain("HEADER Storm | 2021\nBody."));
    // the stub reads into Map.of, whose order is not fixed
    assertThat(found).containsOnly(Map.entry("title", "Storm"), Map.entry("date", "2021"));
  }

  @Test
  void findsNothingWhenTheFixerRemovedNoHeader() {
    assertThat(
            MetadataSource.read(
                List.of(JsonLinesCleanerTest.STUB_SOURCE), STUB.explain("Body  only.\n")))
        .isEmpty();
  }

  @Test
  void theInstalledSourceReadsTheBreadcrumbsHeaderOfTheStandardPipeline() {
    String page =
        "date 2019-05-31 Home › News › Ferry back in service\n\n"
            + "The ferry sailed again on Monday after two weeks of repairs.";
    Map<String, String> found =
        MetadataSource.read(MetadataSource.installed(), TextMend.standard().explain(page));
    assertThat(found)
        .containsExactly(
            Map.entry("title", "Ferry back in service"), Map.entry("date", "2019-05-31"));
  }
}
