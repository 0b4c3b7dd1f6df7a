package org.textmend.fixers.unicode;

import com.ibm.icu.text.Transliterator;
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

  private final boolean allScripts;
  private final ThreadLocal<Transliterator> transliterator;

  /** A fixer that folds Latin text, and romanises other scripts first when {@code allScripts}. */
  public TransliterateFixer(boolean allScripts) {
    this.allScripts = allScripts;
    String id = allScripts ? ALL_SCRIPTS : LATIN;
    this.transliterator = ThreadLocal.withInitial(() -> Transliterator.getInstance(id));
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
      if (text.charAt(i) < 0x80) {
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
      String word = text.substring(start, end);
      String ascii = transform.transliterate(word);
      if (!ascii.equals(word)) {
        addTrimmed(edits, start, word, ascii);
      }
      i = end;
    }
    return edits;
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
    public boolean enabledByDefault() {
      return false;
    }

    @Override
    public Fixer create(FixerArgs args) {
      boolean allScripts = args.getBoolean("all-scripts", false);
      args.requireNoneLeft();
      return new TransliterateFixer(allScripts);
    }
  }
}
