package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.Arrays;
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

  /** The narrowest wrap width considered: shorter lines are verse, addresses or lists. */
  private static final int MIN_WIDTH = 40;

  /** The widest wrap width considered: longer lines are paragraphs, not wrapped lines. */
  private static final int MAX_WIDTH = 160;

  /** The fewest words on a line that counts as a wrapped line of prose. */
  private static final int MIN_WORDS = 4;

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
   * with one space, so the joins of later rounds map back to the original text exactly.
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
    LineTable lines = LineTable.of(text);
    int count = lines.size();
    if (count < 2) {
      return List.of();
    }
    boolean[] join = new boolean[count]; // join line i to the next non-blank line
    boolean[] decided = new boolean[count];
    boolean[] wrapped = new boolean[count];
    markWrappedBlocks(text, lines, join, decided, wrapped);
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
   * Finds hard-wrapped blocks and marks which of their breaks to join ({@code join}) and which are
   * settled either way ({@code decided}).
   */
  private static void markWrappedBlocks(
      String text, LineTable lines, boolean[] join, boolean[] decided, boolean[] wrapped) {
    int count = lines.size();
    int documentWidth = 0;
    List<int[]> undecided = new ArrayList<>();
    int i = 0;
    while (i < count) {
      if (lines.blank(i) || (lines.structural(i) && !lines.item(i))) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < count && !lines.blank(last + 1) && !lines.structural(last + 1)) {
        last++;
      }
      if (last > i) {
        int width = last - i >= 2 ? markBlock(text, lines, i, last, join, decided, wrapped) : 0;
        if (width > 0) {
          documentWidth = Math.max(documentWidth, width);
        } else {
          undecided.add(new int[] {i, last});
        }
      }
      i = last + 1;
    }
    if (documentWidth > 0) {
      for (int[] run : undecided) {
        markByDocumentWidth(text, lines, run[0], run[1], documentWidth, join, decided);
      }
    }
  }

  /**
   * Joins the lines of a short run (often a two-line paragraph) that reach the width at which the
   * rest of the document is wrapped and end inside a sentence.
   */
  private static void markByDocumentWidth(
      String text,
      LineTable lines,
      int first,
      int last,
      int width,
      boolean[] join,
      boolean[] decided) {
    int tolerance = Math.max(2, width / 10);
    for (int k = first; k < last; k++) {
      int length = lines.trimmedLength(k);
      if (length > width) {
        return; // not wrapped at this width
      }
    }
    for (int k = first; k < last; k++) {
      int room = lines.trimmedLength(k) + 1 + lines.firstWordLength(k + 1);
      if (room > width - tolerance
          && lines.words(k) >= MIN_WORDS
          && LineShape.endsMidSentence(text, lines.start(k), lines.end(k))) {
        join[k] = true;
        decided[k] = true;
      }
    }
  }

  /** Marks a wrapped block's breaks; returns its width, or 0 when it is not a wrapped block. */
  private static int markBlock(
      String text,
      LineTable lines,
      int first,
      int last,
      boolean[] join,
      boolean[] decided,
      boolean[] wrapped) {
    int width = 0;
    int capitals = 0;
    for (int k = first; k <= last; k++) {
      width = Math.max(width, lines.trimmedLength(k));
      char c = text.charAt(LineShape.trimmedStart(text, lines.start(k), lines.end(k)));
      if (Character.isUpperCase(c)) {
        capitals++;
      }
    }
    if (width < MIN_WIDTH || width > MAX_WIDTH) {
      return 0;
    }
    int lines1 = last - first + 1;
    int tolerance = Math.max(2, width / 10);
    int fitting = 0;
    int midSentence = 0;
    boolean[] fits = new boolean[lines1];
    boolean[] exact = new boolean[lines1];
    for (int k = first; k < last; k++) {
      int room = lines.trimmedLength(k) + 1 + lines.firstWordLength(k + 1);
      // a wrapped line of prose holds several words; a path or a name alone on a line does not
      boolean prose = lines.words(k) >= MIN_WORDS;
      exact[k - first] = prose && room > width;
      fits[k - first] = prose && room > width - tolerance;
      if (fits[k - first]) {
        fitting++;
        if (LineShape.endsMidSentence(text, lines.start(k), lines.end(k))) {
          midSentence++;
        }
      }
    }
    boolean isWrapped =
        fitting >= 2
            && midSentence * 2 >= fitting
            && (lines1 == 3 ? midSentence == fitting : capitals * 4 <= lines1 * 3);
    if (!isWrapped) {
      return 0;
    }
    for (int k = first; k < last; k++) {
      wrapped[k] = true;
      boolean mid = LineShape.endsMidSentence(text, lines.start(k), lines.end(k));
      if (exact[k - first] || (fits[k - first] && mid)) {
        join[k] = true;
        decided[k] = true;
      } else if (!mid) {
        decided[k] = true; // a paragraph end inside the block
      }
    }
    return width;
  }

  /**
   * Whether the break after line {@code i} cuts a sentence: the line ends without closing
   * punctuation and line {@code next} starts with a lower-case word of the lexicon.
   */
  private boolean cutSentence(String text, LineTable lines, int i, int next, int fragment) {
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

  /** The lines of a text in flat arrays, with what the fixer asks of each computed once. */
  private static final class LineTable {
    private int size;
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private static final byte PLAIN = 0;
    private static final byte BLANK = 1;
    private static final byte STRUCTURAL = 2;
    private static final byte MARKER = 3;
    private static final byte ITEM = 4;
    private static final byte UNREAD = 5;

    private byte[] flags = new byte[16];
    private int[] runLengths;
    private int[] contents;
    private final String text;

    private LineTable(String text) {
      this.text = text;
    }

    static LineTable of(String text) {
      LineTable table = new LineTable(text);
      int at = 0;
      int length = text.length();
      while (true) {
        int end = at;
        while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
          end++;
        }
        table.add(at, end);
        int next = Lines.nextStart(text, end);
        if (next >= length) {
          break;
        }
        at = next;
      }
      table.resolveMarkers();
      table.computeRuns();
      return table;
    }

    private void add(int start, int end) {
      if (size == starts.length) {
        starts = Arrays.copyOf(starts, size * 2);
        ends = Arrays.copyOf(ends, size * 2);
        flags = Arrays.copyOf(flags, size * 2);
      }
      starts[size] = start;
      ends[size] = end;
      byte flag = UNREAD;
      if (Lines.isBlank(text, start, end)) {
        flag = BLANK;
      } else if (LineShape.hasStructuralEdges(text, start, end)) {
        if (LineShape.startsWithAmbiguousMarker(text, start, end)) {
          flag = MARKER;
        } else if (LineShape.isListItem(text, start, end)) {
          flag = ITEM;
        } else {
          flag = STRUCTURAL;
        }
      }
      flags[size] = flag;
      size++;
    }

    /**
     * The flag of line {@code i}, reading the whole line only now: most lines of a document with
     * one paragraph per line are never asked about.
     */
    private byte flag(int i) {
      if (flags[i] == UNREAD) {
        int content = content(i);
        flags[i] = (content & LineShape.STRUCTURAL_CONTENT) != 0 ? STRUCTURAL : PLAIN;
      }
      return flags[i];
    }

    /** What {@link LineShape#readContent} says of line {@code i}, read once. */
    private int content(int i) {
      if (contents == null) {
        contents = new int[size];
        Arrays.fill(contents, -1);
      }
      if (contents[i] < 0) {
        contents[i] = LineShape.readContent(text, starts[i], ends[i]);
      }
      return contents[i];
    }

    /** The number of words on line {@code i} (counted up to a bound). */
    int words(int i) {
      return content(i) >>> 1;
    }

    /**
     * Settles lines that are fields of a record (structural when next to another field) and lines
     * that start with a dash or a number: a lone such line right after a line that ends inside a
     * sentence continues it ("... the crossing took an hour" / "- and the ferry was late");
     * otherwise, or next to another such line, it is a list item.
     */
    private void resolveMarkers() {
      boolean[] fields = new boolean[size];
      for (int i = 0; i < size; i++) {
        fields[i] = flags[i] != BLANK && LineShape.isField(text, starts[i], ends[i]);
      }
      for (int i = 0; i < size; i++) {
        // "Format: ..." above "Upstream-Name: ...": fields of a record stay on their lines
        if (fields[i] && ((i > 0 && fields[i - 1]) || (i + 1 < size && fields[i + 1]))) {
          flags[i] = STRUCTURAL;
        }
      }
      for (int i = 0; i < size; i++) {
        if (flags[i] != MARKER) {
          continue;
        }
        boolean continuation =
            i > 0
                && flag(i - 1) == PLAIN
                && LineShape.endsMidSentence(text, starts[i - 1], ends[i - 1])
                && (i + 1 >= size || (flags[i + 1] != MARKER && flags[i + 1] != ITEM));
        flags[i] = continuation ? PLAIN : ITEM;
      }
    }

    /** For each line, the number of lines in its run of consecutive non-blank lines. */
    private void computeRuns() {
      runLengths = new int[size];
      int i = 0;
      while (i < size) {
        if (blank(i)) {
          i++;
          continue;
        }
        int last = i;
        while (last + 1 < size && !blank(last + 1)) {
          last++;
        }
        for (int k = i; k <= last; k++) {
          runLengths[k] = last - i + 1;
        }
        i = last + 1;
      }
    }

    int size() {
      return size;
    }

    int start(int i) {
      return starts[i];
    }

    int end(int i) {
      return ends[i];
    }

    boolean blank(int i) {
      return flags[i] == BLANK;
    }

    /** Not running text: a list item, an indented line, a table row, a heading, a rule. */
    boolean structural(int i) {
      byte flag = flag(i);
      return flag == STRUCTURAL || flag == ITEM;
    }

    /** A list item: structural, but the first line of a wrapped item may take its next lines. */
    boolean item(int i) {
      return flags[i] == ITEM;
    }

    int runLength(int i) {
      return runLengths[i];
    }

    int trimmedLength(int i) {
      return LineShape.trimmedEnd(text, starts[i], ends[i]) - starts[i];
    }

    int firstWordLength(int i) {
      return LineShape.firstWordLength(text, starts[i], ends[i]);
    }
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
