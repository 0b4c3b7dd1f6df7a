package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.Step;

/**
 * Joins lines that a hard wrap or a scraper broke inside a paragraph, so that each paragraph is one
 * line.
 *
 * <pre>
 * The talks will resume on Monday, the ministry       The talks will resume on Monday, the ministry
 * said, after both sides agreed to a ceasefire   →    said, after both sides agreed to a ceasefire
 * in the north of the country.                        in the north of the country.   (one line)
 *
 * the responsibility to\n\nstop rebels           →    the responsibility to stop rebels
 * </pre>
 *
 * <p>Signs of a broken paragraph, each enough on its own:
 *
 * <ul>
 *   <li>a hard-wrapped block: three or more consecutive lines where each line but the last is as
 *       long as the next line's first word allows (it would not have fitted) and at least half of
 *       them end inside a sentence. Each such break becomes a space; a line of the block that falls
 *       short of the width and ends a sentence is a paragraph end and keeps its break. Once a
 *       document shows its wrap width, a two-line paragraph whose first line reaches that width and
 *       ends inside a sentence is joined too.
 *   <li>a sentence cut by a line break or by blank lines: the line ends with a letter, a digit or a
 *       comma and the next non-blank line starts with a lower-case word of the lexicon.
 * </ul>
 *
 * <p>"Inside a sentence" means not after . ! ? : or a closing quote that follows one of them; a
 * quoted word (called the plan "rushed" / in a statement) or a comma before the quote continues the
 * sentence. A line that starts with a dash or a number joins the line above when it is alone and
 * that line ends inside a sentence ("the crossing took an hour" / "- and the ferry was late"); the
 * wrapped lines of a list item join the item.
 *
 * <p>Left alone, deliberately: the first line of a document when blank lines follow it (the title
 * stays above the body even when the body starts in lower case); list items, indented lines (code,
 * verse, quotations), table rows, headings in capitals, rules; lines shorter than the wrap width
 * that end a sentence; short lines (addresses, verse) and blocks where most lines start with a
 * capital (verse); a line that starts with a non-word ("iPhone", "www.", "e.g."); and a word split
 * by a hyphen at the line end, which {@code hyphenation} rejoins after this fixer. A document with
 * one paragraph per line has nothing to join. Immutable and thread-safe.
 */
public final class UnwrapFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "unwrap";

  /** The shortest part of a glued word that {@link #isWordOrTwo} looks for. */
  private static final int MIN_PART = 2;

  /** The shortest paragraph fragment that may be joined across a single or blank-line break. */
  private static final int MIN_FRAGMENT = 30;

  /** How many times the fixer looks at its own result (see {@link #edits(String)}). */
  private static final int MAX_ROUNDS = 6;

  /** The most blank lines a sentence may be cut by. */
  private static final int MAX_BLANK_LINES = 2;

  private final Lexicon lexicon;

  /** An unwrap fixer that checks the word after a break against {@code lexicon}. */
  public UnwrapFixer(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@inheritDoc}
   *
   * <p>A join can make a new paragraph shape (two single-line paragraphs become one), and the
   * joined text can show a further break to join. So the fixer looks again at its own result, a few
   * times at most, and returns all joins at once in the coordinates of {@code text}: running it
   * twice gives what running it once gave. Every join replaces white space holding a line break
   * with one space, so the joins of later rounds map back to the original text exactly. Where this
   * loop stands among the others that repeat repairs: the design comment on {@link
   * org.textmend.pipeline.Pipeline}.
   */
  @Override
  public List<Edit> edits(String text) {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return List.of();
    }
    List<Edit> joins = joinsOnce(text);
    if (joins.isEmpty()) {
      return joins;
    }
    String current = new Step(NAME, joins).applyTo(text);
    for (int round = 1; round < MAX_ROUNDS; round++) {
      List<Edit> more = joinsOnce(current);
      if (more.isEmpty()) {
        break;
      }
      joins = merge(joins, more);
      current = new Step(NAME, more).applyTo(current);
    }
    return joins;
  }

  /**
   * Adds the joins {@code more}, made on the text after {@code joins}, to {@code joins}, in the
   * original coordinates. A position after earlier joins lies further right in the original by the
   * white space those joins took away; a new join never contains an earlier join's space, which
   * always stands between two non-blank characters.
   */
  private static List<Edit> merge(List<Edit> joins, List<Edit> more) {
    List<Edit> merged = new ArrayList<>(joins.size() + more.size());
    int i = 0;
    int shift = 0; // original minus current, for positions after the joins passed so far
    for (Edit edit : more) {
      while (i < joins.size() && joins.get(i).start() - shift < edit.start()) {
        Edit earlier = joins.get(i);
        merged.add(earlier);
        shift -= earlier.delta();
        i++;
      }
      merged.add(new Edit(edit.start() + shift, edit.end() + shift, edit.replacement()));
    }
    while (i < joins.size()) {
      merged.add(joins.get(i++));
    }
    return merged;
  }

  /** The joins of one look at {@code text}. */
  private List<Edit> joinsOnce(String text) {
    UnwrapLines lines = UnwrapLines.of(text);
    int count = lines.size();
    if (count < 2) {
      return List.of();
    }
    boolean[] join = new boolean[count]; // join line i to the next non-blank line
    boolean[] decided = new boolean[count];
    boolean[] wrapped = new boolean[count];
    WrappedBlocks.mark(text, lines, join, decided, wrapped);
    List<Edit> edits = new ArrayList<>();
    int firstNonBlank = -1;
    int paragraphStart = -1;
    for (int i = 0; i < count; i++) {
      if (lines.blank(i)) {
        continue;
      }
      if (firstNonBlank < 0) {
        firstNonBlank = i;
      }
      if (paragraphStart < 0) {
        paragraphStart = lines.start(i);
      }
      int next = i + 1;
      while (next < count && lines.blank(next)) {
        next++;
      }
      if (next >= count) {
        break;
      }
      int blankLines = next - i - 1;
      boolean joined = join[i];
      if (!joined && !decided[i] && blankLines <= MAX_BLANK_LINES) {
        // a single break is judged alone only in a two-line run or inside a wrapped block
        boolean alone = blankLines == 0 && (lines.runLength(i) == 2 || wrapped[i]);
        boolean title = i == firstNonBlank && blankLines > 0;
        joined =
            (blankLines > 0 || alone)
                && !title
                && cutSentence(text, lines, i, next, lines.end(i) - paragraphStart);
      }
      if (!joined) {
        paragraphStart = -1;
      } else if (!LineShape.endsWithSplitWord(text, lines.start(i), lines.end(i))) {
        int from = LineShape.trimmedEnd(text, lines.start(i), lines.end(i));
        int to = LineShape.trimmedStart(text, lines.start(next), lines.end(next));
        edits.add(new Edit(from, to, " "));
      }
    }
    return edits;
  }

  /**
   * Whether the break after line {@code i} cuts a sentence: the line ends without closing
   * punctuation and line {@code next} starts with a lower-case word of the lexicon.
   */
  private boolean cutSentence(String text, UnwrapLines lines, int i, int next, int fragment) {
    if (fragment < MIN_FRAGMENT || lines.structural(i) || lines.structural(next)) {
      return false;
    }
    if (!LineShape.endsMidSentence(text, lines.start(i), lines.end(i))) {
      return false;
    }
    int end = LineShape.trimmedEnd(text, lines.start(i), lines.end(i));
    char last = text.charAt(end - 1);
    if (!Character.isLetterOrDigit(last) && last != ',') {
      return false;
    }
    int s = LineShape.trimmedStart(text, lines.start(next), lines.end(next));
    int e = s;
    int lineEnd = lines.end(next);
    while (e < lineEnd && Character.isLowerCase(text.charAt(e))) {
      e++;
    }
    if (e == s) {
      return false;
    }
    if (e < lineEnd) {
      char after = text.charAt(e);
      if (Character.isLetterOrDigit(after) || after == '.' || after == '@' || after == '/') {
        return false; // "iPhone", "www.", "e.g.", a handle or a path: not a plain word
      }
    }
    return isWordOrTwo(text, s, e);
  }

  /**
   * Whether {@code text[s, e)} is a word of the lexicon, or two glued together ("budgetweek"): the
   * word fixers, which run later, would split it, and the second run must then find the break cut a
   * sentence as the first did.
   */
  private boolean isWordOrTwo(String text, int s, int e) {
    if (lexicon.frequency(text, s, e) >= 0) {
      return true;
    }
    for (int k = s + MIN_PART; k <= e - MIN_PART; k++) {
      if (lexicon.frequency(text, s, k) >= 0 && lexicon.frequency(text, k, e) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Registers {@link UnwrapFixer}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Joins hard-wrapped lines and sentences cut by line breaks into one line per paragraph";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new UnwrapFixer(args.lexicon());
    }
  }
}
