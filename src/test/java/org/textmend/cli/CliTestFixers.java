package org.textmend.cli;

import java.util.ArrayList;
import java.util.List;
import org.textmend.fixers.whitespace.WhitespaceFixer;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;

/**
 * A registry of small fixers with known behaviour, so that command-line tests can check option
 * handling without depending on what the real fixers do.
 */
final class CliTestFixers {

  private CliTestFixers() {}

  /**
   * {@code shout} ("hello" → "HELLO THERE", on), {@code tag} ("tag" → "<tag>", off), {@code
   * unicode-normalize} ("FORM" → its form parameter, on because the built-in order says so), {@code
   * lexicon-probe} (marks words the lexicon knows, off), {@code broken} (throws on "boom", on) and
   * the real {@code whitespace}.
   */
  static FixerRegistry registry() {
    return new FixerRegistry(
        List.of(
            new Replacing("shout", true, "hello", "HELLO THERE"),
            new Replacing("tag", false, "tag", "<tag>"),
            new FormProvider(),
            new ProbeProvider(),
            new BrokenProvider(),
            new WhitespaceFixer.Provider()));
  }

  private static Fixer fixer(String name, java.util.function.Function<String, List<Edit>> edits) {
    return new Fixer() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<Edit> edits(String text) {
        return edits.apply(text);
      }
    };
  }

  private static List<Edit> replace(String text, String from, String to) {
    List<Edit> edits = new ArrayList<>();
    for (int at = text.indexOf(from); at >= 0; at = text.indexOf(from, at + from.length())) {
      edits.add(new Edit(at, at + from.length(), to));
    }
    return edits;
  }

  private record Replacing(String name, boolean enabledByDefault, String from, String to)
      implements FixerProvider {
    @Override
    public String summary() {
      return "Replaces " + from + " with " + to;
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return fixer(name, text -> replace(text, from, to));
    }
  }

  private static final class FormProvider implements FixerProvider {
    @Override
    public String name() {
      return "unicode-normalize";
    }

    @Override
    public String summary() {
      return "Writes its form parameter in place of FORM";
    }

    @Override
    public Fixer create(FixerArgs args) {
      String form = args.get("form", "nfc");
      args.requireNoneLeft();
      return fixer(name(), text -> replace(text, "FORM", form));
    }
  }

  /** Appends [p] to protected words and [class] to words the lexicon knows. */
  private static final class ProbeProvider implements FixerProvider {
    @Override
    public String name() {
      return "lexicon-probe";
    }

    @Override
    public String summary() {
      return "Marks known and protected words";
    }

    @Override
    public boolean enabledByDefault() {
      return false;
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      Lexicon lexicon = args.lexicon();
      return fixer(
          name(),
          text -> {
            List<Edit> edits = new ArrayList<>();
            int at = 0;
            while (at < text.length()) {
              if (!Character.isLetter(text.charAt(at))) {
                at++;
                continue;
              }
              int start = at;
              while (at < text.length() && Character.isLetter(text.charAt(at))) {
                at++;
              }
              if (lexicon.isProtected(text, start, at)) {
                edits.add(Edit.insert(at, "[p]"));
              } else if (lexicon.frequency(text, start, at) != Lexicon.UNKNOWN) {
                edits.add(Edit.insert(at, "[" + lexicon.frequency(text, start, at) + "]"));
              }
            }
            return edits;
          });
    }
  }

  private static final class BrokenProvider implements FixerProvider {
    @Override
    public String name() {
      return "broken";
    }

    @Override
    public String summary() {
      return "Throws on boom";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return fixer(
          name(),
          text -> {
            if (text.contains("boom")) {
              throw new IllegalStateException("boom");
            }
            return List.of();
          });
    }
  }
}
