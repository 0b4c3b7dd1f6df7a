package org.textmend.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * An immutable hash table of word and word-pair counts, quantised to a byte, laid out in flat
 * arrays like {@link WordTable} so that it loads in one read and answers look-ups of slices of a
 * text without allocating.
 *
 * <p>Keys are 64-bit hashes: a word's is {@link #key}{@code (hash, 0)}, a pair's {@link #key}{@code
 * (firstHash, secondHash)}, each word hashed in lower case by {@link WordTable#lowerHash}. A count
 * is stored as {@code round(ln(count) * STEPS)}, so it comes back within about 3% (what a
 * log-likelihood needs, at a quarter of the space of an int). Thread-safe.
 */
final class PairTable {

  private static final int MAGIC = 0x544d5052; // "TMPR"
  private static final int VERSION = 1;

  /** Quantisation steps per nat: counts up to e^(255 / STEPS) (about 340,000) are held. */
  static final double STEPS = 20.0;

  private final long[] keys; // 0 for an empty slot
  private final byte[] levels;
  private final long total;
  private final int size;
  private final int mask;

  private PairTable(long[] keys, byte[] levels, long total, int size) {
    this.keys = keys;
    this.levels = levels;
    this.total = total;
    this.size = size;
    this.mask = keys.length - 1;
  }

  /**
   * Builds a table from keys (made by {@link #key}) and their counts; {@code total} is the number
   * of running words of the corpus they were counted in.
   */
  static PairTable of(Map<Long, Integer> counts, long total) {
    int capacity = Integer.highestOneBit(Math.max(4, counts.size() * 2 - 1)) << 1;
    long[] keys = new long[capacity];
    byte[] levels = new byte[capacity];
    Long[] sorted = counts.keySet().toArray(new Long[0]);
    Arrays.sort(sorted); // the same file for the same counts, whatever the map's order
    for (Long key : sorted) {
      int slot = (int) (long) key & (capacity - 1);
      while (keys[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      keys[slot] = key;
      long level = Math.round(Math.log(Math.max(1, counts.get(key))) * STEPS);
      levels[slot] = (byte) Math.min(255, level);
    }
    return new PairTable(keys, levels, total, sorted.length);
  }

  /** The key of a word ({@code second} 0) or of a pair of words, from their lower-case hashes. */
  static long key(long first, long second) {
    long h = first * 0x9E3779B97F4A7C15L + second;
    h ^= h >>> 31;
    h *= 0xbf58476d1ce4e5b9L;
    h ^= h >>> 29;
    return h == 0 ? 1 : h;
  }

  /** The count stored under {@code key} (approximately), or 0 when the table does not hold it. */
  double count(long key) {
    int slot = (int) key & mask;
    while (true) {
      long stored = keys[slot];
      if (stored == 0) {
        return 0;
      }
      if (stored == key) {
        return Math.exp((levels[slot] & 0xff) / STEPS);
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The number of running words of the corpus the counts come from. */
  long total() {
    return total;
  }

  /** The number of words and pairs held. */
  int size() {
    return size;
  }

  /** Writes the table in the format {@link #read} loads. */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeLong(total);
    out.writeInt(size);
    out.writeInt(keys.length);
    ByteBuffer buffer = ByteBuffer.allocate(9 * keys.length);
    buffer.asLongBuffer().put(keys);
    buffer.position(8 * keys.length);
    buffer.put(levels);
    out.write(buffer.array());
    out.flush();
  }

  /** Reads a table written by {@link #write}. */
  static PairTable read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a textmend pair table of version " + VERSION);
    }
    long total = in.readLong();
    int size = in.readInt();
    int slotCount = in.readInt();
    if (total < 0 || size < 0 || slotCount < 2 || Integer.bitCount(slotCount) != 1) {
      throw new IOException("corrupt textmend pair table header");
    }
    if (size >= slotCount) {
      throw new IOException("corrupt textmend pair table header");
    }
    byte[] body = in.readNBytes(9 * slotCount);
    if (body.length != 9 * slotCount) {
      throw new IOException("truncated textmend pair table");
    }
    ByteBuffer buffer = ByteBuffer.wrap(body);
    long[] keys = new long[slotCount];
    buffer.asLongBuffer().get(keys);
    byte[] levels = Arrays.copyOfRange(body, 8 * slotCount, 9 * slotCount);
    return new PairTable(keys, levels, total, size);
  }
}
