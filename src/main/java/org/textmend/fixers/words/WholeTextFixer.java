package org.textmend.fixers.words;

import java.util.List;
import java.util.function.BiFunction;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;

/**
 * What the word fixers that judge the text on their own share ({@code despaced-text}, {@code
 * spaced-words}): a name and one function of the word engine from the text and the lexicon to the
 * edits. Immutable and thread-safe.
 */
abstract class WholeTextFixer implements Fixer {

  private final String name;
  private final Lexicon lexicon;
  private final BiFunction<String, Lexicon, List<Edit>> engine;

  WholeTextFixer(String name, FixerArgs args, BiFunction<String, Lexicon, List<Edit>> engine) {
    this.name = name;
    this.lexicon = args.lexicon();
    this.engine = engine;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Edit> edits(String text) {
    return engine.apply(text, lexicon);
  }
}
