package org.textmend.pipeline;

import java.util.List;

/**
 * One small, pure repair: it reads a text and proposes the edits that repair it.
 *
 * <p>A fixer never rewrites the text itself: the {@link Pipeline} validates, applies and logs its
 * edits. The edits must be sorted by position, must not overlap, and must be in the coordinates of
 * the text passed in; an empty list means there is nothing to do. A fixer must not throw on any
 * input, and should prefer leaving a doubtful spot alone to a wrong repair. Implementations are
 * immutable and thread-safe.
 */
public interface Fixer {

  /** The stable name of this fixer, in lower kebab-case, for example {@code glued-words}. */
  String name();

  /** The edits that repair {@code text}: sorted, non-overlapping, possibly empty. */
  List<Edit> edits(String text);
}
