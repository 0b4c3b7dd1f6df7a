package org.textmend.fixers.words;

import java.util.List;
import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Removes the spaces PDF extraction leaves inside words: "the Gov ernment will resp ect" → "the
 * Government will respect", and joins letter-spaced words: "S U M M E R" → "SUMMER".
 *
 * <p>Two words are joined only when the joined form is a known word and scores far better than the
 * parts (see {@code SpacedWords}): "a part", "in to", "some one" and other pairs of real words
 * stay, and so do names (the second part must start in lower case) and words the lexicon does not
 * know joined. Immutable and thread-safe.
 */
public final class SpacedWordsFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "spaced-words";

  private final Lexicon lexicon;

  /** A fixer whose word knowledge comes from {@code args}. */
  public SpacedWordsFixer(FixerArgs args) {
    this.lexicon = args.lexicon();
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    return Boundaries.spacedWordEdits(text, lexicon);
  }

  /** Registers {@code spaced-words}. */
  public static final class Provider implements FixerProvider {

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Joins words that PDF extraction split with a space: \"Gov ernment\" -> \"Government\","
          + " \"S U M M E R\" -> \"SUMMER\".";
    }

    @Override
    public Fixer create(FixerArgs args) {
      SpacedWordsFixer fixer = new SpacedWordsFixer(args);
      args.requireNoneLeft();
      return fixer;
    }
  }
}
