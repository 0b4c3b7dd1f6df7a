package org.textmend.fixers.unicode.mojibake;

import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Step;

/**
 * The mojibake engine's one public type: the repairs the {@code mojibake} fixer proposes, and the
 * two facts about characters that the entity fixer shares with it. See {@code MojibakeFixer} for
 * what is repaired and what is left alone. Stateless.
 */
public final class MojibakeRepair {

  /**
   * How many rounds of repair at most, each over the result of the one before (one of the loops the
   * design comment on {@link org.textmend.pipeline.Pipeline} explains).
   */
  private static final int MAX_ROUNDS = 3;

  /** The name of the steps between rounds, which stay inside this class. */
  private static final String ROUND = "mojibake round";

  private MojibakeRepair() {}

  /**
   * The repairs of the mojibake in {@code text}, in its coordinates: sorted, not overlapping, and
   * none left for a second run to find.
   */
  public static List<Edit> edits(String text) {
    List<Edit> edits = Candidates.round(text);
    if (edits.isEmpty()) {
      return edits;
    }
    // A repair can change what its neighbours look like (a box-drawing neighbour turns out to be
    // mojibake itself); rounds until nothing more changes keep the fixer idempotent.
    String current = new Step(ROUND, edits).applyTo(text);
    for (int round = 1; round < MAX_ROUNDS; round++) {
      List<Edit> more = Candidates.round(current);
      if (more.isEmpty()) {
        break;
      }
      String next = new Step(ROUND, more).applyTo(current);
      edits = EditComposition.compose(text, edits, current, more, next);
      current = next;
    }
    return edits;
  }

  /**
   * Whether {@code cp} is passed over when looking for the characters around a stretch: what the
   * invisible fixer removes (format characters, C0 controls other than line structure, DEL).
   */
  public static boolean ignorable(int cp) {
    return MojibakeBadness.ignorable(cp);
  }

  /**
   * The windows-1252 character of the byte that C1 control {@code c} stands for when ISO-8859-1
   * read it; {@code c} itself for the five bytes windows-1252 leaves undefined.
   */
  public static char windows1252ForC1(char c) {
    return CodePage.windows1252ForC1(c);
  }
}
