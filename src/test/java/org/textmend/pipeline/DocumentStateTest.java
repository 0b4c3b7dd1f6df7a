package org.textmend.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-document state the pipeline passes to its document fixers. */
class DocumentStateTest {

  /** Counts the texts it saw in the state, and leaves the text it was given for the next one. */
  private static final class Relay implements DocumentFixer {
    private final String name;
    private final List<String> seen;

    Relay(String name, List<String> seen) {
      this.name = name;
      this.seen = seen;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public List<Edit> edits(String text, DocumentState state) {
      String before = state.get(String.class);
      seen.add(name + ":" + before);
      state.put(String.class, text);
      return List.of();
    }
  }

  @Test
  void fixersOfOneRunShareOneStateAndEachRunStartsEmpty() {
    List<String> seen = new ArrayList<>();
    Pipeline pipeline =
        Pipeline.builder().add(new Relay("first", seen)).add(new Relay("second", seen)).build();

    pipeline.clean("one");
    pipeline.clean("two");

    assertThat(seen).containsExactly("first:null", "second:one", "first:null", "second:two");
  }

  @Test
  void aDocumentFixerAloneStartsFromAnEmptyState() {
    List<String> seen = new ArrayList<>();
    Relay relay = new Relay("alone", seen);

    relay.edits("one");
    relay.edits("two");

    assertThat(seen).containsExactly("alone:null", "alone:null");
  }

  @Test
  void puttingNullRemovesAValue() {
    DocumentState state = new DocumentState();
    state.put(String.class, "kept");
    state.put(String.class, null);
    assertThat(state.get(String.class)).isNull();
  }
}
