package org.textmend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;

/**
 * The order in which fixers run, whichever of them are selected: character repair first, then
 * document structure, spacing, words, and white space last. Order matters: characters must be right
 * before words are judged, and page furniture must be gone before paragraphs are rejoined.
 */
public final class FixerOrder {

  /**
   * The built-in fixers in running order. Fixers not listed here (plug-ins) run just before {@code
   * whitespace}.
   */
  public static final List<String> ORDER =
      List.of(
          // unicode: decode what the characters should have been, then normalise them
          "html-entities",
          "mojibake",
          "invisible",
          "unicode-normalize",
          "ascii-punctuation",
          "transliterate",
          // structure: page furniture out, paragraphs back together
          "breadcrumbs",
          "boilerplate",
          "dateline",
          "unwrap",
          "hyphenation",
          // spacing and words: the boundaries a dropped line break took away
          "sentence-spacing",
          "camel-joins",
          "glued-words",
          // white space last, so that it tidies what the others left
          "whitespace");

  /**
   * The stages that repeat while they change something, at most {@link #SETTLE_PASSES} times,
   * because one repair can make another visible: the character fixers (a zero-width space removed
   * from inside a mojibake sequence, an entity whose decoding is mojibake, a decomposed letter
   * composed into one that is) and the structure fixers (a word rejoined across a line-end hyphen
   * makes a line that unwrap now sees as part of its paragraph). Both are cheap next to the word
   * fixers, which settle on their own.
   */
  public static final List<List<String>> SETTLED_STAGES =
      List.of(
          ORDER.subList(0, ORDER.indexOf("breadcrumbs")),
          ORDER.subList(ORDER.indexOf("breadcrumbs"), ORDER.indexOf("sentence-spacing")));

  /** How many times at most a stage of {@link #SETTLED_STAGES} runs. */
  public static final int SETTLE_PASSES = 3;

  private static final String LAST = "whitespace";

  private FixerOrder() {}

  /** The names of the fixers of {@code registry} that are on by default, in running order. */
  public static List<String> defaultNames(FixerRegistry registry) {
    List<String> names = new ArrayList<>();
    for (String name : registry.names()) {
      FixerProvider provider = registry.provider(name);
      if (provider.enabledByDefault()) {
        names.add(name);
      }
    }
    return inOrder(names);
  }

  /**
   * Whether {@code name} is the last of {@code ordered} (a list in running order) that belongs to
   * its settled stage, so that the stage ends after it.
   */
  public static boolean endsSettledStage(List<String> ordered, int index) {
    String name = ordered.get(index);
    for (List<String> stage : SETTLED_STAGES) {
      if (stage.contains(name)) {
        return index + 1 == ordered.size() || !stage.contains(ordered.get(index + 1));
      }
    }
    return false;
  }

  /**
   * Sorts fixer names into running order: {@link #ORDER} first, then plug-ins by name, {@code
   * whitespace} last.
   */
  public static List<String> inOrder(Collection<String> names) {
    List<String> ordered = new ArrayList<>();
    for (String name : ORDER) {
      if (names.contains(name) && !name.equals(LAST)) {
        ordered.add(name);
      }
    }
    names.stream().filter(n -> !ORDER.contains(n)).sorted().forEach(ordered::add);
    if (names.contains(LAST)) {
      ordered.add(LAST);
    }
    return ordered;
  }
}
