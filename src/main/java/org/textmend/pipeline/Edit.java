package org.textmend.pipeline;

import java.util.Objects;

/**
 * One proposed change to a text: replace the characters in {@code [start, end)} with {@code
 * replacement}.
 *
 * <p>An insertion has {@code start == end}; a deletion has an empty replacement. Offsets are UTF-16
 * indices into the text the fixer was given. Immutable.
 */
public record Edit(int start, int end, String replacement) {

  /** Checks {@code 0 <= start <= end} and a non-null replacement. */
  public Edit {
    Objects.requireNonNull(replacement, "replacement");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad edit range [" + start + ", " + end + ")");
    }
  }

  /** An edit that inserts {@code text} before position {@code at}. */
  public static Edit insert(int at, String text) {
    return new Edit(at, at, text);
  }

  /** An edit that deletes {@code [start, end)}. */
  public static Edit delete(int start, int end) {
    return new Edit(start, end, "");
  }

  /** How much longer the text becomes when this edit is applied (negative when it shrinks). */
  public int delta() {
    return replacement.length() - (end - start);
  }
}
