package org.textmend.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of a {@link Reader} as UTF-8 bytes, so that {@link org.textmend.io.TextChunks},
 * which reads bytes, can cut a text given as characters. A lone surrogate, which UTF-8 cannot hold,
 * fails the reading. Not thread-safe.
 */
final class ReaderBytes extends InputStream {

  private final Reader reader;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final CharBuffer chars = CharBuffer.allocate(8192);
  private final ByteBuffer bytes = ByteBuffer.allocate(8192 * 3 + 8);
  private boolean end;
  private boolean flushed;

  ReaderBytes(Reader reader) {
    this.reader = reader;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      fill();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  /** Encodes more characters into the empty byte buffer. */
  private void fill() throws IOException {
    if (!end) {
      chars.compact();
      int n = reader.read(chars);
      end = n < 0;
      chars.flip();
    }
    bytes.clear();
    CoderResult result = encoder.encode(chars, bytes, end);
    if (result.isError()) {
      result.throwException();
    }
    if (end && !chars.hasRemaining()) {
      encoder.flush(bytes);
      flushed = true;
    }
    bytes.flip();
  }
}
