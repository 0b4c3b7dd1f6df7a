package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Rejoins words split by a hyphen at a line end.
 *
 * <pre>
 * the govern-\nment said    →   the government said
 * a well-\nknown case       →   a well-known case
 * </pre>
 *
 * <p>The line break always goes (a line never ends inside a word). The hyphen goes too when the
 * joined word is in the lexicon and more common there than the hyphenated form ("govern-ment" →
 * "government", "e-mail" → "email"); it stays when the hyphenated form is the known one ("well-
 * known"), when neither is known (a name or a rare compound: a stray hyphen is a smaller harm than
 * two words glued together), and when the next part starts with a capital or a digit ("anti-
 * American", "COVID-19"). A split across a blank line ("govern-\n\nment", seen in scraped pages) is
 * rejoined only when the joined word is known. A soft hyphen (U+00AD) at the line end marks a break
 * inside a word, so it always goes with the break before a lower-case continuation.
 *
 * <p>Left alone, deliberately: a hyphen after a digit or a space ("1990-\n91", "the plan -\nwhich")
 * and a break followed by something other than a word. Immutable and thread-safe.
 */
public final class HyphenationFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "hyphenation";

  private final Lexicon lexicon;

  /** A hyphenation fixer that judges joined words against {@code lexicon}. */
  public HyphenationFixer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    if (text.indexOf('-') < 0 && text.indexOf('‐') < 0 && text.indexOf(LineShape.SOFT_HYPHEN) < 0) {
      return List.of();
    }
    List<Edit> edits = new ArrayList<>();
    int at = 0;
    int length = text.length();
    while (at < length) {
      Lines.Line line = Lines.lineAt(text, at);
      if (line.next() >= length) {
        break;
      }
      if (LineShape.endsWithSplitWord(text, line.start(), line.end())) {
        Edit edit = rejoin(text, line);
        if (edit != null) {
          edits.add(edit);
        }
      }
      at = line.next();
    }
    return edits;
  }

  private Edit rejoin(String text, Lines.Line line) {
    int hyphen = LineShape.trimmedEnd(text, line.start(), line.end()) - 1;
    int leftStart = hyphen;
    while (leftStart > line.start() && Character.isLetter(text.charAt(leftStart - 1))) {
      leftStart--;
    }
    // the next line, or the one after a single blank line
    Lines.Line next = Lines.lineAt(text, line.next());
    boolean blankGap = false;
    if (Lines.isBlank(text, next.start(), next.end())) {
      if (next.next() >= text.length()) {
        return null;
      }
      next = Lines.lineAt(text, next.next());
      blankGap = true;
      if (Lines.isBlank(text, next.start(), next.end())) {
        return null;
      }
    }
    int rightStart = LineShape.trimmedStart(text, next.start(), next.end());
    boolean codeIndent = rightStart - next.start() >= 4 || text.startsWith("\t", next.start());
    if (codeIndent || LineShape.hasStructuralContent(text, next.start(), next.end())) {
      return null; // code, a table row, a heading: not the rest of a word
    }
    if (rightStart >= next.end()) {
      return null;
    }
    char first = text.charAt(rightStart);
    if (!Character.isLetterOrDigit(first)) {
      return null;
    }
    int rightEnd = rightStart;
    while (rightEnd < next.end() && Character.isLetter(text.charAt(rightEnd))) {
      rightEnd++;
    }
    boolean lowerContinuation = Character.isLowerCase(first);
    boolean soft = text.charAt(hyphen) == LineShape.SOFT_HYPHEN;
    boolean dropHyphen = soft && lowerContinuation && !blankGap; // a soft hyphen is never printed
    if (!dropHyphen && lowerContinuation && rightEnd > rightStart) {
      String left = text.substring(leftStart, hyphen);
      String right = text.substring(rightStart, rightEnd);
      int joined = frequency(left + right);
      int hyphenated = soft ? Lexicon.UNKNOWN : frequency(left + "-" + right);
      dropHyphen = joined >= 0 && joined > hyphenated;
    }
    if (dropHyphen) {
      return Edit.delete(hyphen, rightStart);
    }
    if (blankGap) {
      return null; // only a known word is rejoined across a blank line
    }
    return Edit.delete(hyphen + 1, rightStart);
  }

  private int frequency(String word) {
    return Math.max(
        lexicon.frequency(word, 0, word.length()),
        lexicon.lowerCaseFrequency(word, 0, word.length()));
  }

  /** Registers {@link HyphenationFixer}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Rejoins words split by a hyphen at a line end (govern-/ment -> government)";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new HyphenationFixer(args.lexicon());
    }
  }
}
