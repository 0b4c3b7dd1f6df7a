package org.textmend.fixers.unicode;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Opt-in: folds Latin letters with diacritics, ligatures and typographic punctuation to ASCII with
 * ICU's {@code Latin-ASCII} transform, for systems that accept nothing else.
 *
 * <p>Example: {@code "Zoë Ångström’s Straße — «Œuvres»"} → {@code "Zoe Angstrom's Strasse -
 * <<OEuvres>>"}.
 *
 * <p>By default other scripts are left alone: "Привет", "Ελληνικά" and "中文" stay as they are,
 * because romanising them loses information and has no single right answer; only the punctuation
 * and symbols around them that ICU maps are folded ({@code «»} → {@code <<>>}). With {@code
 * all-scripts=true} they are romanised first ({@code Any-Latin}: "Привет" → "Privet", "中文" → "zhong
 * wen"). Symbols without an ASCII form (€, £, ™, °, emoji) stay in both modes. Not in the default
 * pipeline: diacritics are not defects. Immutable and thread-safe (each thread uses its own ICU
 * transliterator).
 */
public final class TransliterateFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "transliterate";

  private static final String LATIN = "Latin-ASCII";
  private static final String ALL_SCRIPTS = "Any-Latin; Latin-ASCII";
  private static final int MAX_PIECE = 64;

  /**
   * How many times at most the transform runs over its own result (one of the loops the design
   * comment on {@link org.textmend.pipeline.Pipeline} explains).
   */
  private static final int MAX_ROUNDS = 3;

  private final boolean allScripts;
  private final ThreadLocal<Transliterator> transliterator;

  /** The characters the transform may change; a word without any is skipped. Frozen. */
  private final UnicodeSet affected;

  /** A fixer that folds Latin text, and romanises other scripts first when {@code allScripts}. */
  public TransliterateFixer(boolean allScripts) {
    this.allScripts = allScripts;
    String id = allScripts ? ALL_SCRIPTS : LATIN;
    this.transliterator = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
    this.affected = Transliterator.getInstance(id).getSourceSet().freeze();
  }

  /** Whether other scripts are romanised too. */
  public boolean allScripts() {
    return allScripts;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && text.charAt(i) < 0x80) {
      i++;
    }
    if (i == length) {
      return List.of();
    }
    Transliterator transform = transliterator.get();
    List<Edit> edits = new ArrayList<>();
    while (i < length) {
      if (text.charAt(i) < 0x80 || !affected.contains(text.codePointAt(i))) {
        i++;
        continue;
      }
      // The word around the non-ASCII character, so that the transform sees its context.
      int start = i;
      while (start > 0 && !asciiSpace(text.charAt(start - 1))) {
        start--;
      }
      int end = i;
      while (end < length && !asciiSpace(text.charAt(end))) {
        end++;
      }
      // ICU's transform is quadratic in the length of what it is given, so a very long "word"
      // (a line of a language written without spaces) goes in pieces cut between characters.
      for (int pieceStart = start; pieceStart < end; ) {
        int pieceEnd = pieceEnd(text, pieceStart, end);
        String word = text.substring(pieceStart, pieceEnd);
        String ascii = transliterated(transform, word);
        if (!ascii.equals(word)) {
          addTrimmed(edits, pieceStart, word, ascii);
        }
        pieceStart = pieceEnd;
      }
      i = end;
    }
    return edits;
  }

  /**
   * {@code word} transformed until it no longer changes (at most a few rounds), so that running the
   * fixer again finds nothing: "¼" followed by a combining accent becomes " 1/4" and the accent,
   * which a second round removes from the "4".
   */
  private static String transliterated(Transliterator transform, String word) {
    String current = word;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String next = transform.transliterate(current);
      if (next.equals(current)) {
        break;
      }
      current = next;
    }
    return current;
  }

  /**
   * The end of a piece of at most about {@value #MAX_PIECE} characters from {@code start}, not
   * before a combining mark or inside a surrogate pair.
   */
  private static int pieceEnd(String text, int start, int end) {
    if (end - start <= MAX_PIECE) {
      return end;
    }
    int at = start + MAX_PIECE;
    while (at < end && at < start + 2 * MAX_PIECE && continues(text, at)) {
      at++;
    }
    return at;
  }

  private static boolean continues(String text, int at) {
    char c = text.charAt(at);
    if (Character.isLowSurrogate(c)) {
      return true;
    }
    int type = Character.getType(text.codePointAt(at));
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Adds the edit from {@code word} at {@code start} to {@code ascii}, without the common ends. */
  private static void addTrimmed(List<Edit> edits, int start, String word, String ascii) {
    int prefix = 0;
    int max = Math.min(word.length(), ascii.length());
    while (prefix < max && word.charAt(prefix) == ascii.charAt(prefix)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < max - prefix
        && word.charAt(word.length() - 1 - suffix) == ascii.charAt(ascii.length() - 1 - suffix)) {
      suffix++;
    }
    // Never split a surrogate pair.
    while (prefix > 0 && Character.isHighSurrogate(word.charAt(prefix - 1))) {
      prefix--;
    }
    while (suffix > 0 && Character.isLowSurrogate(word.charAt(word.length() - suffix))) {
      suffix--;
    }
    edits.add(
        new Edit(
            start + prefix,
            start + word.length() - suffix,
            ascii.substring(prefix, ascii.length() - suffix)));
  }

  private static boolean asciiSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
  }

  /** Registers {@code transliterate} (opt-in): parameter {@code all-scripts=true|false}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Opt-in: Latin letters to ASCII (Zoë Ångström -> Zoe Angstrom); all-scripts=true"
          + " romanises other scripts too";
    }

    @Override
    public Fixer create(FixerArgs args) {
      boolean allScripts = args.getBoolean("all-scripts", false);
      args.requireNoneLeft();
      return new TransliterateFixer(allScripts);
    }
  }
}
