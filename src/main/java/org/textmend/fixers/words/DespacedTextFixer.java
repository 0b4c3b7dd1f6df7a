package org.textmend.fixers.words;

import java.util.List;
import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

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
public final class DespacedTextFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "despaced-text";

  private final Lexicon lexicon;

  /** A fixer whose word knowledge comes from {@code args}. */
  public DespacedTextFixer(FixerArgs args) {
    this.lexicon = args.lexicon();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    return Boundaries.despacedEdits(text, lexicon);
  }

  /** Registers {@code despaced-text}. */
  public static final class Provider implements FixerProvider {

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Splits a paragraph that lost all its spaces: \"Thecommitteemet,butnodecision\" ->"
          + " \"The committee met, but no decision\".";
    }

    @Override
    public Fixer create(FixerArgs args) {
      DespacedTextFixer fixer = new DespacedTextFixer(args);
      args.requireNoneLeft();
      return fixer;
    }
  }
}
