package org.textmend.fixers.words;

import java.util.List;
import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.DocumentFixer;
import org.textmend.pipeline.DocumentState;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerArgs;

/**
 * What the three word-boundary fixers share: each inserts a space at the joins of one {@link
 * Boundaries.Kind}. The first of them to run analyses the text; each hands the joins left over to
 * the next through the pipeline's {@link DocumentState} (see {@link Boundaries#after}). Immutable
 * and thread-safe.
 */
abstract class JoinFixer implements DocumentFixer {

  private final String name;
  private final Boundaries.Kind kind;
  private final Lexicon lexicon;

  JoinFixer(String name, Boundaries.Kind kind, FixerArgs args) {
    this.name = name;
    this.kind = kind;
    this.lexicon = args.lexicon();
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Edit> edits(String text, DocumentState state) {
    Boundaries handedOn = state.get(Boundaries.class);
    Boundaries boundaries =
        handedOn != null && handedOn.describe(text, lexicon)
            ? handedOn
            : Boundaries.of(text, lexicon);
    state.put(Boundaries.class, boundaries.after(kind));
    return boundaries.edits(kind);
  }
}
