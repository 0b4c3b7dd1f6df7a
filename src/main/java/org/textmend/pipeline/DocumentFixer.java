package org.textmend.pipeline;

import java.util.List;

/**
 * A {@link Fixer} that may reuse what an earlier fixer of the same pipeline run learned about the
 * document, through the {@link DocumentState} the {@link Pipeline} passes it: the word fixers
 * analyse a text once between them. Its edits depend only on the text; the state saves work (and
 * keeps evidence an earlier repair would hide), it does not change what a fixer alone would do on a
 * text the state does not describe. Implementations are immutable and thread-safe.
 */
public interface DocumentFixer extends Fixer {

  /**
   * The edits that repair {@code text}, reading and updating what the fixers of this run left in
   * {@code state}.
   */
  List<Edit> edits(String text, DocumentState state);

  /** The edits that repair {@code text} with nothing handed on: the fixer alone. */
  @Override
  default List<Edit> edits(String text) {
    return edits(text, new DocumentState());
  }
}
