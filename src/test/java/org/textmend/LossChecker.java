package org.textmend;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Checks the "no loss" guarantee on an edit log: every character of the input that is not white
 * space is still in the output, in the same order, unless an edit of a content fixer accounts for
 * it.
 *
 * <p>The check replays the log step by step from the original. An edit of a content fixer may
 * change characters (that is its job, and the log says so). Any other edit may only change white
 * space: the characters it removes and the characters it inserts must be the same once white space
 * (Unicode's White_Space property: spaces of every width, tabs, line breaks, U+2028…) is set aside.
 * Finally the replay must reproduce the output exactly, so that no change escapes the log.
 */
public final class LossChecker {

  /**
   * The fixers whose edits may change characters that are not white space: the content fixers of
   * the default pipeline (characters decoded, removed or normalised; page furniture dropped;
   * hyphens at line ends removed), and the opt-in ones that change characters by request.
   */
  public static final Set<String> CONTENT_FIXERS =
      Set.of(
          "mojibake",
          "html-entities",
          "invisible",
          "unicode-normalize",
          "breadcrumbs",
          "boilerplate",
          "dateline",
          "hyphenation",
          // opt-in: the user asked for characters to change
          "ascii-punctuation",
          "transliterate");

  private LossChecker() {}

  /** One edit that lost or added characters without being a content fixer's. */
  public record Violation(int step, String fixer, Edit edit, String removed, String inserted) {
    @Override
    public String toString() {
      return "step "
          + step
          + " ("
          + fixer
          + ") edit "
          + edit
          + " replaced \""
          + removed
          + "\" by \""
          + inserted
          + "\": characters other than white space changed";
    }
  }

  /** The problems found in {@code explained}'s log; empty when nothing was lost. */
  public static List<String> problems(ExplainedText explained) {
    List<String> problems = new ArrayList<>();
    String text = explained.original();
    for (int i = 0; i < explained.steps().size(); i++) {
      Step step = explained.steps().get(i);
      if (!CONTENT_FIXERS.contains(step.fixer())) {
        for (Edit edit : step.edits()) {
          String removed = text.substring(edit.start(), edit.end());
          if (!withoutWhiteSpace(removed).equals(withoutWhiteSpace(edit.replacement()))) {
            problems.add(
                new Violation(i, step.fixer(), edit, removed, edit.replacement()).toString());
          }
        }
      }
      text = step.applyTo(text);
    }
    if (!text.equals(explained.text())) {
      problems.add("replaying the edit log does not give the output");
    }
    return problems;
  }

  /** Whether any step of the log is a content fixer's. */
  public static boolean hasContentEdits(ExplainedText explained) {
    return explained.steps().stream().anyMatch(step -> CONTENT_FIXERS.contains(step.fixer()));
  }

  /** {@code text} with every White_Space character taken out. */
  public static String withoutWhiteSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!UCharacter.isUWhiteSpace(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }
}
