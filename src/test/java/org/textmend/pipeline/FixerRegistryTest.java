package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FixerRegistryTest {

  private static final FixerRegistry REGISTRY =
      new FixerRegistry(
          List.of(
              TestFixers.provider("zeta", true, "z", "Z"),
              TestFixers.provider("alpha", false, "a", "A")));

  @Test
  void namesAreSorted() {
    assertThat(REGISTRY.names()).containsExactly("alpha", "zeta");
  }

  @Test
  void unknownNameListsTheValidNames() {
    assertThatThrownBy(() -> REGISTRY.provider("beta"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Unknown fixer \"beta\". Valid fixers: alpha, zeta");
  }

  @Test
  void createsFixerByName() {
    Fixer fixer = REGISTRY.create("zeta", FixerArgs.defaults("zeta"));
    assertThat(fixer.name()).isEqualTo("zeta");
    assertThat(REGISTRY.contains("zeta")).isTrue();
    assertThat(REGISTRY.contains("eta")).isFalse();
  }

  @Test
  void duplicateNameIsAnError() {
    List<FixerProvider> twice =
        List.of(
            TestFixers.provider("same", true, "a", "b"),
            TestFixers.provider("same", true, "c", "d"));
    assertThatThrownBy(() -> new FixerRegistry(twice))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("two fixers are named \"same\"");
  }

  @Test
  void nameMustBeLowerKebabCase() {
    for (String bad : List.of("Upper", "snake_case", "-lead", "trail-", "double--dash", "")) {
      assertThatThrownBy(() -> new FixerRegistry(List.of(TestFixers.provider(bad, true, "a", "b"))))
          .as(bad)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("is not lower kebab-case");
    }
  }

  @Test
  void providerThatCreatesAFixerWithAnotherNameIsAnError() {
    FixerProvider liar =
        new FixerProvider() {
          @Override
          public String name() {
            return "honest";
          }

          @Override
          public String summary() {
            return "lies about its name";
          }

          @Override
          public Fixer create(FixerArgs args) {
            return TestFixers.replacing("other", "a", "b");
          }
        };
    FixerRegistry registry = new FixerRegistry(List.of(liar));
    assertThatThrownBy(() -> registry.create("honest", FixerArgs.defaults("honest")))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void installedRegistryHoldsWhitespace() {
    assertThat(FixerRegistry.installed().names()).contains("whitespace");
  }
}
