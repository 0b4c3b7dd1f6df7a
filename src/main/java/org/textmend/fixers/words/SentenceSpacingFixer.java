package org.textmend.fixers.words;

import org.textmend.fixers.words.boundary.Boundaries;
import org.textmend.lexicon.Characters;
import org.textmend.pipeline.FixerArgs;

/**
 * Puts back the space a dropped line break took from after sentence punctuation or a comma.
 *
 * <p>"influx to Turkey.Erdogan also" → "influx to Turkey. Erdogan also"; "allies,and" → "allies,
 * and"; {@code side.”Russia} → {@code side.” Russia}; {@code a ceasefire.“...This} → {@code a
 * ceasefire. “...This}.
 *
 * <p>Left alone, because the punctuation there is not the end of a clause: abbreviations and
 * initials (U.S., e.g., J.R.R. — a one-letter word before the point), decimals, thousands, times
 * and ratios (3.5, 1,250,000, 10:45, 4:1 — no letter after the mark), domains, file names and
 * versions (example.com, Node.js, v2.3.1 — a lower-case letter or a digit after the point), URLs,
 * e-mail addresses and code (see {@link Characters#isAddressOrCode}), ellipses, and data with
 * several commas in one token (CSV). A straight double quote after the mark belongs to the clause
 * before it when it closes a quotation and to the next one when it opens one; the count of quotes
 * so far in the line decides. Immutable and thread-safe.
 */
public final class SentenceSpacingFixer extends JoinFixer {

  /** The fixer's name. */
  public static final String NAME = "sentence-spacing";

  /** A fixer whose word knowledge and shared analysis come from {@code args}. */
  public SentenceSpacingFixer(FixerArgs args) {
    super(NAME, Boundaries.Kind.SENTENCE, args);
  }

  /** Registers {@code sentence-spacing}. */
  public static final class Provider extends WordFixerProvider {
    /** The provider the service loader makes. */
    public Provider() {
      super(
          NAME,
          "Restores the space after sentence punctuation or a comma between words: \"Turkey.Erdogan\" -> \"Turkey. Erdogan\".",
          SentenceSpacingFixer::new);
    }
  }
}
