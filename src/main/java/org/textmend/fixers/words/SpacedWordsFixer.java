package org.textmend.fixers.words;

import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.pipeline.FixerArgs;

/**
 * Removes the spaces PDF extraction leaves inside words: "the Gov ernment will resp ect" → "the
 * Government will respect", and joins letter-spaced words: "S U M M E R" → "SUMMER".
 *
 * <p>Two words are joined only when the joined form is a known word and scores far better than the
 * parts (see {@code SpacedWords}): "a part", "in to", "some one" and other pairs of real words
 * stay, and so do names (the second part must start in lower case) and words the lexicon does not
 * know joined. Immutable and thread-safe.
 */
public final class SpacedWordsFixer extends WholeTextFixer {

  /** The fixer's name. */
  public static final String NAME = "spaced-words";

  /** A fixer whose word knowledge comes from {@code args}. */
  public SpacedWordsFixer(FixerArgs args) {
    super(NAME, args, Boundaries::spacedWordEdits);
  }

  /** Registers {@code spaced-words}. */
  public static final class Provider extends WordFixerProvider {
    /** The provider the service loader makes. */
    public Provider() {
      super(
          NAME,
          "Joins words that PDF extraction split with a space: \"Gov ernment\" -> \"Government\","
              + " \"S U M M E R\" -> \"SUMMER\".",
          SpacedWordsFixer::new);
    }
  }
}
