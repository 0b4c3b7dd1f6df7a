package org.textmend.pipeline;

import java.util.ArrayList;
import java.util.List;

/** Small fixers with known behaviour, for testing the pipeline. */
final class TestFixers {

  private TestFixers() {}

  /** Replaces every occurrence of {@code from} with {@code to}. */
  static Fixer replacing(String name, String from, String to) {
    return new Fixer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Edit> edits(String text) {
        List<Edit> edits = new ArrayList<>();
        for (int at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length())) {
          edits.add(new Edit(at, at + from.length(), to));
        }
        return edits;
      }
    };
  }

  /** Proposes exactly {@code edits}, whatever the text. */
  static Fixer proposing(String name, Edit... edits) {
    return new Fixer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Edit> edits(String text) {
        return List.of(edits);
      }
    };
  }

  /** A provider of {@link #replacing} fixers. */
  static FixerProvider provider(String name, boolean byDefault, String from, String to) {
    return new FixerProvider() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public String summary() {
        return "replaces " + from + " with " + to;
      }

      @Override
      public boolean enabledByDefault() {
        return byDefault;
      }

      @Override
      public Fixer create(FixerArgs args) {
        String replacement = args.get("to", to);
        args.requireNoneLeft();
        return replacing(name, from, replacement);
      }
    };
  }
}
