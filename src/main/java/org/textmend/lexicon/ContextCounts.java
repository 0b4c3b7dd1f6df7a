package org.textmend.lexicon;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts the words of texts and the pairs of words that only a space separates, under {@link
 * PairTable} keys, in lower case: the counting behind the built-in {@link ContextModel} (WordNet's
 * glosses, at build time) and behind a batch's own model (the documents of a run, in its first
 * pass). Memory is bounded: at most {@link #CAPACITY} words and pairs are held, and when the table
 * fills up the rarest entries are dropped (lossy counting), so a pair that recurs across the batch
 * outlives the one-off pairs. Not thread-safe.
 */
public final class ContextCounts {

  /** The most words and pairs held by default: some 14 MB at the most. */
  static final int CAPACITY = 1 << 20;

  /** Pairs seen fewer times than this are left out of a model: one sighting is mostly chance. */
  static final int MIN_PAIR_COUNT = 2;

  private final int capacity;
  private long[] keys;
  private int[] counts;
  private boolean[] pair;
  private int size;
  private long total;
  // Entries of at most this count were dropped once the table was full; an entry that arrives
  // later may have had that many before.
  private int dropped;

  /** Counts with the default capacity. */
  public ContextCounts() {
    this(CAPACITY);
  }

  /** Counts that hold at most {@code capacity} words and pairs. */
  ContextCounts(int capacity) {
    this.capacity = capacity;
    allocate(1 << 12);
  }

  private void allocate(int slots) {
    keys = new long[slots];
    counts = new int[slots];
    pair = new boolean[slots];
    size = 0;
  }

  /** Counts the words of {@code text} and the pairs that only a space separates. */
  public void addText(CharSequence text) {
    long previous = 0; // the hash of the word before, while only a space followed it
    int i = 0;
    int length = text.length();
    char[] word = new char[WordTable.MAX_LENGTH];
    while (i < length) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c)) {
        if (c != ' ') {
          previous = 0;
        }
        i++;
        continue;
      }
      int end = i;
      while (end < length
          && (Character.isLetterOrDigit(text.charAt(end))
              || text.charAt(end) == '\''
                  && end + 1 < length
                  && Character.isLetter(text.charAt(end + 1)))) {
        end++;
      }
      if (end - i > WordTable.MAX_LENGTH) {
        previous = 0;
        i = end;
        continue;
      }
      for (int k = i; k < end; k++) {
        word[k - i] = text.charAt(k);
      }
      long hash = WordTable.lowerHash(word, 0, end - i);
      add(PairTable.key(hash, 0), false, 1);
      total++;
      if (previous != 0) {
        add(PairTable.key(previous, hash), true, 1);
      }
      previous = hash;
      i = end;
    }
  }

  /** The number of running words counted. */
  public long total() {
    return total;
  }

  /** The number of different words held. */
  int words() {
    int words = 0;
    for (int slot = 0; slot < keys.length; slot++) {
      words += keys[slot] != 0 && !pair[slot] ? 1 : 0;
    }
    return words;
  }

  /** The number of different pairs held. */
  int pairs() {
    return size - words();
  }

  /** The model of what was counted. */
  public ContextModel model() {
    return new ContextModel(table());
  }

  /**
   * The table of a model: every word, and the pairs seen at least {@link #MIN_PAIR_COUNT} times.
   */
  PairTable table() {
    Map<Long, Integer> kept = new HashMap<>();
    for (int slot = 0; slot < keys.length; slot++) {
      if (keys[slot] != 0 && (!pair[slot] || counts[slot] - dropped >= MIN_PAIR_COUNT)) {
        kept.put(keys[slot], counts[slot]);
      }
    }
    return PairTable.of(kept, total);
  }

  private void add(long key, boolean isPair, int count) {
    int mask = keys.length - 1;
    int slot = slot(key, mask);
    while (keys[slot] != 0) {
      if (keys[slot] == key) {
        counts[slot] += count;
        return;
      }
      slot = (slot + 1) & mask;
    }
    if (size >= capacity) {
      dropRarest();
      add(key, isPair, count);
      return;
    }
    if (2 * (size + 1) > keys.length) {
      rehash(keys.length * 2, 0);
      add(key, isPair, count);
      return;
    }
    keys[slot] = key;
    counts[slot] = count + dropped;
    pair[slot] = isPair;
    size++;
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask;
  }

  /**
   * Drops the entries of the lowest counts until at most half the capacity is held (lossy
   * counting): a word or pair that recurs across the batch outlives the one-off ones.
   */
  private void dropRarest() {
    while (size > capacity / 2) {
      dropped++;
      rehash(keys.length, dropped);
    }
  }

  /** Moves the entries of a count above {@code floor} into a table of {@code slots}. */
  private void rehash(int slots, int floor) {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    boolean[] oldPair = pair;
    allocate(slots);
    int mask = slots - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != 0 && oldCounts[i] > floor) {
        int slot = slot(oldKeys[i], mask);
        while (keys[slot] != 0) {
          slot = (slot + 1) & mask;
        }
        keys[slot] = oldKeys[i];
        counts[slot] = oldCounts[i];
        pair[slot] = oldPair[i];
        size++;
      }
    }
  }
}
