package org.textmend.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.textmend.lexicon.Lexicon;

/**
 * A chain of fixers run in order over a text. Each fixer proposes edits to the text the previous
 * one produced; the pipeline checks them, applies them and records them as a {@link Step} of the
 * edit log.
 *
 * <p>Immutable and thread-safe, so one instance can serve many threads.
 *
 * <h2>Design: where repairs repeat until nothing changes</h2>
 *
 * <p>One repair can uncover another: removing an invisible character between two halves of a
 * mojibake sequence makes the sequence decodable; rejoining a word across a line-end hyphen makes a
 * line that now belongs to its paragraph; splitting one glued word makes its halves words the
 * document uses, which tips another doubtful join. Cleaning must still be idempotent (cleaning the
 * result again changes nothing, a tested property), so the work runs to a fixed point. This is the
 * one place that says where, and every loop has a small bound so that a text that never settles
 * still ends. There are two kinds of loop, and only the first shows in {@code --explain}.
 *
 * <ol>
 *   <li><b>Pipeline loops, visible as repeated steps.</b> The stages come from {@link FixerOrder}
 *       (the file {@code fixers.order}). A stage built with {@link Builder#settle} (the character
 *       stage and the structure stage) runs its fixers again while a pass changed the text, at most
 *       its {@code passes} times (3). Then {@link #explain} goes through the stages in rounds, at
 *       most {@code MAX_ROUNDS} (3): after a stage changed the text, every later stage is due
 *       again, and so is every earlier settled stage, because a later edit can make work for it and
 *       cleaning the result again must not find any (a space the word fixers restore can complete a
 *       shape the structure fixers join). Each pass of a fixer that has edits is one {@link Step},
 *       so a fixer whose name shows twice in one file's {@code --explain} log, in two separate runs
 *       of lines, ran in two passes or rounds: the second repaired what the first run of the
 *       pipeline revealed. Cost: a clean text runs every stage once; a round only repeats stages
 *       after a change.
 *   <li><b>Loops inside one fixer, invisible in the log.</b> A fixer that keeps an analysis of the
 *       whole text looks again at its own result and returns all its edits at once, in the
 *       coordinates of the text it was given, so they make one step: the word engine ({@code
 *       fixers.words.boundary.Boundaries}, up to 6 analyses, shared by {@code sentence-spacing},
 *       {@code camel-joins} and {@code glued-words}, which is why the word stage need not settle),
 *       {@code unwrap} (up to 6 looks, since a join makes a new paragraph shape), and the mojibake
 *       and transliteration repairs (up to 3 decodings of text that was mis-decoded more than
 *       once). They stay inside the fixer because each fixer must be idempotent on its own, also in
 *       a pipeline without stages, and because re-running the pipeline for them would split one
 *       repair into several steps and, for the word engine, redo its costly analysis from scratch.
 *       Measured: leaving {@code unwrap}'s extra looks to the settled structure stage gives the
 *       same output and logs on the benchmark sets, but {@code StructureFixersPropertyTest} then
 *       finds texts where {@code unwrap} run twice joins more than run once, so the looks stay.
 * </ol>
 */
public final class Pipeline {

  /**
   * How many times at most the stages are gone through, so that an unsettled chain still ends (see
   * the class comment).
   */
  private static final int MAX_ROUNDS = 3;

  private final List<Stage> stages;
  private final List<Fixer> fixers;

  private Pipeline(List<Stage> stages) {
    this.stages = List.copyOf(stages);
    this.fixers = stages.stream().flatMap(stage -> stage.fixers().stream()).toList();
  }

  /** A builder for a pipeline of fixers from the installed registry. */
  public static Builder builder() {
    return new Builder();
  }

  /** The fixers in the order they run. */
  public List<Fixer> fixers() {
    return fixers;
  }

  /** The names of the fixers in the order they run. */
  public List<String> fixerNames() {
    return fixers.stream().map(Fixer::name).toList();
  }

  /** Cleans {@code text}. */
  public String clean(String text) {
    return explain(text).text();
  }

  /** Cleans {@code text} and returns the edit log along with the result. */
  public ExplainedText explain(String text) {
    Objects.requireNonNull(text, "text");
    String current = text;
    List<Step> steps = new ArrayList<>();
    // One state per document, so that a fixer can hand an analysis to the next one.
    DocumentState state = new DocumentState();
    // A stage is due when the text changed since it last ran: every stage at first, a later stage
    // after any edit, and a settled stage also after an edit of a stage after it.
    boolean[] due = new boolean[stages.size()];
    Arrays.fill(due, true);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      boolean ran = false;
      for (int i = 0; i < stages.size(); i++) {
        if (!due[i]) {
          continue;
        }
        due[i] = false;
        ran = true;
        int before = steps.size();
        current = run(stages.get(i), current, steps, state);
        if (steps.size() > before) {
          for (int j = 0; j < stages.size(); j++) {
            due[j] |= j > i || j < i && stages.get(j).settles();
          }
        }
      }
      if (!ran) {
        break;
      }
    }
    return new ExplainedText(text, current, steps);
  }

  /** Runs {@code stage} over {@code text}, logging its steps; returns the text it leaves. */
  private static String run(Stage stage, String text, List<Step> steps, DocumentState state) {
    String current = text;
    for (int pass = 0; pass < stage.passes(); pass++) {
      int before = steps.size();
      for (Fixer fixer : stage.fixers()) {
        List<Edit> edits = effectiveEdits(fixer, current, state);
        if (!edits.isEmpty()) {
          Step step = new Step(fixer.name(), edits);
          current = step.applyTo(current);
          steps.add(step);
        }
      }
      if (steps.size() == before) {
        break;
      }
    }
    return current;
  }

  /**
   * The fixer's edits with no-op edits (replacing text with itself) dropped.
   *
   * @throws IllegalStateException when the fixer breaks its contract: edits out of range, unsorted
   *     or overlapping
   */
  private static List<Edit> effectiveEdits(Fixer fixer, String text, DocumentState state) {
    List<Edit> proposed =
        fixer instanceof DocumentFixer shared ? shared.edits(text, state) : fixer.edits(text);
    if (proposed.isEmpty()) {
      return List.of();
    }
    List<Edit> effective = new ArrayList<>(proposed.size());
    int previousEnd = 0;
    for (Edit edit : proposed) {
      if (edit.start() < previousEnd || edit.end() > text.length()) {
        throw new IllegalStateException(
            "fixer "
                + fixer.name()
                + " proposed "
                + edit
                + " out of order or range (text length "
                + text.length()
                + ")");
      }
      previousEnd = edit.end();
      if (!text.regionMatches(edit.start(), edit.replacement(), 0, edit.replacement().length())
          || edit.replacement().length() != edit.end() - edit.start()) {
        effective.add(edit);
      }
    }
    return effective;
  }

  /** Builds a {@link Pipeline}. Not thread-safe; build once and share the pipeline. */
  public static final class Builder {
    private FixerRegistry registry = FixerRegistry.installed();
    private Lexicon lexicon = Lexicon.english();
    private final List<Object> entries = new ArrayList<>();
    private final List<Integer> stageEnds = new ArrayList<>();
    private final List<Integer> stagePasses = new ArrayList<>();

    private Builder() {}

    /** Uses {@code registry} to look up fixers added by name (default: the installed registry). */
    public Builder registry(FixerRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /** Gives fixers added by name this lexicon (default: {@link Lexicon#english()}). */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /** Appends the registered fixer {@code name} with default parameters. */
    public Builder add(String name) {
      return add(name, Map.of());
    }

    /** Appends the registered fixer {@code name} with {@code parameters}. */
    public Builder add(String name, Map<String, String> parameters) {
      entries.add(new Named(Objects.requireNonNull(name, "name"), Map.copyOf(parameters)));
      return this;
    }

    /** Appends a fixer instance. */
    public Builder add(Fixer fixer) {
      entries.add(Objects.requireNonNull(fixer, "fixer"));
      return this;
    }

    /**
     * Makes the fixers added since the previous stage a stage that runs up to {@code maxPasses}
     * times: again after every pass that changed the text. Fixers not in such a stage run once.
     *
     * @throws IllegalArgumentException when {@code maxPasses} is less than 1
     */
    public Builder settle(int maxPasses) {
      if (maxPasses < 1) {
        throw new IllegalArgumentException("a stage runs at least once, not " + maxPasses);
      }
      int start = stageEnds.isEmpty() ? 0 : stageEnds.get(stageEnds.size() - 1);
      if (entries.size() > start) {
        stageEnds.add(entries.size());
        stagePasses.add(maxPasses);
      }
      return this;
    }

    /**
     * Creates the fixers and the pipeline.
     *
     * @throws IllegalArgumentException for an unknown fixer name or a bad parameter
     */
    public Pipeline build() {
      List<Fixer> fixers = new ArrayList<>(entries.size());
      for (Object entry : entries) {
        if (entry instanceof Named named) {
          FixerArgs args = new FixerArgs(named.name(), named.parameters(), lexicon);
          fixers.add(registry.create(named.name(), args));
        } else {
          fixers.add((Fixer) entry);
        }
      }
      List<Stage> stages = new ArrayList<>();
      int start = 0;
      for (int i = 0; i < stageEnds.size(); i++) {
        stages.add(new Stage(fixers.subList(start, stageEnds.get(i)), stagePasses.get(i), true));
        start = stageEnds.get(i);
      }
      stages.add(new Stage(fixers.subList(start, fixers.size()), 1, false));
      return new Pipeline(stages);
    }

    private record Named(String name, Map<String, String> parameters) {}
  }

  /**
   * Fixers run together, up to {@code passes} times while they still change the text; a stage that
   * {@code settles} also runs again after a later stage changed the text.
   */
  private record Stage(List<Fixer> fixers, int passes, boolean settles) {
    Stage {
      fixers = List.copyOf(fixers);
    }
  }
}
