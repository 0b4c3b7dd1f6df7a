package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Splits words that a dropped line break glued together: "responsibility tostop rebels" →
 * "responsibility to stop rebels", "his Russiancounterpart" → "his Russian counterpart", "in
 * Idlibto prevent" → "in Idlib to prevent", "September2001" → "September 2001".
 *
 * <p>Left alone: words the lexicon or the document knows (ceasefire, northwest, and names the
 * document uses elsewhere), words of other languages and scripts, names, code, URLs and handles,
 * protected words, and any token whose split is not clearly likelier than the token as it stands —
 * a wrong split is worse than a missed one. See {@link JoinAnalysis} for the evidence used.
 * Immutable and thread-safe.
 */
public final class GluedWordsFixer implements Fixer {

  private final Lexicon lexicon;
  static final boolean ALL = Boolean.getBoolean("textmend.all");

  /** A fixer that judges words with {@code lexicon}. */
  public GluedWordsFixer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return "glued-words";
  }

  @Override
  public List<Edit> edits(String text) {
    List<Edit> edits = new ArrayList<>();
    for (Join join : JoinAnalysis.find(text, lexicon)) {
      if (join.kind() == Join.Kind.GLUED || ALL) {
        edits.add(Edit.insert(join.position(), " "));
      }
    }
    return edits;
  }

  /** Registers {@code glued-words}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return "glued-words";
    }

    @Override
    public String summary() {
      return "Splits words glued where a line break was dropped: \"tostop\" -> \"to stop\", \"Russiancounterpart\" -> \"Russian counterpart\".";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new GluedWordsFixer(args.lexicon());
    }
  }
}
