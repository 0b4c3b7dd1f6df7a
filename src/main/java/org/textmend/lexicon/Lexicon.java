package org.textmend.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Known words and how common they are: the built-in English lexicon plus the words and protected
 * names a user adds.
 *
 * <p>Frequencies are classes on the scale of LanguageTool's spelling dictionaries: 0 for a listed
 * word without frequency data, up to about 22 for "the"; each class is roughly two and a half times
 * as frequent as the one below. Look-ups of a slice of a {@code char[]} do not allocate (those of a
 * {@link CharSequence} copy the slice first). Immutable and thread-safe; the built-in lexicon is
 * loaded once per process, on first use.
 */
public final class Lexicon {

  /** The frequency returned for a word the lexicon does not hold. */
  public static final int UNKNOWN = -1;

  /** The class given to a user word listed without a frequency: as common as an everyday word. */
  public static final int DEFAULT_USER_FREQUENCY = 12;

  private static final String RESOURCE = "english.lex";

  private final @Nullable WordTable builtIn;
  private final WordTable user;
  private final WordTable protectedWords;
  private final @Nullable ContextModel batch;

  private Lexicon(
      @Nullable WordTable builtIn,
      WordTable user,
      WordTable protectedWords,
      @Nullable ContextModel batch) {
    this.builtIn = builtIn;
    this.user = user;
    this.protectedWords = protectedWords;
    this.batch = batch;
  }

  /** The built-in English lexicon (all English variants of the dictionary dependency). */
  public static Lexicon english() {
    return EnglishHolder.ENGLISH;
  }

  /** A lexicon without any words, for tests and for callers that want only their own words. */
  public static Lexicon empty() {
    return new Lexicon(WordTable.EMPTY, WordTable.EMPTY, WordTable.EMPTY, null);
  }

  /**
   * This lexicon plus {@code words}, each with its frequency class; a listed word keeps its higher
   * class.
   */
  public Lexicon withWords(Map<String, Integer> words) {
    Map<String, Integer> merged = new HashMap<>();
    user.forEach(merged::put);
    words.forEach((word, frequency) -> merged.merge(checkWord(word), frequency, Math::max));
    return new Lexicon(builtIn, WordTable.of(merged), protectedWords, batch);
  }

  /**
   * This lexicon plus names that fixers must never split or change, such as brand or product names.
   */
  public Lexicon withProtected(Collection<String> words) {
    Map<String, Integer> merged = new HashMap<>();
    protectedWords.forEach(merged::put);
    for (String word : words) {
      merged.put(checkWord(word), DEFAULT_USER_FREQUENCY);
    }
    return new Lexicon(builtIn, user, WordTable.of(merged), batch);
  }

  /**
   * This lexicon with the word pairs of a batch: what the documents of a run write side by side
   * ({@link ContextCounts}, counted in the run's first pass), which the word engine weighs beside
   * the built-in {@link ContextModel} when it judges a join by its neighbours. A batch of news says
   * "its business" and "growth falls" far more often than WordNet's glosses do.
   */
  public Lexicon withContext(ContextModel batchPairs) {
    return new Lexicon(builtIn, user, protectedWords, batchPairs);
  }

  /** The word pairs of the batch given with {@link #withContext}, or {@code null}. */
  public @Nullable ContextModel batchContext() {
    return batch;
  }

  /** The frequency class of {@code text[start, end)} exactly as written, or {@link #UNKNOWN}. */
  public int frequency(CharSequence text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return frequency(slice(text, start, end), 0, end - start);
  }

  /** The frequency class of {@code text[start, end)} exactly as written, or {@link #UNKNOWN}. */
  public int frequency(char[] text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length);
    return end - start > WordTable.MAX_LENGTH ? UNKNOWN : find(WordTable.hash(text, start, end));
  }

  /** The frequency class of {@code text[start, end)} written in lower case, or {@link #UNKNOWN}. */
  public int lowerCaseFrequency(char[] text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length);
    return end - start > WordTable.MAX_LENGTH
        ? UNKNOWN
        : find(WordTable.lowerHash(text, start, end));
  }

  /** The highest class any of the three tables gives the slice whose hash is {@code hash}. */
  private int find(long hash) {
    int found = builtIn().frequency(hash);
    if (!user.isEmpty()) {
      found = Math.max(found, user.frequency(hash));
    }
    if (!protectedWords.isEmpty()) {
      found = Math.max(found, protectedWords.frequency(hash));
    }
    return found;
  }

  /** Whether the user protected {@code text[start, end)}, exactly as written. */
  public boolean isProtected(char[] text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length);
    return !protectedWords.isEmpty()
        && end - start <= WordTable.MAX_LENGTH
        && protectedWords.frequency(WordTable.hash(text, start, end)) != UNKNOWN;
  }

  /** The frequency class of {@code word} exactly as written, or {@link #UNKNOWN}. */
  public int frequency(CharSequence word) {
    return frequency(word, 0, word.length());
  }

  /**
   * The frequency class of {@code text[start, end)} written in lower case, or {@link #UNKNOWN}: the
   * class of "stop" for "Stop" or "STOP".
   */
  public int lowerCaseFrequency(CharSequence text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return lowerCaseFrequency(slice(text, start, end), 0, end - start);
  }

  /** Whether the user protected {@code text[start, end)}, exactly as written. */
  public boolean isProtected(CharSequence text, int start, int end) {
    Objects.checkFromToIndex(start, end, text.length());
    return isProtected(slice(text, start, end), 0, end - start);
  }

  private static char[] slice(CharSequence text, int start, int end) {
    char[] chars = new char[end - start];
    for (int i = start; i < end; i++) {
      chars[i - start] = text.charAt(i);
    }
    return chars;
  }

  /** The number of built-in word forms. */
  public int builtInSize() {
    return builtIn().size();
  }

  /**
   * The built-in table. The English one is read when a word is first looked up, not when {@link
   * #english()} is called, so that a run whose fixers look up no word (white space only, say) does
   * not spend start-up time reading its table.
   */
  private WordTable builtIn() {
    return builtIn != null ? builtIn : EnglishTable.TABLE;
  }

  private static String checkWord(String word) {
    Objects.requireNonNull(word, "word");
    if (word.isEmpty() || word.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException(
          "a lexicon word must be non-empty and without spaces: \"" + word + "\"");
    }
    return word;
  }

  /** The English lexicon; its table is read on first use ({@link EnglishTable}). */
  private static final class EnglishHolder {
    static final Lexicon ENGLISH = new Lexicon(null, WordTable.EMPTY, WordTable.EMPTY, null);
  }

  /** Reads the built-in English table on first use (initialisation-on-demand holder). */
  private static final class EnglishTable {
    static final WordTable TABLE = load();

    private static WordTable load() {
      try (InputStream in = Lexicon.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IOException("resource not found");
        }
        return WordTable.read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot load the built-in lexicon org/textmend/lexicon/" + RESOURCE, e);
      }
    }
  }
}
