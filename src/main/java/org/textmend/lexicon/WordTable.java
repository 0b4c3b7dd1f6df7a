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
 * An immutable hash table from words to frequency classes, laid out in a few flat arrays so that it
 * loads in one read and answers look-ups of any slice of a {@link CharSequence} without allocating.
 *
 * <p>Open addressing with linear probing over a power-of-two table; every word's characters sit in
 * one shared {@code char[]}. Thread-safe.
 */
final class WordTable {

  private static final int MAGIC = 0x544d4c58; // "TMLX"
  private static final int VERSION = 1;

  private final int[] slots; // word index + 1, or 0 for an empty slot
  private final int[] offsets; // word i occupies chars[offsets[i], offsets[i + 1])
  private final char[] chars;
  private final byte[] frequencies;
  private final int mask;

  private WordTable(int[] slots, int[] offsets, char[] chars, byte[] frequencies) {
    this.slots = slots;
    this.offsets = offsets;
    this.chars = chars;
    this.frequencies = frequencies;
    this.mask = slots.length - 1;
  }

  static final WordTable EMPTY = of(Map.of());

  /** Builds a table from words and their frequency classes (0 to 127). */
  static WordTable of(Map<String, Integer> words) {
    String[] sorted = words.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    int[] offsets = new int[sorted.length + 1];
    StringBuilder all = new StringBuilder();
    byte[] frequencies = new byte[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      all.append(sorted[i]);
      offsets[i + 1] = all.length();
      frequencies[i] = (byte) Math.max(0, Math.min(127, words.get(sorted[i])));
    }
    char[] chars = all.toString().toCharArray();
    int capacity = Integer.highestOneBit(Math.max(4, sorted.length * 2 - 1)) << 1;
    int[] slots = new int[capacity];
    WordTable table = new WordTable(slots, offsets, chars, frequencies);
    for (int i = 0; i < sorted.length; i++) {
      int slot = hash(chars, offsets[i], offsets[i + 1]) & table.mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & table.mask;
      }
      slots[slot] = i + 1;
    }
    return table;
  }

  /** The number of words. */
  int size() {
    return frequencies.length;
  }

  /** The frequency class of {@code text[start, end)}, or -1 when the table does not hold it. */
  int frequency(CharSequence text, int start, int end) {
    int slot = hash(text, start, end, false) & mask;
    int length = end - start;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int word = entry - 1;
      int from = offsets[word];
      if (offsets[word + 1] - from == length && sameChars(text, start, from, length, false)) {
        return frequencies[word];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Like {@link #frequency} but for {@code text[start, end)} with every character lower-cased. */
  int frequencyLowerCased(CharSequence text, int start, int end) {
    int slot = hash(text, start, end, true) & mask;
    int length = end - start;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return -1;
      }
      int word = entry - 1;
      int from = offsets[word];
      if (offsets[word + 1] - from == length && sameChars(text, start, from, length, true)) {
        return frequencies[word];
      }
      slot = (slot + 1) & mask;
    }
  }

  /** Calls {@code visitor} for every word with its frequency class. */
  void forEach(WordVisitor visitor) {
    for (int i = 0; i < frequencies.length; i++) {
      visitor.visit(new String(chars, offsets[i], offsets[i + 1] - offsets[i]), frequencies[i]);
    }
  }

  /** Receives the words of a table. */
  interface WordVisitor {
    void visit(String word, int frequency);
  }

  private boolean sameChars(CharSequence text, int start, int from, int length, boolean lowerCase) {
    for (int k = 0; k < length; k++) {
      char c = text.charAt(start + k);
      if (lowerCase) {
        c = Character.toLowerCase(c);
      }
      if (c != chars[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(char[] text, int start, int end) {
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + text[i];
    }
    return mix(h);
  }

  private static int hash(CharSequence text, int start, int end, boolean lowerCase) {
    int h = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      h = 31 * h + (lowerCase ? Character.toLowerCase(c) : c);
    }
    return mix(h);
  }

  private static int mix(int h) {
    h ^= h >>> 16;
    h *= 0x85ebca6b;
    h ^= h >>> 13;
    return h;
  }

  /** Writes the table in the format {@link #read} loads. */
  void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(stream);
    out.writeInt(MAGIC);
    out.writeInt(VERSION);
    out.writeInt(frequencies.length);
    out.writeInt(chars.length);
    out.writeInt(slots.length);
    ByteBuffer buffer = ByteBuffer.allocate(4 * (offsets.length + slots.length) + 2 * chars.length);
    buffer.asIntBuffer().put(offsets);
    buffer.position(4 * offsets.length);
    buffer.asCharBuffer().put(chars);
    buffer.position(4 * offsets.length + 2 * chars.length);
    buffer.asIntBuffer().put(slots);
    out.write(buffer.array());
    out.write(frequencies);
    out.flush();
  }

  /** Reads a table written by {@link #write}. */
  static WordTable read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(stream);
    if (in.readInt() != MAGIC || in.readInt() != VERSION) {
      throw new IOException("not a textmend word table of version " + VERSION);
    }
    int count = in.readInt();
    int charCount = in.readInt();
    int slotCount = in.readInt();
    byte[] body = in.readNBytes(4 * (count + 1 + slotCount) + 2 * charCount);
    ByteBuffer buffer = ByteBuffer.wrap(body);
    int[] offsets = new int[count + 1];
    buffer.asIntBuffer().get(offsets);
    buffer.position(4 * offsets.length);
    char[] chars = new char[charCount];
    buffer.asCharBuffer().get(chars);
    buffer.position(4 * offsets.length + 2 * charCount);
    int[] slots = new int[slotCount];
    buffer.asIntBuffer().get(slots);
    byte[] frequencies = in.readNBytes(count);
    if (frequencies.length != count || Integer.bitCount(slotCount) != 1) {
      throw new IOException("truncated textmend word table");
    }
    return new WordTable(slots, offsets, chars, frequencies);
  }
}
