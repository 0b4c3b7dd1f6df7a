package org.textmend.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a text too large to hold in memory as a series of chunks, each cut at a paragraph break and
 * carrying some of the text around it as context, so that each chunk can be cleaned on its own with
 * the same result as cleaning the whole text.
 *
 * <p>A chunk's <em>body</em> is at most {@code chunkSize} characters; the bodies of all chunks, in
 * order, are the whole text. A body ends, in order of preference:
 *
 * <ol>
 *   <li>at the start of a non-blank line that follows a blank line (a line of nothing but spaces
 *       and tabs): between paragraphs;
 *   <li>when a chunk holds no paragraph break, at the start of a line;
 *   <li>when it holds no line break, after a space;
 *   <li>when it holds no space either, between two characters (never inside a surrogate pair or a
 *       CR LF).
 * </ol>
 *
 * Around its body a chunk carries a <em>lead-in</em> (the paragraphs just before it, at least
 * {@code contextSize} characters where the text has them, at most four times that) and a
 * <em>lead-out</em> (the paragraphs just after it, likewise), cut by the same rules. The first
 * chunk's lead-in is empty and reaches the start of the text, and the last chunk's lead-out is
 * empty: a fixer sees the start or the end of the text only where the text really starts or ends.
 *
 * <p>The bytes are decoded strictly: a byte that is not valid in the encoding, or a NUL byte in a
 * text that is not UTF-16 or UTF-32, stops the reading with an exception that names its offset. Not
 * thread-safe; one reader per text.
 */
public final class TextChunks implements Closeable {

  /** The default largest body of a chunk, in characters. */
  public static final int DEFAULT_CHUNK_SIZE = 1 << 20;

  /** The default context before and after a body, in characters (at least; at most four times). */
  public static final int DEFAULT_CONTEXT_SIZE = 16 << 10;

  private static final int READ_SIZE = 1 << 16;

  /**
   * A part of the text: {@code text} is the lead-in, the body and the lead-out; the body is {@code
   * text[bodyStart, bodyEnd)}.
   *
   * @param text lead-in, body and lead-out
   * @param bodyStart where the body starts in {@code text}
   * @param bodyEnd where the body ends in {@code text}
   * @param offset where the body starts in the whole text, in characters
   * @param line the line of the whole text where the body starts, from 1
   * @param column the column (in code points, from 1) where the body starts
   * @param last whether this is the last chunk
   */
  public record Chunk(
      String text, int bodyStart, int bodyEnd, long offset, long line, int column, boolean last) {

    public Chunk {
      Objects.requireNonNull(text, "text");
      Objects.checkFromToIndex(bodyStart, bodyEnd, text.length());
    }

    /** The body: this chunk's own part of the text. */
    public String body() {
      return text.substring(bodyStart, bodyEnd);
    }

    /** Whether this is the first chunk (its body starts the text). */
    public boolean first() {
      return offset == 0;
    }
  }

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final boolean checkNul;
  private final boolean mostlyUtf8;
  private final int chunkSize;
  private final int contextSize;

  private final ByteBuffer bytes = ByteBuffer.allocate(READ_SIZE);
  private byte @Nullable [] head;
  private int headAt;
  private long bytesRead; // bytes taken from head and the stream, into the byte buffer
  private boolean inputDone;
  private boolean flushing;
  private boolean decoderFlushed;

  /** The decoded text from {@code bufferOffset}; {@code length} characters are filled. */
  private char[] buffer;

  private int length;
  private long bufferOffset;
  private int body; // where the next body starts, in the buffer
  private long line = 1;
  private int column = 1;
  private boolean finished;

  /**
   * Reads {@code head} and then the rest of {@code in} as text in {@code charset}, after skipping
   * {@code skip} bytes of {@code head} (a byte order mark).
   *
   * @param head bytes already read from the start of the text (may be empty)
   * @param mostlyUtf8 whether a bad byte found later should be reported as damaged UTF-8 rather
   *     than a wrong encoding (see {@link UndecodableInputException#mostlyUtf8()})
   * @param chunkSize the largest body, in characters (at least 16)
   * @param contextSize the least lead-in and lead-out where the text has them, in characters
   */
  public TextChunks(
      byte[] head,
      int skip,
      InputStream in,
      Charset charset,
      boolean mostlyUtf8,
      int chunkSize,
      int contextSize) {
    if (chunkSize < 16 || contextSize < 0 || skip < 0 || skip > head.length) {
      throw new IllegalArgumentException(
          "bad chunk size " + chunkSize + ", context " + contextSize + " or skip " + skip);
    }
    this.head = skip < head.length ? head : null;
    this.headAt = skip;
    this.bytesRead = skip;
    this.in = Objects.requireNonNull(in, "in");
    this.charset = Objects.requireNonNull(charset, "charset");
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String name = charset.name().toUpperCase(Locale.ROOT);
    this.checkNul = !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
    this.mostlyUtf8 = mostlyUtf8;
    this.chunkSize = chunkSize;
    this.contextSize = contextSize;
    this.buffer = new char[Math.min(chunkSize, 1 << 16) + 8 * contextSize + 16];
    bytes.flip(); // empty, ready to be read from
  }

  /** The number of bytes decoded so far, counted from the start of the input. */
  public long bytesRead() {
    return bytesRead - bytes.remaining();
  }

  /**
   * The next chunk, or {@code null} after the last.
   *
   * @throws BinaryInputException at a NUL byte (not in UTF-16 or UTF-32)
   * @throws UndecodableInputException at a byte that is not valid in the encoding
   * @throws IOException when reading fails
   */
  public @Nullable Chunk next() throws IOException {
    if (finished) {
      return null;
    }
    long maxLeadOut = 4L * contextSize;
    fill((long) body + chunkSize + maxLeadOut + 2);
    boolean end = inputDone && decoderFlushed;
    int bodyEnd;
    int leadOutEnd;
    boolean last;
    if (end && length - body <= chunkSize) {
      bodyEnd = length;
      leadOutEnd = length;
      last = true;
    } else {
      bodyEnd = CutPoints.backward(buffer, length, body + 1, body + chunkSize);
      if (end && length - bodyEnd <= maxLeadOut) {
        leadOutEnd = length;
      } else {
        leadOutEnd =
            CutPoints.forward(buffer, length, bodyEnd + contextSize, (int) (bodyEnd + maxLeadOut));
      }
      last = false;
    }
    long bodyOffset = bufferOffset + body;
    int leadInStart;
    if (bodyOffset == 0) {
      leadInStart = body; // the first chunk: the text starts here
    } else if (bodyOffset <= 4L * contextSize) {
      leadInStart = 0; // the start of the text is near enough to be the lead-in (still buffered)
    } else {
      leadInStart = CutPoints.backward(buffer, length, body - 4 * contextSize, body - contextSize);
    }
    String text = new String(buffer, leadInStart, leadOutEnd - leadInStart);
    Chunk chunk =
        new Chunk(
            text,
            body - leadInStart,
            bodyEnd - leadInStart,
            bufferOffset + body,
            line,
            column,
            last);
    advance(bodyEnd);
    finished = last;
    return chunk;
  }

  /**
   * Moves the start of the next body to {@code to}, counting lines, and drops what is not needed.
   */
  private void advance(int to) {
    for (int i = body; i < to; i++) {
      char c = buffer[i];
      if (c == '\n' || (c == '\r' && (i + 1 >= length || buffer[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (!Character.isLowSurrogate(c)
          || i == 0
          || !Character.isHighSurrogate(buffer[i - 1])) {
        column++;
      }
    }
    body = to;
    int keep = Math.max(0, body - 4 * contextSize - 1);
    if (keep > 0) {
      System.arraycopy(buffer, keep, buffer, 0, length - keep);
      length -= keep;
      body -= keep;
      bufferOffset += keep;
    }
  }

  // ---- reading and decoding

  /** Decodes until the buffer holds {@code wanted} characters or the text ends. */
  private void fill(long wanted) throws IOException {
    while (length < wanted && !decoderFlushed) {
      if (buffer.length - length < 1024) {
        long grown = Math.max(wanted + 1024, (long) buffer.length * 3 / 2);
        buffer = Arrays.copyOf(buffer, (int) Math.min(grown, Integer.MAX_VALUE - 16));
      }
      if (!inputDone && bytes.remaining() < READ_SIZE / 4) {
        readMore();
      }
      CharBuffer out = CharBuffer.wrap(buffer, length, buffer.length - length);
      CoderResult result = CoderResult.UNDERFLOW;
      if (!flushing) {
        result = decoder.decode(bytes, out, inputDone);
        flushing = !result.isError() && inputDone && result.isUnderflow();
      }
      if (flushing) {
        result = decoder.flush(out);
        decoderFlushed = result.isUnderflow();
      }
      length = out.position();
      if (result.isError()) {
        boolean utf8 = charset.name().equals("UTF-8");
        throw new UndecodableInputException(
            charset.name(),
            bytesRead(),
            utf8 ? TextDecoder.fallbackSuggestion() : null,
            utf8 && mostlyUtf8);
      }
    }
  }

  /** Moves unread bytes to the front and reads one more block from the head or the stream. */
  private void readMore() throws IOException {
    bytes.compact();
    try {
      int at = bytes.position();
      int count;
      if (head != null) {
        count = Math.min(bytes.remaining(), head.length - headAt);
        bytes.put(head, headAt, count);
        headAt += count;
        if (headAt == head.length) {
          head = null;
        }
      } else {
        count = in.read(bytes.array(), at, bytes.remaining());
        if (count < 0) {
          inputDone = true;
          return;
        }
        bytes.position(at + count);
      }
      if (checkNul) {
        byte[] array = bytes.array();
        for (int k = at; k < at + count; k++) {
          if (array[k] == 0) {
            throw new BinaryInputException(bytesRead + (k - at));
          }
        }
      }
      bytesRead += count;
    } finally {
      bytes.flip();
    }
  }

  /** Closes the underlying stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }
}
