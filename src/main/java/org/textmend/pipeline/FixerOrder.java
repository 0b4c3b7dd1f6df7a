package org.textmend.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The order in which fixers run, in stages, and which of them the default set holds: the data of
 * the resource {@code fixers.order} next to this class, the one place that lists the built-in
 * fixers. Their names live on the fixers ({@code NAME} constants); this file only arranges them.
 *
 * <p>The order is data rather than a list in code so that it reads as one table a newcomer can take
 * in at a glance, comments on each stage included, with nothing else around it. Fixers the file
 * does not list (plug-ins) run where it says {@code <plug-ins>}, just before {@code whitespace},
 * sorted by name, and say themselves whether they are on by default. Immutable.
 */
public final class FixerOrder {

  private static final String RESOURCE = "fixers.order";
  private static final String PLUG_INS = "<plug-ins>";

  /**
   * A stage of the order: fixers that run together, again while they change the text (at most
   * {@code passes} times) when the stage {@code settles}.
   */
  public record Stage(String name, boolean settles, int passes, List<String> fixers) {
    /** Copies {@code fixers}. */
    public Stage {
      fixers = List.copyOf(fixers);
    }
  }

  private static final Order BUILT_IN = load();

  private FixerOrder() {}

  /** The fixers the order lists, in running order. */
  public static List<String> names() {
    return BUILT_IN.names();
  }

  /**
   * Whether {@code provider}'s fixer is in the default set: as the order says for a listed fixer,
   * as {@link FixerProvider#enabledByDefault()} says for a plug-in.
   */
  public static boolean onByDefault(FixerProvider provider) {
    String name = provider.name();
    return BUILT_IN.names().contains(name)
        ? BUILT_IN.defaults().contains(name)
        : provider.enabledByDefault();
  }

  /** The names of the fixers of {@code registry} that are on by default, in running order. */
  public static List<String> defaultNames(FixerRegistry registry) {
    List<String> names = new ArrayList<>();
    for (String name : registry.names()) {
      if (onByDefault(registry.provider(name))) {
        names.add(name);
      }
    }
    return inOrder(names);
  }

  /** Sorts fixer names into running order, plug-ins where the order puts them. */
  public static List<String> inOrder(Collection<String> names) {
    return stages(names).stream().flatMap(stage -> stage.fixers().stream()).toList();
  }

  /**
   * The stages of the order holding the fixers {@code names}, each with only those of its fixers,
   * plug-ins where the order puts them; stages left empty are left out.
   */
  public static List<Stage> stages(Collection<String> names) {
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : BUILT_IN.stages()) {
      List<String> fixers = new ArrayList<>();
      for (String name : stage.fixers()) {
        if (name.equals(PLUG_INS)) {
          names.stream().filter(n -> !BUILT_IN.names().contains(n)).sorted().forEach(fixers::add);
        } else if (names.contains(name)) {
          fixers.add(name);
        }
      }
      if (!fixers.isEmpty()) {
        stages.add(new Stage(stage.name(), stage.settles(), stage.passes(), fixers));
      }
    }
    return stages;
  }

  /** The parsed order: stages (holding the {@code <plug-ins>} marker), names and defaults. */
  record Order(List<Stage> stages, List<String> names, Set<String> defaults) {}

  private static Order load() {
    try (InputStream in = FixerOrder.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("resource not found");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses the text of an order file.
   *
   * @throws IllegalStateException for a malformed line, a fixer listed twice or outside a stage, a
   *     stage that runs once before the last, or a missing {@code <plug-ins>} line
   */
  static Order parse(String text) {
    List<Stage> stages = new ArrayList<>();
    List<String> names = new ArrayList<>();
    Set<String> defaults = new HashSet<>();
    @Nullable Stage stage = null; // the stage being read, its fixers in the list below
    List<String> fixers = new ArrayList<>();
    boolean plugIns = false;
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.split("\\s+");
      if (words[0].equals("stage")) {
        if (stage != null) {
          stages.add(new Stage(stage.name(), stage.settles(), stage.passes(), fixers));
        }
        if (!stages.isEmpty() && !stages.get(stages.size() - 1).settles()) {
          throw malformed(n, "only the last stage may run once");
        }
        stage = stageHeader(words, n);
        fixers = new ArrayList<>();
      } else if (stage == null) {
        throw malformed(n, "a fixer before the first stage");
      } else if (words.length == 1 && words[0].equals(PLUG_INS) && !plugIns) {
        plugIns = true;
        fixers.add(PLUG_INS);
      } else if (words.length != 2 || !(words[1].equals("on") || words[1].equals("off"))) {
        throw malformed(n, "expected 'FIXER on' or 'FIXER off'");
      } else if (names.contains(words[0])) {
        throw malformed(n, words[0] + " is listed twice");
      } else {
        names.add(words[0]);
        fixers.add(words[0]);
        if (words[1].equals("on")) {
          defaults.add(words[0]);
        }
      }
    }
    if (stage != null) {
      stages.add(new Stage(stage.name(), stage.settles(), stage.passes(), fixers));
    }
    if (!plugIns) {
      throw new IllegalStateException(RESOURCE + ": no line says where " + PLUG_INS + " run");
    }
    return new Order(List.copyOf(stages), List.copyOf(names), Set.copyOf(defaults));
  }

  /** The stage that the line {@code words} (at {@code index}) starts, still without fixers. */
  private static Stage stageHeader(String[] words, int index) {
    if (words.length == 3 && words[2].equals("once")) {
      return new Stage(words[1], false, 1, List.of());
    }
    if (words.length == 4 && words[2].equals("settle") && words[3].matches("[1-9]")) {
      return new Stage(words[1], true, Integer.parseInt(words[3]), List.of());
    }
    throw malformed(index, "expected 'stage NAME settle N' or 'stage NAME once'");
  }

  private static IllegalStateException malformed(int index, String what) {
    return new IllegalStateException(RESOURCE + ":" + (index + 1) + ": " + what);
  }
}
