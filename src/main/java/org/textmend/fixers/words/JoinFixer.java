package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;

/**
 * A word-boundary fixer: inserts a space at each join of one {@link Join.Kind} that the {@link
 * JoinAnalysis} accepts. The three kinds share one analysis per text through a {@link JoinMemo}.
 * Immutable and thread-safe.
 */
public abstract class JoinFixer implements Fixer {

  private final Join.Kind kind;
  private final JoinMemo memo;

  /**
   * A fixer of {@code kind} whose memo is shared through {@code args} with the other word fixers.
   */
  protected JoinFixer(Join.Kind kind, FixerArgs args) {
    this.kind = kind;
    this.memo = args.shared(JoinMemo.class, () -> new JoinMemo(args.lexicon()));
  }

  @Override
  public final List<Edit> edits(String text) {
    List<Join> joins = memo.joins(text);
    List<Edit> edits = new ArrayList<>();
    for (Join join : joins) {
      if (join.kind() == kind) {
        edits.add(Edit.insert(join.position(), " "));
      }
    }
    memo.handOn(text, joins, kind);
    return edits;
  }
}
