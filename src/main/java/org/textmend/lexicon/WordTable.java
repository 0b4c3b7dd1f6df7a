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
 * An immutable hash table from words to frequency classes, laid out in two flat arrays so that it
 * loads in one read and answers look-ups of any slice of a text without allocating.
 *
 * <p>Open addressing with linear probing over a power-of-two table of {@code long} slots. A slot
 * packs a 20-bit fingerprint of the word's hash, its frequency class, its length and its offset in
 * one shared {@code char[]}, so a probe that does not match costs one memory access and a look-up
 * that does costs two: word splitting asks for many slices that are not words, and this is its
 * hottest path. Thread-safe.
 */
final class WordTable {

  private static final int MAGIC = 0x544d4c58; // "TMLX"
  private static final int VERSION = 2;

  /** The longest word a table can hold. */
  static final int MAX_LENGTH = 255;

  private static final long OFFSET_MASK = (1L << 28) - 1;
  private static final int LENGTH_SHIFT = 28;
  private static final int FREQUENCY_SHIFT = 36;
  private static final int FINGERPRINT_SHIFT = 44;
  private static final long MATCH_MASK = 0xFFFFFL << FINGERPRINT_SHIFT | 0xFFL << LENGTH_SHIFT;

  private final long[] slots; // 0 for an empty slot
  private final char[] chars;
  private final int size;
  private final int mask;

  private WordTable(long[] slots, char[] chars, int size) {
    this.slots = slots;
    this.chars = chars;
    this.size = size;
    this.mask = slots.length - 1;
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
    long[] slots = new long[capacity];
    for (String word : sorted) {
      if (word.isEmpty() || word.length() > MAX_LENGTH) {
        throw new IllegalArgumentException(
            "a lexicon word must have 1 to " + MAX_LENGTH + " characters");
      }
      int offset = all.length();
      all.append(word);
      int frequency = Math.max(0, Math.min(127, words.get(word)));
      char[] letters = word.toCharArray();
      int hash = hash(letters, 0, letters.length);
      long entry = key(hash, letters.length) | offset | (long) frequency << FREQUENCY_SHIFT;
      int slot = hash & (capacity - 1);
      while (slots[slot] != 0) {
        slot = (slot + 1) & (capacity - 1);
      }
      slots[slot] = entry;
    }
    if (all.length() > OFFSET_MASK) {
      throw new IllegalArgumentException("lexicon too large");
    }
    return new WordTable(slots, all.toString().toCharArray(), sorted.length);
  }

  /** The fingerprint and length bits of a slot for a word of this hash and length. */
  private static long key(int hash, int length) {
    return (long) (hash >>> 12) << FINGERPRINT_SHIFT | (long) length << LENGTH_SHIFT;
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
   * The frequency class of {@code text[start, end)}, whose {@link #hash} is {@code hash}, or -1
   * when the table does not hold it.
   */
  int frequency(char[] text, int start, int end, int hash) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return -1;
    }
    long want = key(hash, length);
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((entry & MATCH_MASK) == want) {
        int offset = (int) (entry & OFFSET_MASK);
        if (Arrays.equals(text, start, end, chars, offset, offset + length)) {
          return (int) (entry >>> FREQUENCY_SHIFT) & 0xFF;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Like {@link #frequency} for the slice lower-cased; {@code hash} is its {@link #lowerHash}. */
  int frequencyLowerCased(char[] text, int start, int end, int hash) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return -1;
    }
    long want = key(hash, length);
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      if ((entry & MATCH_MASK) == want
          && sameLowerCased(text, start, (int) (entry & OFFSET_MASK), length)) {
        return (int) (entry >>> FREQUENCY_SHIFT) & 0xFF;
      }
      slot = (slot + 1) & mask;
    }
  }

  private boolean sameLowerCased(char[] text, int start, int offset, int length) {
    for (int k = 0; k < length; k++) {
      if (Character.toLowerCase(text[start + k]) != chars[offset + k]) {
        return false;
      }
    }
    return true;
  }

  /** The hash of {@code text[start, end)} that {@link #frequency} takes. */
  static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return mix(h);
  }

  /** The hash of {@code text[start, end)} lower-cased, for {@link #frequencyLowerCased}. */
  static int lowerHash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + Character.toLowerCase(text[i]);
    }
    return mix(h);
  }

  /**
   * The finaliser of MurmurHash3: spreads every input bit over the whole word, high bits included.
   */
  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    h *= 0xc2b2ae35;
    h ^= h >>> 16;
    return h;
  }

  /** Calls {@code visitor} for every word with its frequency class, in no particular order. */
  void forEach(WordVisitor visitor) {
    for (long entry : slots) {
      if (entry != 0) {
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
    if (size < 0 || charCount < 0 || slotCount <= 0 || Integer.bitCount(slotCount) != 1) {
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
