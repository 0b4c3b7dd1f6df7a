package org.textmend.spark;

import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * A test plug-in, off by default, that throws on a text holding {@link #TRIGGER}: the bug a
 * production fixer must not have, so that the tests can see what the job does when one does.
 */
public final class FailingFixer implements Fixer {

  static final String NAME = "test-failure";
  static final String TRIGGER = "<<fail here>>";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    if (text.contains(TRIGGER)) {
      throw new IllegalStateException("the test fixer was asked to fail");
    }
    return List.of();
  }

  /** Registers the fixer, off by default. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Fails on a marked text (tests only).";
    }

    @Override
    public boolean enabledByDefault() {
      return false;
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new FailingFixer();
    }
  }
}
