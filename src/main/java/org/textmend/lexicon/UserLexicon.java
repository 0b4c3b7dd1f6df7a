package org.textmend.lexicon;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Parses a user lexicon: one word per line, optionally followed by white space and a frequency
 * class (0 to 25, as in {@link Lexicon}); blank lines and lines starting with {@code #} are
 * ignored.
 *
 * <pre>
 * # names our archive uses
 * Hmeymim
 * Peskov 10
 * </pre>
 */
public final class UserLexicon {

  private UserLexicon() {}

  /**
   * The words of {@code content} with their classes; a word without a class gets {@link
   * Lexicon#DEFAULT_USER_FREQUENCY}.
   *
   * @throws IllegalArgumentException naming the line when a line is not a word and an optional
   *     class
   */
  public static Map<String, Integer> parse(String content) {
    Map<String, Integer> words = new LinkedHashMap<>();
    String[] lines = content.split("\r?\n|\r", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\\s+");
      if (fields.length > 2) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + ": expected a word and an optional frequency class");
      }
      int frequency = Lexicon.DEFAULT_USER_FREQUENCY;
      if (fields.length == 2) {
        try {
          frequency = Integer.parseInt(fields[1]);
        } catch (NumberFormatException e) {
          frequency = -1;
        }
        if (frequency < 0 || frequency > 25) {
          throw new IllegalArgumentException(
              "line "
                  + (i + 1)
                  + ": the frequency class must be a whole number from 0 to 25, not "
                  + fields[1]);
        }
      }
      words.merge(fields[0], frequency, Math::max);
    }
    return words;
  }
}
