package org.textmend.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents a benchmark cleans: the {@code *.in.txt} files of a folder (by default the dev set
 * of the shared benchmark, {@code ../shared/bench/dev}), or its clean {@code *.gold.txt} files, in
 * name order, with their sizes in bytes. Immutable.
 */
record Corpus(List<String> texts, long[] bytes, long totalBytes) {

  /** The folder used when none is given: the system property, then the shared dev set. */
  static Path defaultFolder() {
    String given = System.getProperty("textmend.bench.corpus");
    return Path.of(given != null ? given : "../shared/bench/dev");
  }

  /** Loads the first {@code limit} inputs of {@code folder} (all when {@code limit <= 0}). */
  static Corpus load(Path folder, int limit) {
    return load(folder, limit, "in");
  }

  /**
   * Loads the first {@code limit} documents of {@code folder} (all when {@code limit <= 0}) whose
   * names end in {@code .KIND.txt}: {@code in} for the damaged inputs, {@code gold} for the clean
   * texts.
   */
  static Corpus load(Path folder, int limit, String kind) {
    String suffix = "." + kind + ".txt";
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(suffix))
              .sorted()
              .limit(limit > 0 ? limit : Long.MAX_VALUE)
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus " + folder.toAbsolutePath(), e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no *" + suffix + " files in " + folder.toAbsolutePath());
    }
    List<String> texts = new ArrayList<>(files.size());
    long[] bytes = new long[files.size()];
    long total = 0;
    for (int i = 0; i < files.size(); i++) {
      try {
        byte[] content = Files.readAllBytes(files.get(i));
        texts.add(new String(content, StandardCharsets.UTF_8));
        bytes[i] = content.length;
        total += content.length;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new Corpus(List.copyOf(texts), bytes, total);
  }
}
