package org.textmend.lexicon;

/**
 * The words one document uses: how often each token occurs (ignoring case and the punctuation
 * around it), and which words its title holds.
 *
 * <p>Names are missing from every lexicon, but a document that names someone usually does so more
 * than once, so a word the document uses on its own elsewhere is a known word when a glued token is
 * judged ("Peskov" alone in one paragraph makes "DmitryPeskov" a join; "TimeWarner" used three
 * times is a name, not a join). Keys are slices of the document itself, so counting allocates one
 * small table and no strings. Immutable once built; not shared between documents.
 */
public final class DocumentLexicon {

  private final char[] text;
  private final int[] starts;
  private final int[] ends;
  private final int[] counts;
  private final boolean[] inTitle;
  private final int mask;
  // Pairs of consecutive words: the slot of each word in the tables above, and how often the pair
  // occurs.
  private final int[] pairFirst;
  private final int[] pairSecond;
  private final int[] pairCounts;

  private DocumentLexicon(char[] text, int capacity) {
    this.text = text;
    this.starts = new int[capacity];
    this.ends = new int[capacity];
    this.counts = new int[capacity];
    this.inTitle = new boolean[capacity];
    this.mask = capacity - 1;
    this.pairFirst = new int[capacity];
    this.pairSecond = new int[capacity];
    this.pairCounts = new int[capacity];
  }

  /**
   * Counts the words of {@code text}. The title is the first line that is not blank when a blank
   * line follows it; its words count as known even when they occur once.
   */
  public static DocumentLexicon of(char[] text) {
    int tokens = 0;
    boolean inToken = false;
    for (int i = 0; i < text.length; i++) {
      boolean space = Characters.isSpace(text[i]);
      if (!space && !inToken) {
        tokens++;
      }
      inToken = !space;
    }
    int capacity = Integer.highestOneBit(Math.max(8, tokens * 2)) << 1;
    DocumentLexicon lexicon = new DocumentLexicon(text, capacity);
    int titleEnd = titleEnd(text);
    int i = 0;
    int previous = -1;
    while (i < text.length) {
      char c = text[i];
      if (Characters.isSpace(c)) {
        if (Characters.isLineBreak(text, i)) {
          previous = -1;
        }
        i++;
        continue;
      }
      int end = i;
      while (end < text.length && !Characters.isSpace(text[end])) {
        end++;
      }
      int slot = lexicon.addToken(i, end, end <= titleEnd);
      if (previous >= 0 && slot >= 0 && Character.isLetterOrDigit(c)) {
        lexicon.addPair(previous, slot);
      }
      previous = slot >= 0 && Character.isLetterOrDigit(text[end - 1]) ? slot : -1;
      i = end;
    }
    return lexicon;
  }

  /**
   * How many times the document uses {@code word[start, end)} as a token on its own, ignoring case,
   * plus one if the title holds it; 0 for a word it does not use.
   */
  public int count(char[] word, int start, int end) {
    if (end <= start) {
      return 0;
    }
    int slot = hash(word, start, end) & mask;
    while (counts[slot] != 0) {
      if (sameWord(word, start, end, starts[slot], ends[slot])) {
        return counts[slot] + (inTitle[slot] ? 1 : 0);
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  /**
   * How many times the document has the word {@code first} followed by the word {@code second}, as
   * two tokens with nothing but space between them, ignoring case: "the chancellor" makes
   * "thechancellor" a likely join.
   */
  public int pairCount(
      char[] first, int firstStart, int firstEnd, char[] second, int secondStart, int secondEnd) {
    int a = find(first, firstStart, firstEnd);
    int b = find(second, secondStart, secondEnd);
    if (a < 0 || b < 0) {
      return 0;
    }
    int slot = pairHash(a, b) & mask;
    while (pairCounts[slot] != 0) {
      if (pairFirst[slot] == a && pairSecond[slot] == b) {
        return pairCounts[slot];
      }
      slot = (slot + 1) & mask;
    }
    return 0;
  }

  private int find(char[] word, int start, int end) {
    if (end <= start) {
      return -1;
    }
    int slot = hash(word, start, end) & mask;
    while (counts[slot] != 0) {
      if (sameWord(word, start, end, starts[slot], ends[slot])) {
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private void addPair(int a, int b) {
    int slot = pairHash(a, b) & mask;
    while (pairCounts[slot] != 0) {
      if (pairFirst[slot] == a && pairSecond[slot] == b) {
        pairCounts[slot]++;
        return;
      }
      slot = (slot + 1) & mask;
    }
    pairFirst[slot] = a;
    pairSecond[slot] = b;
    pairCounts[slot] = 1;
  }

  private static int pairHash(int a, int b) {
    int h = a * 0x9E3779B1 + b;
    return h ^ (h >>> 16);
  }

  /** Counts one token and returns the slot of its word, or -1 when it holds no word. */
  private int addToken(int start, int end, boolean title) {
    // The word inside the token: without surrounding punctuation, and without a possessive 's.
    int from = start;
    int to = end;
    while (from < to && !Character.isLetterOrDigit(text[from])) {
      from++;
    }
    while (to > from && !Character.isLetterOrDigit(text[to - 1])) {
      to--;
    }
    if (to - from > 2 && text[to - 1] == 's' && Characters.isApostrophe(text[to - 2])) {
      to -= 2;
    }
    if (to <= from) {
      return -1;
    }
    int slot = hash(text, from, to) & mask;
    while (counts[slot] != 0) {
      if (sameWord(text, from, to, starts[slot], ends[slot])) {
        counts[slot]++;
        inTitle[slot] |= title;
        return slot;
      }
      slot = (slot + 1) & mask;
    }
    starts[slot] = from;
    ends[slot] = to;
    counts[slot] = 1;
    inTitle[slot] = title;
    return slot;
  }

  private boolean sameWord(char[] word, int start, int end, int from, int to) {
    if (end - start != to - from) {
      return false;
    }
    for (int k = 0; k < end - start; k++) {
      if (Characters.toLowerCase(word[start + k]) != Characters.toLowerCase(text[from + k])) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] word, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Characters.toLowerCase(word[i]);
    }
    return h ^ (h >>> 15) ^ (h >>> 7);
  }

  /**
   * The end of the title line, or -1 when the text does not start with a title line followed by a
   * blank line and then more text. A lone line is no title, however many blank lines end the text:
   * cleaning removes them, and the second run must judge the line as the first did.
   */
  private static int titleEnd(char[] text) {
    // Blank lines before the title do not count: the white-space fixer removes them, and the words
    // of the title must count the same before and after it did (idempotence).
    int from = 0;
    while (from < text.length && Characters.isSpace(text[from])) {
      from++;
    }
    while (from > 0 && !Characters.isLineBreak(text, from - 1)) {
      from--;
    }
    int newline = -1;
    for (int i = from; i < text.length; i++) {
      if (Characters.isLineBreak(text, i)) {
        newline = i;
        break;
      }
    }
    if (newline <= from || newline - from > 300) {
      return -1;
    }
    // The next line must be blank; white space on it does not count.
    int next = newline + 1;
    while (next < text.length
        && !Characters.isLineBreak(text, next)
        && Characters.isSpace(text[next])) {
      next++;
    }
    if (next >= text.length || !Characters.isLineBreak(text, next)) {
      return -1;
    }
    for (int i = next; i < text.length; i++) {
      if (!Characters.isSpace(text[i])) {
        return newline;
      }
    }
    return -1;
  }
}
