package org.textmend.fixers.words;

import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.pipeline.FixerArgs;

/**
 * Puts back the spaces of a paragraph that lost all of them, as a PDF text layer can leave it:
 * "Thecommitteemetonmonday,butnodecisionwastaken." → "The committee met on monday, but no decision
 * was taken."
 *
 * <p>Only a long token that reads as English once split is touched (see {@code DespacedRuns}):
 * German compounds, URLs, identifiers, hashes, base64, DNA and text in other scripts stay as they
 * are, because their best split is poor or they carry the marks of an address or code. Shorter
 * glued tokens are left to {@code glued-words}. Immutable and thread-safe.
 */
public final class DespacedTextFixer extends WholeTextFixer {

  /** The fixer's name. */
  public static final String NAME = "despaced-text";

  /** A fixer whose word knowledge comes from {@code args}. */
  public DespacedTextFixer(FixerArgs args) {
    super(NAME, args, Boundaries::despacedEdits);
  }

  /** Registers {@code despaced-text}. */
  public static final class Provider extends WordFixerProvider {
    /** The provider the service loader makes. */
    public Provider() {
      super(
          NAME,
          "Splits a paragraph that lost all its spaces: \"Thecommitteemet,butnodecision\" ->"
              + " \"The committee met, but no decision\".",
          DespacedTextFixer::new);
    }
  }
}
