package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FixerOrderTest {

  @Test
  void listsEveryRegisteredFixerAndNoOther() {
    // A new built-in fixer needs its place in fixers.order, and a renamed or removed one must
    // leave it, or the order would silently run it among the plug-ins or name a ghost.
    assertThat(FixerOrder.names())
        .containsExactlyInAnyOrderElementsOf(FixerRegistry.installed().names());
  }

  @Test
  void runsCharactersFirstStructureNextAndWhitespaceLast() {
    List<String> names = FixerOrder.names();
    assertThat(names.indexOf("mojibake")).isLessThan(names.indexOf("unwrap"));
    assertThat(names.indexOf("unwrap")).isLessThan(names.indexOf("glued-words"));
    assertThat(names.get(names.size() - 1)).isEqualTo("whitespace");
  }

  @Test
  void runsPlugInsJustBeforeWhitespaceSortedByName() {
    assertThat(
            FixerOrder.inOrder(List.of("whitespace", "zeta", "glued-words", "alpha", "mojibake")))
        .containsExactly("mojibake", "glued-words", "alpha", "zeta", "whitespace");
  }

  @Test
  void groupsTheSelectedFixersIntoTheirStages() {
    List<FixerOrder.Stage> stages =
        FixerOrder.stages(Set.of("whitespace", "unwrap", "invisible", "mojibake", "mine"));
    assertThat(stages)
        .extracting(FixerOrder.Stage::fixers)
        .containsExactly(
            List.of("mojibake", "invisible"), List.of("unwrap"), List.of("mine", "whitespace"));
    assertThat(stages).extracting(FixerOrder.Stage::settles).containsExactly(true, true, false);
  }

  @Test
  void leavesOutStagesWithNoSelectedFixer() {
    assertThat(FixerOrder.stages(Set.of("glued-words")))
        .singleElement()
        .satisfies(stage -> assertThat(stage.settles()).isFalse());
  }

  @Test
  void theDefaultSetIsTheOrdersOnFixersPlusPlugInsThatAskForIt() {
    FixerRegistry registry =
        new FixerRegistry(
            List.of(
                new DatelineLike("dateline"),
                new DatelineLike("unwrap"),
                TestFixers.provider("mine", true, "a", "b"),
                TestFixers.provider("theirs", false, "a", "b")));
    // dateline and unwrap answer enabledByDefault() true, but the order's data decides for them.
    assertThat(FixerOrder.defaultNames(registry)).containsExactly("unwrap", "mine");
  }

  @Test
  void parsesStagesFixersDefaultsAndThePlugInPlace() {
    FixerOrder.Order order =
        FixerOrder.parse(
            "# comment\nstage a settle 2\nx on\n\nstage b once\ny off\n<plug-ins>\nz on\n");
    assertThat(order.names()).containsExactly("x", "y", "z");
    assertThat(order.defaults()).containsExactlyInAnyOrder("x", "z");
    assertThat(order.stages())
        .containsExactly(
            new FixerOrder.Stage("a", true, 2, List.of("x")),
            new FixerOrder.Stage("b", false, 1, List.of("y", "<plug-ins>", "z")));
  }

  @Test
  void rejectsAFixerListedTwice() {
    assertThatThrownBy(() -> FixerOrder.parse("stage a once\nx on\n<plug-ins>\nx off\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fixers.order:4: x is listed twice");
  }

  @Test
  void rejectsALineThatSaysNeitherOnNorOff() {
    assertThatThrownBy(() -> FixerOrder.parse("stage a once\n<plug-ins>\nx yes\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("fixers.order:3:");
  }

  @Test
  void rejectsAStageThatRunsOnceBeforeTheLast() {
    // The pipeline lets only its last stage run once; a once-stage in the middle would be merged
    // into the settled stage after it.
    assertThatThrownBy(() -> FixerOrder.parse("stage a once\nx on\nstage b settle 3\n<plug-ins>\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("fixers.order:3: only the last stage may run once");
  }

  @Test
  void rejectsAnOrderWithoutAPlaceForPlugIns() {
    assertThatThrownBy(() -> FixerOrder.parse("stage a once\nx on\n"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<plug-ins>");
  }

  /** A provider under a built-in name that asks to be on by default. */
  private record DatelineLike(String name) implements FixerProvider {
    @Override
    public String summary() {
      return "stands in for " + name;
    }

    @Override
    public Fixer create(FixerArgs args) {
      return TestFixers.replacing(name, "a", "b");
    }
  }
}
