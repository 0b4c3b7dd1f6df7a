package org.textmend.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.textmend.process.furniture.FurnitureCounts;

class JsonLinesSourcesTest {

  @Test
  void aUrlStandsForItsHost() {
    assertThat(JsonLinesSources.sourceOf("https://www.Harbour.example/news/1?x=2"))
        .isEqualTo("harbour.example");
    assertThat(JsonLinesSources.sourceOf("harbour-daily")).isEqualTo("harbour-daily");
  }

  @Test
  void readsTheSourceFieldOfALine() {
    assertThat(JsonLinesSources.sourceOf("{\"site\": \"a\", \"text\": \"x\"}", "site", "-"))
        .isEqualTo("a");
    assertThat(JsonLinesSources.sourceOf("{\"text\": \"x\"}", "site", "-")).isEqualTo("-");
    assertThat(JsonLinesSources.sourceOf("not json", "site", "-")).isEqualTo("-");
  }

  @Test
  void countsTheCleanedFieldsOfALineAsOneDocument() {
    FurnitureCounts counts = new FurnitureCounts();
    JsonLinesSources.count(
        counts,
        "{\"url\": \"http://a.example/1\", \"text\": \"Menu\\nStory.\", \"n\": 3}",
        Set.of("text"),
        "url",
        "");
    assertThat(counts.documents("a.example")).isEqualTo(1);
    assertThat(counts.count("a.example", "Menu")).isEqualTo(1);
  }
}
