package org.textmend.fixers.words;

import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.pipeline.FixerArgs;

/**
 * Splits two words joined at a change of case where a line break was dropped: "spokesman
 * DmitryPeskov" → "spokesman Dmitry Peskov", "but deniedMoscow" → "but denied Moscow", "SyrianArmy"
 * → "Syrian Army", and an acronym glued to a word: "UKMinister" → "UK Minister", "IMFwarned" → "IMF
 * warned".
 *
 * <p>Left alone: brand and code names (iPhone, eBay, YouTube, McDonald, JavaScript, getElementById,
 * parseHTTPResponse), which the lexicon knows or which look like identifiers, names the document
 * uses as they stand, and any case change without evidence that a line break was lost there (see
 * the {@code boundary} engine). Immutable and thread-safe.
 */
public final class CamelJoinsFixer extends JoinFixer {

  /** The fixer's name. */
  public static final String NAME = "camel-joins";

  /** A fixer whose word knowledge and shared analysis come from {@code args}. */
  public CamelJoinsFixer(FixerArgs args) {
    super(NAME, Boundaries.Kind.CAMEL, args);
  }

  /** Registers {@code camel-joins}. */
  public static final class Provider extends WordFixerProvider {
    /** The provider the service loader makes. */
    public Provider() {
      super(
          NAME,
          "Splits two words joined at a change of case: \"DmitryPeskov\" -> \"Dmitry Peskov\", \"UKMinister\" -> \"UK Minister\".",
          CamelJoinsFixer::new);
    }
  }
}
