package org.textmend.lexicon;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An immutable hash table from words to frequency classes, laid out in flat arrays so that it loads
 * in one read and answers look-ups of any slice of a text without allocating.
 *
 * <p>Open addressing with linear probing over a power-of-two table: a {@code long[]} of 64-bit word
 * hashes (0 marks an empty slot) and a {@code byte[]} of frequency classes beside it. A look-up
 * compares hashes only, so a slice that is not a word (most of what word splitting asks about)
 * costs reads of the hash array alone, half the size of a table that kept its entries together. Two
 * different slices share a 64-bit hash with a probability of about 2^-64, so in practice the answer
 * is exact. The words themselves are kept only by a table built with {@link #of}, for {@link
 * #forEach}; a table {@link #read} from a file holds hashes and classes alone. Thread-safe.
 */
final class WordTable {

  private static final int MAGIC = 0x544d4c58; // "TMLX"
  private static final int VERSION = 6;

  /**
   * The multiplier of the hash's steps: a large odd constant, so that two slices share a hash only
   * by chance. With a small one such as 31, slices of letters and digits or of both cases collide
   * by construction ("Aa" and "BB", "w1q" and "w2R"), and the table would take one for the other.
   */
  private static final long STEP = 0x9E3779B97F4A7C15L;

  /** At most this many words go to the small table of frequent words. */
  private static final int HOT_WORDS = 4096;

  /** The longest word a table can hold. */
  static final int MAX_LENGTH = 255;

  private final long[] hashes; // 0 for an empty slot
  private final byte[] frequencies;
  private final String @Nullable [] words; // by slot, for forEach; null when read from a file
  private final int size;
  private final int mask;

  /**
   * A Bloom filter over the hashes, two bits a word at about eight bits a word: most slices asked
   * about are not words, and the filter, small enough to stay in the processor's cache, turns about
   * 19 in 20 of those look-ups away without a read of the table. It only ever says "maybe", so
   * answers do not change.
   */
  private final long[] filter;

  private final int filterMask;

  /**
   * The most frequent words again, in a table small enough to stay in the processor's cache:
   * running text is mostly made of them, and each look-up of the large table is a cache miss.
   */
  private final long[] hotHashes;

  private final byte[] hotFrequencies;
  private final int hotMask;

  private WordTable(
      long[] hashes,
      byte[] frequencies,
      String @Nullable [] words,
      int size,
      long[] filter,
      long[] hotHashes,
      byte[] hotFrequencies) {
    this.hashes = hashes;
    this.frequencies = frequencies;
    this.words = words;
    this.size = size;
    this.mask = hashes.length - 1;
    this.filter = filter;
    this.filterMask = filter.length * 64 - 1;
    this.hotHashes = hotHashes;
    this.hotFrequencies = hotFrequencies;
    this.hotMask = hotHashes.length - 1;
  }

  /**
   * A table over {@code hashes} with its Bloom filter and its table of frequent words made now. A
   * table read from a file reads them instead: making them takes longer than reading them, which
   * matters at start-up.
   */
  private static WordTable indexed(
      long[] hashes, byte[] frequencies, String @Nullable [] words, int size) {
    int bits = Integer.highestOneBit(Math.max(64, size * 8 - 1)) << 1;
    long[] filter = new long[bits / 64];
    for (long hash : hashes) {
      if (hash != 0) {
        setBit(filter, firstBit(hash, bits - 1));
        setBit(filter, secondBit(hash, bits - 1));
      }
    }
    int hotFloor = hotFloor(frequencies, hashes);
    int hotCount = 0;
    for (int slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] != 0 && frequencies[slot] >= hotFloor) {
        hotCount++;
      }
    }
    int hotCapacity = Integer.highestOneBit(Math.max(4, hotCount * 2 - 1)) << 1;
    long[] hotHashes = new long[hotCapacity];
    byte[] hotFrequencies = new byte[hotCapacity];
    for (int slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] != 0 && frequencies[slot] >= hotFloor) {
        int hot = (int) hashes[slot] & (hotCapacity - 1);
        while (hotHashes[hot] != 0) {
          hot = (hot + 1) & (hotCapacity - 1);
        }
        hotHashes[hot] = hashes[slot];
        hotFrequencies[hot] = frequencies[slot];
      }
    }
    return new WordTable(hashes, frequencies, words, size, filter, hotHashes, hotFrequencies);
  }

  /** The lowest class whose words, with all more frequent ones, fit in {@link #HOT_WORDS}. */
  private static int hotFloor(byte[] frequencies, long[] hashes) {
    int[] perClass = new int[128];
    for (int slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] != 0) {
        perClass[frequencies[slot]]++;
      }
    }
    int total = 0;
    for (int floor = 127; floor >= 0; floor--) {
      total += perClass[floor];
      if (total > HOT_WORDS) {
        return floor + 1;
      }
    }
    return 0;
  }

  private static int firstBit(long hash, int filterMask) {
    return (int) (hash >>> 24) & filterMask;
  }

  private static int secondBit(long hash, int filterMask) {
    return (int) (hash >>> 42) & filterMask;
  }

  private static void setBit(long[] filter, int bit) {
    filter[bit >>> 6] |= 1L << bit;
  }

  private boolean hasBit(int bit) {
    return (filter[bit >>> 6] & (1L << bit)) != 0;
  }

  static final WordTable EMPTY = of(Map.of());

  /**
   * Builds a table from words and their frequency classes (0 to 127).
   *
   * @throws IllegalArgumentException for an empty word or one longer than {@link #MAX_LENGTH}
   */
  static WordTable of(Map<String, Integer> words) {
    String[] sorted = words.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 2 - 1)) << 1;
    long[] hashes = new long[capacity];
    byte[] frequencies = new byte[capacity];
    String[] bySlot = new String[capacity];
    for (String word : sorted) {
      if (word.isEmpty() || word.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "a lexicon word must have 1 to " + MAX_LENGTH + " characters");
      }
      char[] letters = word.toCharArray();
      long hash = hash(letters, 0, letters.length);
      int slot = (int) hash & (capacity - 1);
      while (hashes[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      hashes[slot] = hash;
      frequencies[slot] = (byte) Math.max(0, Math.min(127, words.get(word)));
      bySlot[slot] = word;
    }
    return indexed(hashes, frequencies, bySlot, sorted.length);
  }

  /** The number of words. */
  int size() {
    return size;
  }

  /** Whether the table holds no words. */
  boolean isEmpty() {
    return size == 0;
  }

  /**
   * The frequency class of the slice whose {@link #hash} (or {@link #lowerHash}, for the slice in
   * lower case) is {@code hash}, or -1 when the table does not hold it.
   */
  int frequency(long hash) {
    for (int hot = (int) hash & hotMask; ; hot = (hot + 1) & hotMask) {
      long stored = hotHashes[hot];
      if (stored == hash) {
        return hotFrequencies[hot];
      }
      if (stored == 0) {
        break;
      }
    }
    if (!hasBit(firstBit(hash, filterMask)) || !hasBit(secondBit(hash, filterMask))) {
      return -1;
    }
    int slot = (int) hash & mask;
    while (true) {
      long stored = hashes[slot];
      if (stored == 0) {
        return -1;
      }
      if (stored == hash) {
        return frequencies[slot];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The hash of {@code text[start, end)} that {@link #frequency} takes; never 0. */
  static long hash(char[] text, int start, int end) {
    long h = end - start;
    for (int i = start; i < end; i++) {
      h = h * STEP + text[i];
    }
    return mix(h);
  }

  /** The hash of {@code text[start, end)} lower-cased. */
  static long lowerHash(char[] text, int start, int end) {
    long h = end - start;
    for (int i = start; i < end; i++) {
      h = h * STEP + Characters.toLowerCase(text[i]);
    }
    return mix(h);
  }

  /**
   * The finaliser of MurmurHash3's 64-bit variant, with 0 moved out of the way (it marks empty
   * slots).
   */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h;
  }

  /**
   * Calls {@code visitor} for every word with its frequency class, in no particular order.
   *
   * @throws UnsupportedOperationException for a table read from a file, which holds no words
   */
  void forEach(WordVisitor visitor) {
    if (words == null) {
      throw new UnsupportedOperationException("a word table read from a file holds no words");
    }
    for (int slot = 0; slot < hashes.length; slot++) {
      if (hashes[slot] != 0) {
        visitor.visit(words[slot], frequencies[slot]);
      }
    }
  }

  /** Receives the words of a table. */
  interface WordVisitor {
    void visit(String word, int frequency);
  }

  /** Writes the table's hashes and classes (not its words) in the format {@link #read} loads. */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(size);
    out.writeInt(hashes.length);
    ByteBuffer buffer = ByteBuffer.allocate(9 * hashes.length);
    buffer.asLongBuffer().put(hashes);
    buffer.position(8 * hashes.length);
    buffer.put(frequencies);
    out.write(buffer.array());
    out.writeInt(filter.length);
    out.writeInt(hotHashes.length);
    ByteBuffer indexes = ByteBuffer.allocate(8 * filter.length + 9 * hotHashes.length);
    indexes.asLongBuffer().put(filter).put(hotHashes);
    indexes.position(8 * (filter.length + hotHashes.length));
    indexes.put(hotFrequencies);
    out.write(indexes.array());
    out.flush();
  }

  /** Reads a table written by {@link #write}. */
  static WordTable read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a textmend word table of version " + VERSION);
    }
    int size = in.readInt();
    int slotCount = in.readInt();
    if (size < 0 || slotCount < 2 || Integer.bitCount(slotCount) != 1 || size >= slotCount) {
      throw new IOException("corrupt textmend word table header");
    }
    byte[] body = in.readNBytes(9 * slotCount);
    if (body.length != 9 * slotCount) {
      throw new IOException("truncated textmend word table");
    }
    ByteBuffer buffer = ByteBuffer.wrap(body);
    long[] hashes = new long[slotCount];
    buffer.asLongBuffer().get(hashes);
    byte[] frequencies = Arrays.copyOfRange(body, 8 * slotCount, 9 * slotCount);
    int filterLength = in.readInt();
    int hotLength = in.readInt();
    if (filterLength < 1
        || Integer.bitCount(filterLength) != 1
        || hotLength < 2
        || Integer.bitCount(hotLength) != 1
        || hotLength > slotCount) {
      throw new IOException("corrupt textmend word table indexes");
    }
    byte[] indexBody = in.readNBytes(8 * filterLength + 9 * hotLength);
    if (indexBody.length != 8 * filterLength + 9 * hotLength) {
      throw new IOException("truncated textmend word table");
    }
    ByteBuffer indexes = ByteBuffer.wrap(indexBody);
    long[] filter = new long[filterLength];
    long[] hotHashes = new long[hotLength];
    indexes.asLongBuffer().get(filter).get(hotHashes);
    byte[] hotFrequencies =
        Arrays.copyOfRange(indexBody, 8 * (filterLength + hotLength), indexBody.length);
    return new WordTable(hashes, frequencies, null, size, filter, hotHashes, hotFrequencies);
  }
}
