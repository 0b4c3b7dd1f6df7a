package org.textmend.process.furniture;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How many documents of each source have each line, counted in a table of bounded size: the first
 * pass of learning furniture.
 *
 * <pre>{@code
 * FurnitureCounts counts = new FurnitureCounts();
 * for (Document d : batch) {
 *   counts.addDocument(d.source(), d.text());
 * }
 * FurnitureProfile profile = FurnitureProfile.learn(counts, FurnitureThresholds.DEFAULTS);
 * }</pre>
 *
 * <p>Each document adds one to the count of every distinct line it has (by {@link LineFingerprint},
 * blank lines left out) and of every distinct pair of neighbouring non-blank lines, the start and
 * the end of the document counting as neighbours: the pairs tell a block of furniture, which
 * repeats with the same neighbours, from a line that recurs in many places.
 *
 * <p><b>Bounded memory.</b> The table is a capped hash table with eviction of rare entries (lossy
 * counting): it holds at most {@code maxEntries} entries (lines and pairs together, default {@value
 * #DEFAULT_MAX_ENTRIES}, in a table of twice as many slots of 28 bytes, so some 15 MB, plus an
 * example text of at most {@value #EXAMPLE_LENGTH} characters for each line seen three times or
 * more). When it is full, the entries of the lowest counts are dropped, as many counts as it takes
 * to free a quarter of the table; a line dropped and seen again starts from zero, so a count may be
 * short by at most {@link #evictionFloor()}, the highest count ever dropped. A line of furniture,
 * seen in many documents of its source, outlives the rare lines; a site whose pages are very thinly
 * spread through a huge batch may not be learned from (split such a batch by source, or merge
 * counts of its parts). At most {@value #MAX_SOURCES} sources are told apart; documents of further
 * sources are not counted.
 *
 * <p>Mutable and not thread-safe: count on one thread, or count apart and {@link #merge} (a Spark
 * job counts per partition and merges). Serializable, for the same reason.
 */
public final class FurnitureCounts implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default cap on entries: 2<sup>18</sup>. */
  public static final int DEFAULT_MAX_ENTRIES = 1 << 18;

  /** The most sources told apart. */
  public static final int MAX_SOURCES = 1 << 16;

  /** The longest example text kept for a line. */
  static final int EXAMPLE_LENGTH = 80;

  /** The neighbour of the first line: the start of the document. */
  static final long START = 2L;

  /** The neighbour of the last line: the end of the document. */
  static final long END = 3L;

  /** Marks a line entry, whose second key is unused. */
  static final long LINE = 0L;

  private final int maxEntries;
  private final List<String> sourceNames = new ArrayList<>();
  private final Map<String, Integer> sourceIds = new HashMap<>();
  private int[] documents = new int[8];
  private long[] firsts;
  private long[] seconds;
  private int[] sources; // source id + 1; 0 marks an empty slot
  private int[] counts;
  private @Nullable String[] examples;
  private int size;
  private int evictionFloor;

  /** An empty table of the default size. */
  public FurnitureCounts() {
    this(DEFAULT_MAX_ENTRIES);
  }

  /**
   * An empty table that holds at most {@code maxEntries} entries.
   *
   * @throws IllegalArgumentException when {@code maxEntries} is below 16
   */
  public FurnitureCounts(int maxEntries) {
    if (maxEntries < 16 || maxEntries > (1 << 28)) {
      throw new IllegalArgumentException(
          "the table holds between 16 and 2^28 entries, not " + maxEntries);
    }
    this.maxEntries = maxEntries;
    allocate(Integer.highestOneBit(maxEntries - 1) << 2);
  }

  /**
   * Counts the lines of one document of {@code source}; a document of a source beyond the {@value
   * #MAX_SOURCES} first is not counted.
   */
  public void addDocument(String source, CharSequence text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    int id = sourceId(source);
    if (id < 0) {
      return;
    }
    documents[id]++;
    Set<Long> lines = new HashSet<>();
    Set<Long> pairs = new HashSet<>();
    long previous = START;
    int start = 0;
    int length = text.length();
    while (start <= length) {
      int end = start;
      while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      long fingerprint = LineFingerprint.of(text, start, end);
      if (fingerprint != LineFingerprint.BLANK) {
        if (lines.add(fingerprint)) {
          add(id, fingerprint, LINE, 1, text, start, end);
        }
        if (pairs.add(LineFingerprint.pair(previous, fingerprint))) {
          add(id, previous, fingerprint, 1, null, 0, 0);
        }
        previous = fingerprint;
      }
      if (end < length && text.charAt(end) == '\r' && end + 1 < length) {
        end += text.charAt(end + 1) == '\n' ? 1 : 0;
      }
      start = end + 1;
    }
    if (previous != START && pairs.add(LineFingerprint.pair(previous, END))) {
      add(id, previous, END, 1, null, 0, 0);
    }
  }

  /** Adds every count of {@code other} to this table. */
  public void merge(FurnitureCounts other) {
    Objects.requireNonNull(other, "other");
    int[] ids = new int[other.sourceNames.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = sourceId(other.sourceNames.get(i));
      if (ids[i] >= 0) {
        documents[ids[i]] += other.documents[i];
      }
    }
    for (int slot = 0; slot < other.sources.length; slot++) {
      int source = other.sources[slot] - 1;
      if (source >= 0 && ids[source] >= 0) {
        String example = other.examples[slot];
        add(
            ids[source],
            other.firsts[slot],
            other.seconds[slot],
            other.counts[slot],
            example,
            0,
            example == null ? 0 : example.length());
      }
    }
    evictionFloor = Math.max(evictionFloor, other.evictionFloor);
  }

  /** The sources counted, in the order they were first seen. */
  public List<String> sources() {
    return List.copyOf(sourceNames);
  }

  /** How many documents of {@code source} were counted. */
  public int documents(String source) {
    Integer id = sourceIds.get(source);
    return id == null ? 0 : documents[id];
  }

  /** How many documents of {@code source} have {@code line} (short by at most the floor). */
  public int count(String source, CharSequence line) {
    Integer id = sourceIds.get(source);
    if (id == null) {
      return 0;
    }
    int slot = find(id, LineFingerprint.of(line), LINE);
    return sources[slot] == 0 ? 0 : counts[slot];
  }

  /** The entries held now, lines and pairs; never more than the cap. */
  public int size() {
    return size;
  }

  /** The highest count dropped to make room, 0 when nothing was: how short a count may be. */
  public int evictionFloor() {
    return evictionFloor;
  }

  /** Calls {@code visitor} with every line entry, and with the best pair count of that line. */
  void forEachLine(LineVisitor visitor) {
    Map<Long, Integer> bestPair = new HashMap<>();
    for (int slot = 0; slot < sources.length; slot++) {
      if (sources[slot] != 0 && seconds[slot] != LINE) {
        for (long line : new long[] {firsts[slot], seconds[slot]}) {
          bestPair.merge(line * 31 + sources[slot], counts[slot], Math::max);
        }
      }
    }
    for (int slot = 0; slot < sources.length; slot++) {
      if (sources[slot] != 0 && seconds[slot] == LINE) {
        int source = sources[slot] - 1;
        visitor.visit(
            sourceNames.get(source),
            documents[source],
            firsts[slot],
            counts[slot],
            bestPair.getOrDefault(firsts[slot] * 31 + sources[slot], 0),
            examples[slot]);
      }
    }
  }

  /** Receives the line entries of a table. */
  interface LineVisitor {
    void visit(
        String source,
        int documents,
        long fingerprint,
        int count,
        int bestPairCount,
        @Nullable String example);
  }

  private int sourceId(String source) {
    Integer id = sourceIds.get(source);
    if (id != null) {
      return id;
    }
    if (sourceNames.size() >= MAX_SOURCES) {
      return -1;
    }
    int next = sourceNames.size();
    sourceNames.add(source);
    sourceIds.put(source, next);
    if (next == documents.length) {
      documents = Arrays.copyOf(documents, next * 2);
    }
    return next;
  }

  private void add(
      int source,
      long first,
      long second,
      int count,
      @Nullable CharSequence text,
      int start,
      int end) {
    int slot = find(source, first, second);
    if (sources[slot] == 0) {
      if (size >= maxEntries) {
        evict();
        slot = find(source, first, second);
      }
      sources[slot] = source + 1;
      firsts[slot] = first;
      seconds[slot] = second;
      size++;
    }
    counts[slot] += count;
    if (second == LINE && examples[slot] == null && counts[slot] >= 3 && text != null) {
      examples[slot] = example(text, start, end);
    }
  }

  private static String example(CharSequence text, int start, int end) {
    String line = text.subSequence(start, end).toString().strip();
    if (line.length() <= EXAMPLE_LENGTH) {
      return line;
    }
    int cut = EXAMPLE_LENGTH;
    if (Character.isLowSurrogate(line.charAt(cut))) {
      cut--;
    }
    return line.substring(0, cut);
  }

  private int find(int source, long first, long second) {
    int mask = sources.length - 1;
    int slot = (int) LineFingerprint.mix(first * 31 + second * 17 + source) & mask;
    while (sources[slot] != 0
        && (sources[slot] != source + 1 || firsts[slot] != first || seconds[slot] != second)) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  /** Drops the entries of the lowest counts until a quarter of the cap is free. */
  private void evict() {
    int[] histogram = new int[64];
    for (int slot = 0; slot < sources.length; slot++) {
      if (sources[slot] != 0) {
        histogram[Math.min(counts[slot], 63)]++;
      }
    }
    int floor = 0;
    int freed = 0;
    while (freed < maxEntries / 4 && floor < 62) {
      floor++;
      freed += histogram[floor];
    }
    evictionFloor = Math.max(evictionFloor, floor);
    long[] oldFirsts = firsts;
    long[] oldSeconds = seconds;
    int[] oldSources = sources;
    int[] oldCounts = counts;
    String[] oldExamples = examples;
    allocate(oldSources.length);
    size = 0;
    for (int slot = 0; slot < oldSources.length; slot++) {
      if (oldSources[slot] != 0 && oldCounts[slot] > floor) {
        int to = find(oldSources[slot] - 1, oldFirsts[slot], oldSeconds[slot]);
        sources[to] = oldSources[slot];
        firsts[to] = oldFirsts[slot];
        seconds[to] = oldSeconds[slot];
        counts[to] = oldCounts[slot];
        examples[to] = oldExamples[slot];
        size++;
      }
    }
  }

  private void allocate(int slots) {
    firsts = new long[slots];
    seconds = new long[slots];
    sources = new int[slots];
    counts = new int[slots];
    examples = new String[slots];
  }
}
