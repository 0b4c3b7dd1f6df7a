package org.textmend.process;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads an input of any size as blocks of whole lines (cut after a line feed), each about {@code
 * blockSize} bytes or one line if that is longer, so that JSON Lines can be cleaned block by block.
 * Not thread-safe; one reader per input.
 */
public final class LineBlocks {

  /**
   * Whole lines of the input.
   *
   * @param bytes the lines, line breaks included
   * @param firstLine the number of the first line, from 1
   * @param fileStart whether the block starts the input (where a byte order mark may stand)
   */
  public record Block(byte[] bytes, long firstLine, boolean fileStart) {}

  private final InputStream in;
  private final int blockSize;
  private byte[] buffer;
  private int length;
  private boolean end;
  private long line = 1;
  private long bytesRead;
  private boolean first = true;
  private int newline; // the last line feed in the buffer, or -1

  /**
   * Reads {@code head} and then the rest of {@code in}.
   *
   * @param head bytes already read from the start of the input (may be empty)
   */
  public LineBlocks(byte[] head, InputStream in, int blockSize) {
    this.in = in;
    this.blockSize = Math.max(1, blockSize);
    this.buffer = Arrays.copyOf(head, Math.max(head.length, this.blockSize) + 8192);
    this.length = head.length;
    this.newline = lastNewline();
  }

  /** The next block, or {@code null} at the end of the input. */
  public @Nullable Block next() throws IOException {
    while (!end && (newline < 0 || length < blockSize)) {
      fill();
    }
    int cut = end ? length : newline + 1;
    if (cut == 0) {
      return null;
    }
    byte[] block = Arrays.copyOf(buffer, cut);
    System.arraycopy(buffer, cut, buffer, 0, length - cut);
    length -= cut;
    newline = lastNewline();
    long firstLine = line;
    for (byte b : block) {
      if (b == '\n') {
        line++;
      }
    }
    bytesRead += cut;
    boolean fileStart = first;
    first = false;
    return new Block(block, firstLine, fileStart);
  }

  /** The bytes handed out in blocks so far. */
  public long bytesRead() {
    return bytesRead;
  }

  private void fill() throws IOException {
    if (length == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int count = in.read(buffer, length, buffer.length - length);
    if (count < 0) {
      end = true;
      return;
    }
    for (int i = length + count - 1; i >= length; i--) {
      if (buffer[i] == '\n') {
        newline = i;
        break;
      }
    }
    length += count;
  }

  private int lastNewline() {
    for (int i = length - 1; i >= 0; i--) {
      if (buffer[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}
