package org.textmend.fixers.words;

import java.util.function.Function;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * The provider of a word fixer: its name, its summary and how it is made. The word fixers take no
 * parameters but the shared lexicon, so any other parameter is refused. Immutable and thread-safe.
 */
abstract class WordFixerProvider implements FixerProvider {

  private final String name;
  private final String summary;
  private final Function<FixerArgs, ? extends Fixer> factory;

  WordFixerProvider(String name, String summary, Function<FixerArgs, ? extends Fixer> factory) {
    this.name = name;
    this.summary = summary;
    this.factory = factory;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String summary() {
    return summary;
  }

  @Override
  public final Fixer create(FixerArgs args) {
    Fixer fixer = factory.apply(args);
    args.requireNoneLeft();
    return fixer;
  }
}
