package org.textmend.fixers.words;

import java.util.List;
import java.util.function.Function;
import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.DocumentFixer;
import org.textmend.pipeline.DocumentState;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

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

  /**
   * The provider of a word fixer: its name, its summary and how it is made; the fixers take no
   * parameters but the shared lexicon.
   */
  abstract static class JoinProvider implements FixerProvider {

    private final String name;
    private final String summary;
    private final Function<FixerArgs, JoinFixer> factory;

    JoinProvider(String name, String summary, Function<FixerArgs, JoinFixer> factory) {
      this.name = name;
      this.summary = summary;
      this.factory = factory;
    }

    @Override
    public final String name() {
      return name;
    }

    @Override
    public final String summary() {
      return summary;
    }

    @Override
    public final Fixer create(FixerArgs args) {
      JoinFixer fixer = factory.apply(args);
      args.requireNoneLeft();
      return fixer;
    }
  }
}
