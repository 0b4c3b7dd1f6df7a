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
 * An immutable hash table from words to frequency classes, laid out in flat arrays so that it loads
 * in one read and answers look-ups of any slice of a text without allocating.
 *
 * <p>Open addressing with linear probing over a power-of-two table. Each entry takes two adjacent
 * {@code long}s: a 64-bit hash of the word, and its frequency class, length and offset in one
 * shared {@code char[]}. A look-up compares hashes only, so it costs one memory access whether or
 * not the slice is a word: word splitting asks for many slices, and this is its hottest path. Two
 * different slices of the same length share a 64-bit hash with a probability of about 2^-64, so in
 * practice the answer is exact; the characters are kept for {@link #forEach}. Thread-safe.
 */
final class WordTable {

  private static final int MAGIC = 0x544d4c58; // "TMLX"
  private static final int VERSION = 3;

  /** The longest word a table can hold. */
  static final int MAX_LENGTH = 255;

  private static final long OFFSET_MASK = (1L << 28) - 1;
  private static final int LENGTH_SHIFT = 28;
  private static final int FREQUENCY_SHIFT = 36;

  private final long[] slots; // pairs: hash (0 for an empty slot), then frequency | length | offset
  private final char[] chars;
  private final int size;
  private final int mask; // over entries, not longs

  private WordTable(long[] slots, char[] chars, int size) {
    this.slots = slots;
    this.chars = chars;
    this.size = size;
    this.mask = slots.length / 2 - 1;
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
    StringBuilder all = new StringBuilder();
    int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 2 - 1)) << 1;
    long[] slots = new long[2 * capacity];
    for (String word : sorted) {
      if (word.isEmpty() || word.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "a lexicon word must have 1 to " + MAX_LENGTH + " characters");
      }
      int offset = all.length();
      all.append(word);
      int frequency = Math.max(0, Math.min(127, words.get(word)));
      char[] letters = word.toCharArray();
      long hash = hash(letters, 0, letters.length);
      int slot = (int) hash & (capacity - 1);
      while (slots[2 * slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[2 * slot] = hash;
      slots[2 * slot + 1] =
          offset | (long) letters.length << LENGTH_SHIFT | (long) frequency << FREQUENCY_SHIFT;
    }
    if (all.length() > OFFSET_MASK) {
      throw new IllegalArgumentException("lexicon too large");
    }
    return new WordTable(slots, all.toString().toCharArray(), sorted.length);
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
    int slot = (int) hash & mask;
    while (true) {
      long stored = slots[2 * slot];
      if (stored == 0) {
        return -1;
      }
      if (stored == hash) {
        return (int) (slots[2 * slot + 1] >>> FREQUENCY_SHIFT) & 0xFF;
      }
      slot = (slot + 1) & mask;
    }
  }

  /** The hash of {@code text[start, end)} that {@link #frequency} takes; never 0. */
  static long hash(char[] text, int start, int end) {
    long h = end - start;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return mix(h);
  }

  /** The hash of {@code text[start, end)} lower-cased. */
  static long lowerHash(char[] text, int start, int end) {
    long h = end - start;
    for (int i = start; i < end; i++) {
      h = 31 * h + Characters.toLowerCase(text[i]);
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

  /** Calls {@code visitor} for every word with its frequency class, in no particular order. */
  void forEach(WordVisitor visitor) {
    for (int slot = 0; slot < slots.length; slot += 2) {
      if (slots[slot] != 0) {
        long entry = slots[slot + 1];
        int offset = (int) (entry & OFFSET_MASK);
        int length = (int) (entry >>> LENGTH_SHIFT) & 0xFF;
        visitor.visit(new String(chars, offset, length), (int) (entry >>> FREQUENCY_SHIFT) & 0xFF);
      }
    }
  }

  /** Receives the words of a table. */
  interface WordVisitor {
    void visit(String word, int frequency);
  }

  /** Writes the table in the format {@link #read} loads. */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(size);
    out.writeInt(chars.length);
    out.writeInt(slots.length);
    ByteBuffer buffer = ByteBuffer.allocate(8 * slots.length + 2 * chars.length);
    buffer.asLongBuffer().put(slots);
    buffer.position(8 * slots.length);
    buffer.asCharBuffer().put(chars);
    out.write(buffer.array());
    out.flush();
  }

  /** Reads a table written by {@link #write}. */
  static WordTable read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a textmend word table of version " + VERSION);
    }
    int size = in.readInt();
    int charCount = in.readInt();
    int slotCount = in.readInt();
    if (size < 0 || charCount < 0 || slotCount < 2 || Integer.bitCount(slotCount) != 1) {
      throw new IOException("corrupt textmend word table header");
    }
    byte[] body = in.readNBytes(8 * slotCount + 2 * charCount);
    if (body.length != 8 * slotCount + 2 * charCount) {
      throw new IOException("truncated textmend word table");
    }
    ByteBuffer buffer = ByteBuffer.wrap(body);
    long[] slots = new long[slotCount];
    buffer.asLongBuffer().get(slots);
    buffer.position(8 * slotCount);
    char[] chars = new char[charCount];
    buffer.asCharBuffer().get(chars);
    return new WordTable(slots, chars, size);
  }
}
