package org.textmend.lexicon;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import morfologik.fsa.FSA;
import morfologik.stemming.Dictionary;

/**
 * Build-time tool: compiles the English spelling dictionaries of LanguageTool's {@code
 * english-pos-dict} artifact into the {@link WordTable} resource that {@link Lexicon#english()}
 * loads.
 *
 * <p>The artifact holds one morfologik dictionary per English variant (US, GB, AU, CA, NZ, ZA);
 * each entry is a word form followed by a separator and a frequency letter, {@code A} (no data) to
 * {@code Z}. The union of all variants keeps British and other spellings known ("stabilise",
 * "favourable"); a form listed by several variants keeps its highest class. Runs in the Maven build
 * ({@code process-classes}); neither the artifact nor morfologik ships in textmend.jar.
 */
public final class LexiconCompiler {

  static final List<String> VARIANTS =
      List.of("en_US", "en_GB", "en_AU", "en_CA", "en_NZ", "en_ZA");
  private static final String DICTIONARY_PATH = "/org/languagetool/resource/en/hunspell/%s.dict";

  private LexiconCompiler() {}

  /** Writes the compiled lexicon to the file named by the one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: LexiconCompiler OUTPUT_FILE");
    }
    Map<String, Integer> words = readVariants();
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      WordTable.of(words).write(out);
    }
    System.out.printf(
        "textmend lexicon: %d word forms from %s -> %s%n", words.size(), VARIANTS, output);
  }

  /** Every word form of every variant with its highest frequency class (0 for A). */
  static Map<String, Integer> readVariants() {
    Map<String, Integer> words = new HashMap<>();
    for (String variant : VARIANTS) {
      String path = String.format(DICTIONARY_PATH, variant);
      URL url = LexiconCompiler.class.getResource(path);
      if (url == null) {
        throw new UncheckedIOException(new IOException("dictionary resource missing: " + path));
      }
      try {
        Dictionary dictionary = Dictionary.read(url);
        addEntries(dictionary.fsa, words);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read dictionary " + path, e);
      }
    }
    return words;
  }

  private static void addEntries(FSA fsa, Map<String, Integer> words) {
    for (ByteBuffer entry : fsa) {
      String text = StandardCharsets.UTF_8.decode(entry).toString();
      // "word+F" or "word_F": the last character is the frequency letter, the one before it the
      // separator.
      if (text.length() < 3) {
        continue;
      }
      char letter = text.charAt(text.length() - 1);
      if (letter < 'A' || letter > 'Z') {
        continue;
      }
      String word = text.substring(0, text.length() - 2);
      words.merge(word, letter - 'A', Math::max);
    }
  }
}
