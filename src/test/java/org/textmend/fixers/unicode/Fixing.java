package org.textmend.fixers.unicode;

import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.Step;

/** Test helper: a fixer's edits applied to a text. */
final class Fixing {

  private Fixing() {}

  /** {@code text} with the edits of {@code fixer} applied. */
  static String fix(Fixer fixer, String text) {
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }
}
