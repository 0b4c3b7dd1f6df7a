package org.textmend.process;

import java.util.Arrays;

/** A growable byte array. Not thread-safe. */
final class ByteSink {
  private byte[] bytes;
  private int length;

  ByteSink(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  void write(byte[] data) {
    write(data, 0, data.length);
  }

  void write(byte[] data, int from, int count) {
    if (length + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
    }
    System.arraycopy(data, from, bytes, length, count);
    length += count;
  }

  byte[] toByteArray() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }
}
