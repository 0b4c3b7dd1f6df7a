package org.textmend.fixers.whitespace;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Tidies white space: spaces at line ends, runs of spaces inside a line, runs of blank lines, the
 * final newline, and no-break or other Unicode spaces between words.
 *
 * <p>{@code "The minister said\u00A0it \n\n\n\nwould act"} → {@code "The minister said it\n\nwould
 * act\n"}.
 *
 * <ul>
 *   <li>Spaces and tabs at the end of a line go; a line of white space only becomes empty.
 *   <li>A run of spaces between two characters of a line becomes one space.
 *   <li>More than one blank line in a row becomes one; blank lines at the start and the end of the
 *       text go; a text with any content ends with exactly one line break.
 *   <li>A no-break space or another Unicode space separator (thin, em, narrow no-break…) between a
 *       word and a following letter ({@code "said\u00A0it"}, {@code "Mr.\u00A0Smith"}) becomes a
 *       plain space.
 *   <li>Line breaks are kept as they are (LF, CRLF or a lone CR, even mixed) unless the parameter
 *       {@code eol=lf|crlf} asks for one style; a final line break that has to be added takes the
 *       style most common in the text.
 * </ul>
 *
 * <p>Left alone on purpose:
 *
 * <ul>
 *   <li>Leading indentation, and tabs inside a line (tab-separated data).
 *   <li>Runs of spaces in what looks preformatted: a line indented by a tab or four or more spaces
 *       (code), or two neighbouring lines that both hold runs of spaces (an aligned table, ASCII
 *       art, or a writer's consistent two spaces after a full stop).
 *   <li>A no-break space next to a digit or punctuation where typography wants it: {@code
 *       "10\u00A0km"}, {@code "1\u202F000"}, {@code "page\u00A05"}, French {@code "Quoi\u202F?"}
 *       and {@code "«\u202FOui\u202F»"}.
 *   <li>The ideographic space U+3000 inside a line (it belongs to CJK typography) and the Ogham
 *       space mark U+1680 (a visible letter of that script).
 *   <li>Form feeds and other control characters, and Unicode line or paragraph separators.
 * </ul>
 *
 * <p>Markdown's two-space hard line break is a trailing space too, and goes. Immutable and
 * thread-safe.
 */
public final class WhitespaceFixer implements Fixer {

  /** The line-break style the fixer writes. */
  public enum LineEnding {
    /** Keep every line break as it is. */
    KEEP,
    /** Write every line break as LF. */
    LF,
    /** Write every line break as CRLF. */
    CRLF
  }

  /** The fixer's name. */
  public static final String NAME = "whitespace";

  /** Punctuation that may end a word before a space that is turned into a plain one. */
  private static final String WORD_END_PUNCTUATION = ".,;:!?)]}'\"\u2019\u201D";

  private final LineEnding eol;

  /** A fixer that writes line breaks as {@code eol} says. */
  public WhitespaceFixer(LineEnding eol) {
    this.eol = eol;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    if (text.isEmpty()) {
      return List.of();
    }
    // One copy into an array: the loops below read every character two or three times, and array
    // reads cost a fraction of String.charAt on text that is not Latin-1.
    char[] chars = text.toCharArray();
    WhitespaceLines lines = WhitespaceLines.of(text, chars);
    int first = -1;
    int last = -1;
    for (int i = 0; i < lines.count; i++) {
      if (!lines.isBlank(i)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0) {
      return List.of(Edit.delete(0, text.length())); // white space only
    }
    EditList edits = new EditList();
    if (lines.start(first) > 0) {
      edits.add(0, lines.start(first), "");
    }
    for (int i = first; i <= last; i++) {
      if (lines.isBlank(i)) {
        if (lines.isBlank(i - 1)) {
          edits.add(lines.start(i), lines.next(i), ""); // second blank line of a run
        } else if (lines.end(i) > lines.start(i) && joinsBreaks(chars, lines, i)) {
          // "\r \n": emptying the blank line would make its LF one CRLF break with the CR before
          // it, and the paragraph break would be lost; the blank line ends as the line before it.
          edits.add(lines.start(i), lines.next(i), "\r");
        } else {
          if (lines.end(i) > lines.start(i)) {
            edits.add(lines.start(i), lines.end(i), "");
          }
          lineBreak(chars, lines, i, edits);
        }
        continue;
      }
      spaceRuns(chars, lines, i, edits);
      if (lines.trail(i) < lines.end(i)) {
        edits.add(lines.trail(i), lines.end(i), "");
      }
      if (i < last) {
        lineBreak(chars, lines, i, edits);
      }
    }
    if (lines.next(last) > lines.end(last)) {
      lineBreak(chars, lines, last, edits);
      if (lines.next(last) < text.length()) {
        edits.add(lines.next(last), text.length(), "");
      }
    } else {
      edits.add(lines.end(last), lines.end(last), finalBreak(lines));
    }
    return edits.toList();
  }

  /**
   * Whether line {@code i}, kept with its line breaks as they are, follows a lone CR and ends with
   * an LF, so that removing its content would turn the two breaks into one CRLF.
   */
  private boolean joinsBreaks(char[] text, WhitespaceLines lines, int i) {
    if (eol != LineEnding.KEEP || i == 0) {
      return false;
    }
    int previousEnd = lines.end(i - 1);
    boolean afterLoneCr = lines.next(i - 1) - previousEnd == 1 && text[previousEnd] == '\r';
    return afterLoneCr && lines.next(i) - lines.end(i) == 1 && text[lines.end(i)] == '\n';
  }

  private void lineBreak(char[] text, WhitespaceLines lines, int i, EditList edits) {
    if (eol == LineEnding.KEEP) {
      return;
    }
    int end = lines.end(i);
    int next = lines.next(i);
    boolean isCrlf = next - end == 2;
    boolean isLf = next - end == 1 && text[end] == '\n';
    if (eol == LineEnding.LF && !isLf) {
      edits.add(end, next, "\n");
    } else if (eol == LineEnding.CRLF && !isCrlf) {
      edits.add(end, next, "\r\n");
    }
  }

  private String finalBreak(WhitespaceLines lines) {
    switch (eol) {
      case LF:
        return "\n";
      case CRLF:
        return "\r\n";
      default:
        if (lines.crlf > lines.lf && lines.crlf >= lines.cr) {
          return "\r\n";
        }
        return lines.cr > lines.lf && lines.cr > lines.crlf ? "\r" : "\n";
    }
  }

  /** Collapses runs of spaces and turns Unicode spaces between words into plain spaces. */
  private static void spaceRuns(char[] text, WhitespaceLines lines, int i, EditList edits) {
    if (!lines.hasSpaceRun(i)) {
      return; // no run of two spaces and no Unicode space: nothing to do on this line
    }
    boolean preformatted = lines.isPreformatted(i);
    int limit = lines.trail(i);
    int at = lines.indentEnd(i);
    while (at < limit) {
      if (!Spaces.isRunSpace(text[at])) {
        at++;
        continue;
      }
      int start = at;
      at = Spaces.runEnd(text, at, limit);
      if (Spaces.isPlain(text, start, at)) {
        if (at - start > 1 && !preformatted) {
          edits.add(start, at, " ");
        }
      } else if (betweenWords(text, start, at)) {
        edits.add(start, at, " ");
      }
    }
  }

  /**
   * Whether the spaces in {@code [start, end)} stand between the end of a word and a letter: after
   * a letter, a combining mark or closing punctuation, and before a letter.
   */
  private static boolean betweenWords(char[] text, int start, int end) {
    int before = Character.codePointBefore(text, start);
    int after = Character.codePointAt(text, end);
    if (!Character.isLetter(after)) {
      return false;
    }
    if (Character.isLetter(before)) {
      return true;
    }
    int type = Character.getType(before);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || (before < 0x10000 && WORD_END_PUNCTUATION.indexOf(before) >= 0);
  }

  /** Collects edits in order, merging an edit into the previous one when they touch. */
  private static final class EditList {
    private final List<Edit> edits = new ArrayList<>();

    void add(int start, int end, String replacement) {
      int last = edits.size() - 1;
      if (last >= 0 && edits.get(last).end() == start) {
        Edit previous = edits.get(last);
        edits.set(last, new Edit(previous.start(), end, previous.replacement() + replacement));
      } else {
        edits.add(new Edit(start, end, replacement));
      }
    }

    List<Edit> toList() {
      return edits;
    }
  }

  /** Registers {@code whitespace}; parameter {@code eol=keep|lf|crlf} (default {@code keep}). */
  public static final class Provider implements FixerProvider {

    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Trailing spaces, runs of spaces and blank lines, Unicode spaces between words, the"
          + " final newline; line endings kept unless eol=lf|crlf";
    }

    @Override
    public WhitespaceFixer create(FixerArgs args) {
      String value = args.get("eol", "keep");
      LineEnding eol;
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "keep":
          eol = LineEnding.KEEP;
          break;
        case "lf":
          eol = LineEnding.LF;
          break;
        case "crlf":
          eol = LineEnding.CRLF;
          break;
        default:
          throw new IllegalArgumentException(
              NAME + ": parameter eol must be keep, lf or crlf, not \"" + value + "\"");
      }
      args.requireNoneLeft();
      return new WhitespaceFixer(eol);
    }
  }
}
