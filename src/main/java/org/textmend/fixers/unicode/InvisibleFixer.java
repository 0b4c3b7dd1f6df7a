package org.textmend.fixers.unicode;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.LineIndex;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Removes invisible characters that copying and web publishing leave in text, where they do nothing
 * but break searching, counting and word matching.
 *
 * <p>Example: {@code "Kel\u00ADler\u200Bman\uFEFF was here"} (a soft hyphen, a zero-width space and
 * a stray byte-order mark) → {@code "Kellerman was here"}.
 *
 * <p>Removed:
 *
 * <ul>
 *   <li>zero-width space U+200B, except on a line of a script written without spaces between words
 *       (Thai, Lao, Khmer, Myanmar: line-break class SA), where it is the word separator;
 *   <li>soft hyphen U+00AD, except right before a line break, where it marks a word divided at the
 *       end of a line (the hyphenation fixer decides about those);
 *   <li>U+FEFF (byte-order mark or zero-width no-break space) anywhere, and the word joiner U+2060;
 *   <li>the zero-width joiner U+200D, except inside an emoji sequence (👩‍💻) or next to a letter
 *       of a script it shapes (Arabic-like joining scripts, Brahmic conjuncts); the zero-width
 *       non-joiner U+200C, except next to such a letter (Persian "می‌خواهم", Hindi half forms);
 *   <li>the bidi controls LRM, RLM, ALM, LRE, RLE, PDF, LRI, RLI, FSI, PDI on a line that holds no
 *       right-to-left character, where they change nothing; a line with Hebrew, Arabic or other
 *       right-to-left text keeps all of them, and so does a line with an override (LRO, RLO), which
 *       visibly reorders what follows;
 *   <li>the deprecated format characters U+206A–U+206F;
 *   <li>C0 control characters other than tab, line feed, vertical tab, form feed and carriage
 *       return (which are line structure and belong to the whitespace fixer), and DEL; a terminal
 *       colour sequence ({@code ESC [ 31 m}) goes as a whole.
 * </ul>
 *
 * <p>Left alone: C1 controls U+0080–U+009F (they stand for windows-1252 characters and the mojibake
 * fixer turns them back into those), variation selectors, the combining grapheme joiner, Mongolian
 * and Hangul fillers, and every kind of space (the whitespace fixer's job). Immutable and
 * thread-safe.
 */
public final class InvisibleFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "invisible";

  private static final char ESCAPE = 0x1B;
  private static final char ZERO_WIDTH_SPACE = 0x200B;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    int length = text.length();
    int first = 0;
    while (first < length && !candidate(text.charAt(first))) {
      first++;
    }
    if (first == length) {
      return List.of();
    }
    List<Edit> edits = new ArrayList<>();
    int deleteStart = -1;
    int deleteEnd = -1;
    int keepsBidi = -1; // -1 not yet known, then 0 or 1 for the whole text
    int lineEnd = -1; // end of the line whose zero-width space verdict is cached
    boolean lineUnspaced = false;
    for (int i = first; i < length; i++) {
      char c = text.charAt(i);
      if (!candidate(c)) {
        continue;
      }
      int end = i + 1;
      boolean remove;
      if (isBidiControl(c)) {
        if (keepsBidi < 0) {
          keepsBidi = keepsBidiControls(text) ? 1 : 0;
        }
        remove = keepsBidi == 0;
      } else if (c == ESCAPE) {
        end = escapeSequenceEnd(text, i);
        remove = true;
      } else if (c == ZERO_WIDTH_SPACE) {
        if (i >= lineEnd) {
          lineEnd = LineIndex.endOfLine(text, i);
          lineUnspaced = hasUnspacedScript(text, LineIndex.startOfLine(text, i), lineEnd);
        }
        remove = !lineUnspaced;
      } else {
        remove = removable(text, i, c);
      }
      if (!remove) {
        continue;
      }
      if (i == deleteEnd) {
        deleteEnd = end;
      } else {
        if (deleteStart >= 0) {
          edits.add(Edit.delete(deleteStart, deleteEnd));
        }
        deleteStart = i;
        deleteEnd = end;
      }
      i = end - 1;
    }
    if (deleteStart >= 0) {
      edits.add(Edit.delete(deleteStart, deleteEnd));
    }
    return edits;
  }

  /** A cheap first test: whether {@code c} is one of the characters this fixer may remove. */
  private static boolean candidate(char c) {
    if (c < 0x20) {
      return c < 0x09 || c > 0x0D;
    }
    if (c < 0x7F) {
      return false;
    }
    if (c == 0x7F || c == 0xAD || c == 0x061C || c == 0xFEFF) {
      return true;
    }
    return c >= 0x200B && c <= 0x206F && (c <= 0x200F || isBidiControl(c) || c >= 0x2060);
  }

  private static boolean isBidiControl(char c) {
    return c == 0x200E
        || c == 0x200F
        || c == 0x061C
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /** The verdict for a candidate that is neither a bidi control nor ESC. */
  private static boolean removable(String text, int i, char c) {
    switch (c) {
      case 0x00AD: // soft hyphen
        {
          int next = i + 1;
          return next >= text.length() || (text.charAt(next) != '\n' && text.charAt(next) != '\r');
        }
      case 0x200C: // zero-width non-joiner
        return !shapedByJoiner(text, i);
      case 0x200D: // zero-width joiner
        {
          int before = ScriptContext.baseBefore(text, i);
          int after = ScriptContext.at(text, i + 1);
          boolean emoji =
              before >= 0
                  && after >= 0
                  && ScriptContext.emojiBeforeJoiner(before)
                  && ScriptContext.emojiAfterJoiner(after);
          return !emoji && !shapedByJoiner(text, i);
        }
      case 0xFEFF: // byte-order mark / zero-width no-break space
      case 0x2060: // word joiner
      case 0x7F: // delete
        return true;
      default:
        // C0 controls are removable; of U+2061..U+206F only the deprecated format characters
        // U+206A..U+206F are (U+2061..U+2064 are invisible mathematical operators).
        return c < 0x20 || c >= 0x206A;
    }
  }

  private static boolean shapedByJoiner(String text, int i) {
    int before = ScriptContext.baseBefore(text, i);
    int after = ScriptContext.at(text, i + 1);
    return (before >= 0 && ScriptContext.shapesWithJoiner(before))
        || (after >= 0 && ScriptContext.shapesWithJoiner(after));
  }

  /**
   * Whether the text keeps its bidi controls: it holds right-to-left text somewhere (a line of
   * digits between RLE and PDF in a Pashto text is laid out right to left too), or an override that
   * visibly reorders what follows.
   */
  private static boolean keepsBidiControls(String text) {
    int end = text.length();
    for (int i = 0; i < end; ) {
      int cp = text.codePointAt(i);
      if (cp == 0x202D || cp == 0x202E) {
        return true;
      }
      // The marks RLM and ALM are right-to-left themselves; they do not make a line right-to-left.
      if (cp != 0x200F && cp != 0x061C && ScriptContext.rightToLeft(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the line {@code [start, end)} has a letter of a script written without spaces. */
  private static boolean hasUnspacedScript(String text, int start, int end) {
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      if (cp >= 0x0E00 && ScriptContext.wordsUnspaced(cp)) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * The end of the escape sequence starting at {@code i}: a whole CSI sequence ({@code ESC [}
   * parameters, intermediates, final byte) such as a terminal colour code, or the ESC alone.
   */
  private static int escapeSequenceEnd(String text, int i) {
    int at = i + 1;
    if (at >= text.length() || text.charAt(at) != '[') {
      return i + 1;
    }
    at++;
    while (at < text.length() && text.charAt(at) >= 0x30 && text.charAt(at) <= 0x3F) {
      at++;
    }
    while (at < text.length() && text.charAt(at) >= 0x20 && text.charAt(at) <= 0x2F) {
      at++;
    }
    if (at < text.length() && text.charAt(at) >= 0x40 && text.charAt(at) <= 0x7E) {
      return at + 1;
    }
    return i + 1;
  }

  /** Registers {@code invisible}; it takes no parameters. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Remove zero-width spaces, soft hyphens, stray BOMs, idle bidi marks, control chars";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new InvisibleFixer();
    }
  }
}
