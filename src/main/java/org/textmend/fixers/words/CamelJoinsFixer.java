package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Splits two words joined at a change of case where a line break was dropped: "spokesman
 * DmitryPeskov" → "spokesman Dmitry Peskov", "but deniedMoscow" → "but denied Moscow", "SyrianArmy"
 * → "Syrian Army", and an acronym glued to a word: "UKMinister" → "UK Minister", "IMFwarned" → "IMF
 * warned".
 *
 * <p>Left alone: brand and code names (iPhone, eBay, YouTube, McDonald, JavaScript, getElementById,
 * parseHTTPResponse), which the lexicon knows or which look like identifiers, names the document
 * uses as they stand, and any case change without evidence that a line break was lost there (see
 * {@link JoinAnalysis}). Immutable and thread-safe.
 */
public final class CamelJoinsFixer implements Fixer {

  private final Lexicon lexicon;

  /** A fixer that judges words with {@code lexicon}. */
  public CamelJoinsFixer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "camel-joins";
  }

  @Override
  public List<Edit> edits(String text) {
    List<Edit> edits = new ArrayList<>();
    for (Join join : JoinAnalysis.find(text, lexicon)) {
      if (join.kind() == Join.Kind.CAMEL) {
        edits.add(Edit.insert(join.position(), " "));
      }
    }
    return edits;
  }

  /** Registers {@code camel-joins}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return "camel-joins";
    }

    @Override
    public String summary() {
      return "Splits two words joined at a change of case: \"DmitryPeskov\" -> \"Dmitry Peskov\", \"UKMinister\" -> \"UK Minister\".";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new CamelJoinsFixer(args.lexicon());
    }
  }
}
