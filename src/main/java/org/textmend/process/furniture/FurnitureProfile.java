package org.textmend.process.furniture;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The lines learned as furniture, per source, with the thresholds that decide which of them count:
 * what the {@code learned-furniture} fixer removes.
 *
 * <pre>{@code
 * FurnitureProfile profile = FurnitureProfile.learn(counts, FurnitureThresholds.DEFAULTS);
 * profile.isFurniture("scraped/site-a", "Home / News / Sport / Weather");   // true if learned
 * profile.write(writer);                   // the text format below
 * FurnitureProfile again = FurnitureProfile.read(reader);
 * TextMend mend = TextMend.builder().furniture(profile, "scraped/site-a").build();
 * }</pre>
 *
 * <h2>The profile format (version 1)</h2>
 *
 * <p>UTF-8 text, one record a line, fields separated by a tab:
 *
 * <pre>
 * textmend-furniture 1
 * # min-docs 10 min-share 0.0              (comments: ignored when read)
 * source   DOCUMENTS   SOURCE               (how many documents of SOURCE were counted)
 * FINGERPRINT   COUNT   SOURCE   EXAMPLE     (a learned line: 16 hex digits, documents having it)
 * </pre>
 *
 * <p>{@code FINGERPRINT} is {@link LineFingerprint#of} in 16 lower-case hexadecimal digits; {@code
 * EXAMPLE} is the text of one line with that fingerprint, cut to 80 characters, or empty; a tab or
 * line break in a source name or an example is written as a space. A source's {@code source} record
 * comes before its lines. Only the lines that passed the thresholds of {@link #learn} are written;
 * reading a profile with stricter thresholds ({@link #withThresholds}) drops more of them, with
 * looser ones none come back.
 *
 * <p>Immutable and thread-safe; serializable, so that a Spark job can broadcast it.
 */
public final class FurnitureProfile implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The format version this class writes and reads. */
  public static final int VERSION = 1;

  private static final String MAGIC = "textmend-furniture";

  /** A profile that knows no furniture. */
  public static final FurnitureProfile EMPTY =
      new FurnitureProfile(Map.of(), FurnitureThresholds.DEFAULTS);

  private final Map<String, Source> sources;
  private final FurnitureThresholds thresholds;

  private FurnitureProfile(Map<String, Source> sources, FurnitureThresholds thresholds) {
    this.sources = sources;
    this.thresholds = thresholds;
  }

  /** What was learned of one source. */
  private record Source(int documents, Map<Long, Learned> lines) implements Serializable {}

  /** One learned line: in how many documents, and an example text (may be empty). */
  private record Learned(int count, String example) implements Serializable {}

  /**
   * The lines of {@code counts} that are furniture by {@code thresholds} (see {@link
   * FurnitureThresholds} for the test).
   */
  public static FurnitureProfile learn(FurnitureCounts counts, FurnitureThresholds thresholds) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(thresholds, "thresholds");
    Map<String, Map<Long, Learned>> lines = new LinkedHashMap<>();
    counts.forEachLine(
        (source, documents, fingerprint, count, bestPair, example) -> {
          boolean company = bestPair >= thresholds.minDocs() || count >= 2 * thresholds.minDocs();
          if (company && thresholds.often(count, documents)) {
            lines
                .computeIfAbsent(source, s -> new HashMap<>())
                .put(fingerprint, new Learned(count, example == null ? "" : example));
          }
        });
    Map<String, Source> sources = new LinkedHashMap<>();
    for (String source : counts.sources()) {
      sources.put(
          source,
          new Source(counts.documents(source), Map.copyOf(lines.getOrDefault(source, Map.of()))));
    }
    return new FurnitureProfile(sources, thresholds);
  }

  /** This profile judged by other thresholds (stricter ones drop lines; looser add none). */
  public FurnitureProfile withThresholds(FurnitureThresholds thresholds) {
    return new FurnitureProfile(sources, Objects.requireNonNull(thresholds, "thresholds"));
  }

  /** The thresholds lines are judged by. */
  public FurnitureThresholds thresholds() {
    return thresholds;
  }

  /** Whether {@code line} is learned furniture of {@code source}. */
  public boolean isFurniture(String source, CharSequence line) {
    return count(source, LineFingerprint.of(line)) > 0;
  }

  /**
   * How many documents of {@code source} have the line of {@code fingerprint}, when it is learned
   * furniture by the thresholds; 0 when it is not.
   */
  public int count(String source, long fingerprint) {
    Source learned = sources.get(source);
    if (learned == null) {
      return 0;
    }
    Learned line = learned.lines().get(fingerprint);
    if (line == null || !thresholds.often(line.count(), learned.documents())) {
      return 0;
    }
    return line.count();
  }

  /**
   * Why a line removed as furniture of {@code source} went, for {@code --explain}: {@code learned:
   * 27 of 30 documents of scraped/site-a} for a learned line, {@code learned: next to furniture of
   * scraped/site-a} for a line of a menu or list around learned ones. {@code removed} may carry the
   * line breaks removed with the line.
   */
  public String reason(String source, String removed) {
    int count = 0;
    for (String line : removed.split("\\R")) {
      count = Math.max(count, count(source, LineFingerprint.of(line)));
    }
    return count == 0
        ? "learned: next to furniture of " + source
        : "learned: " + count + " of " + documents(source) + " documents of " + source;
  }

  /** How many documents of {@code source} were counted; 0 for a source not in the profile. */
  public int documents(String source) {
    Source learned = sources.get(source);
    return learned == null ? 0 : learned.documents();
  }

  /** Whether {@code source} has any learned line; a fixer for another source has nothing to do. */
  public boolean knows(String source) {
    Source learned = sources.get(source);
    return learned != null && !learned.lines().isEmpty();
  }

  /** The sources of the profile, in the order they were counted or read. */
  public List<String> sources() {
    return List.copyOf(sources.keySet());
  }

  /** How many lines are learned for {@code source} by the current thresholds. */
  public int lines(String source) {
    Source learned = sources.get(source);
    if (learned == null) {
      return 0;
    }
    int n = 0;
    for (Learned line : learned.lines().values()) {
      n += thresholds.often(line.count(), learned.documents()) ? 1 : 0;
    }
    return n;
  }

  /** Writes the profile in the text format, lines of a source by falling count. */
  public void write(Appendable out) throws IOException {
    out.append(MAGIC).append(' ').append(Integer.toString(VERSION)).append('\n');
    out.append(
        String.format(
            Locale.ROOT,
            "# min-docs %d min-share %s%n",
            thresholds.minDocs(),
            Double.toString(thresholds.minShare())));
    for (Map.Entry<String, Source> entry : sources.entrySet()) {
      String source = flat(entry.getKey());
      Source learned = entry.getValue();
      out.append("source\t").append(Integer.toString(learned.documents()));
      out.append('\t').append(source).append('\n');
      List<Map.Entry<Long, Learned>> lines = new ArrayList<>(learned.lines().entrySet());
      lines.sort(
          Comparator.comparing((Map.Entry<Long, Learned> e) -> -e.getValue().count())
              .thenComparing(e -> Long.toUnsignedString(e.getKey(), 16)));
      for (Map.Entry<Long, Learned> line : lines) {
        if (thresholds.often(line.getValue().count(), learned.documents())) {
          out.append(String.format(Locale.ROOT, "%016x", line.getKey()));
          out.append('\t').append(Integer.toString(line.getValue().count()));
          out.append('\t').append(source);
          out.append('\t').append(flat(line.getValue().example())).append('\n');
        }
      }
    }
  }

  /** The profile as text, in the format {@link #write} writes. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    try {
      write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not throw
    }
    return out.toString();
  }

  /**
   * Reads a profile written by {@link #write}, judged by {@code thresholds}.
   *
   * @throws IOException when {@code in} cannot be read
   * @throws IllegalArgumentException when the text is not a profile of this version, naming the
   *     line that is wrong
   */
  public static FurnitureProfile read(Reader in, FurnitureThresholds thresholds)
      throws IOException {
    BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String header = reader.readLine();
    if (header == null || !header.startsWith(MAGIC + " ")) {
      throw new IllegalArgumentException(
          "not a furniture profile: the first line is not '" + MAGIC + " " + VERSION + "'");
    }
    if (!header.strip().equals(MAGIC + " " + VERSION)) {
      throw new IllegalArgumentException(
          "furniture profile of another version ('" + header.strip() + "'); this reads " + VERSION);
    }
    Map<String, Integer> documents = new LinkedHashMap<>();
    Map<String, Map<Long, Learned>> lines = new TreeMap<>();
    String line;
    int number = 1;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      try {
        if (fields[0].equals("source") && fields.length == 3) {
          documents.put(fields[2], Integer.parseInt(fields[1]));
        } else if (fields.length == 4 && fields[0].length() == 16) {
          String source = fields[2];
          if (!documents.containsKey(source)) {
            throw new IllegalArgumentException("a line of a source without its 'source' record");
          }
          lines
              .computeIfAbsent(source, s -> new HashMap<>())
              .put(
                  Long.parseUnsignedLong(fields[0], 16),
                  new Learned(Integer.parseInt(fields[1]), fields[3]));
        } else {
          throw new IllegalArgumentException("expected 'source' or a fingerprint record");
        }
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + number + ": not a number: " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage());
      }
    }
    Map<String, Source> sources = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> entry : documents.entrySet()) {
      sources.put(
          entry.getKey(),
          new Source(entry.getValue(), Map.copyOf(lines.getOrDefault(entry.getKey(), Map.of()))));
    }
    return new FurnitureProfile(sources, Objects.requireNonNull(thresholds, "thresholds"));
  }

  private static String flat(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  @Override
  public String toString() {
    return "FurnitureProfile" + sources.keySet() + " " + thresholds;
  }
}
