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
 * of the shared benchmark, {@code ../shared/bench/dev}), in name order, with their sizes in bytes.
 * Immutable.
 */
record Corpus(List<String> texts, long[] bytes, long totalBytes) {

  /** The folder used when none is given: the system property, then the shared dev set. */
  static Path defaultFolder() {
    String given = System.getProperty("textmend.bench.corpus");
    return Path.of(given != null ? given : "../shared/bench/dev");
  }

  /** Loads the first {@code limit} documents of {@code folder} (all when {@code limit <= 0}). */
  static Corpus load(Path folder, int limit) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files =
          listing
              .filter(p -> p.getFileName().toString().endsWith(".in.txt"))
              .sorted()
              .limit(limit > 0 ? limit : Long.MAX_VALUE)
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the corpus " + folder.toAbsolutePath(), e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no *.in.txt files in " + folder.toAbsolutePath());
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
