package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerRegistry;

class UnicodeProvidersTest {

  private static final List<String> DEFAULT =
      List.of("html-entities", "mojibake", "invisible", "unicode-normalize");
  private static final List<String> OPT_IN = List.of("ascii-punctuation", "transliterate");

  @Test
  void everyFixerIsRegisteredUnderItsPlannedName() {
    FixerRegistry registry = FixerRegistry.installed();
    for (String name : DEFAULT) {
      assertThat(FixerOrder.onByDefault(registry.provider(name))).as(name).isTrue();
      assertThat(FixerOrder.names()).contains(name);
    }
    for (String name : OPT_IN) {
      assertThat(FixerOrder.onByDefault(registry.provider(name))).as(name).isFalse();
      assertThat(FixerOrder.names()).contains(name);
    }
  }

  @Test
  void everyFixerBuildsWithoutParametersAndRejectsUnknownOnes() {
    FixerRegistry registry = FixerRegistry.installed();
    for (String name : List.of(DEFAULT, OPT_IN).stream().flatMap(List::stream).toList()) {
      assertThat(registry.create(name, FixerArgs.defaults(name)).name()).isEqualTo(name);
      FixerArgs bogus = new FixerArgs(name, Map.of("bogus", "1"), Lexicon.empty());
      assertThatThrownBy(() -> registry.create(name, bogus))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Unknown parameters for " + name);
    }
  }

  @Test
  void theStandardPipelineRepairsCharactersFirst() {
    String text = "caf&eacute; Itâ€™s ok\u200B cafe\u0301";
    assertThat(TextMend.builder().fixers(DEFAULT).build().clean(text))
        .isEqualTo("café It’s ok café");
  }

  @Test
  void nfkcIsAParameterOfUnicodeNormalize() {
    TextMend mend =
        TextMend.builder()
            .fixers(List.of("unicode-normalize"))
            .fix("unicode-normalize", Map.of("form", "nfkc"))
            .build();
    assertThat(mend.clean("ﬁ x²")).isEqualTo("fi x2");
  }
}
