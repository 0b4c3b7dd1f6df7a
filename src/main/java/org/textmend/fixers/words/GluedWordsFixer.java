package org.textmend.fixers.words;

import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.pipeline.FixerArgs;

/**
 * Splits words that a dropped line break glued together: "responsibility tostop rebels" →
 * "responsibility to stop rebels", "his Russiancounterpart" → "his Russian counterpart", "in
 * Idlibto prevent" → "in Idlib to prevent", "September2001" → "September 2001".
 *
 * <p>Left alone: words the lexicon or the document knows (ceasefire, northwest, and names the
 * document uses elsewhere), words of other languages and scripts, names, code, URLs and handles,
 * protected words, and any token whose split is not clearly likelier than the token as it stands —
 * a wrong split is worse than a missed one. See the {@code boundary} engine for the evidence used.
 * Immutable and thread-safe.
 */
public final class GluedWordsFixer extends JoinFixer {

  /** The fixer's name. */
  public static final String NAME = "glued-words";

  /** A fixer whose word knowledge and shared analysis come from {@code args}. */
  public GluedWordsFixer(FixerArgs args) {
    super(NAME, Boundaries.Kind.GLUED, args);
  }

  /** Registers {@code glued-words}. */
  public static final class Provider extends WordFixerProvider {
    /** The provider the service loader makes. */
    public Provider() {
      super(
          NAME,
          "Splits words glued where a line break was dropped: \"tostop\" -> \"to stop\", \"Russiancounterpart\" -> \"Russian counterpart\".",
          GluedWordsFixer::new);
    }
  }
}
