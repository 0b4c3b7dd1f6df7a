package org.textmend.fixers.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Damages clean paragraphs the way scraped pages are damaged: hard-wraps each one greedily at a
 * width, then joins the lines, dropping each break's space with a given probability; paragraphs are
 * joined without a space. Test helper.
 */
public final class Wrapping {

  private Wrapping() {}

  /** The lines of a greedy wrap of {@code paragraph} at {@code width}. */
  public static List<String> wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The paragraphs wrapped at {@code width} with every line break dropped without a space. */
  public static String glue(int width, String... paragraphs) {
    return damage(width, 0.0, new Random(1), paragraphs);
  }

  /** The paragraphs wrapped at {@code width}; each line break keeps its space with {@code keep}. */
  public static String damage(int width, double keep, Random random, String... paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      List<String> lines = wrap(paragraph, width);
      out.append(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        out.append(random.nextDouble() < keep ? " " : "").append(line);
      }
    }
    return out.toString();
  }
}
