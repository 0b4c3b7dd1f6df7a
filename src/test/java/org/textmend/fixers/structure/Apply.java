package org.textmend.fixers.structure;

import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.Step;

/** Test helper: the text after a fixer's edits. */
final class Apply {

  private Apply() {}

  static String fix(Fixer fixer, String text) {
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }
}
