package org.textmend.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns text into bytes in an output encoding, strictly: a character the encoding cannot hold is an
 * error, never a silent question mark. Immutable and thread-safe.
 */
public final class TextEncoder {

  private TextEncoder() {}

  /**
   * Encodes {@code text} in {@code charset}, preceded by a byte order mark when {@code
   * byteOrderMark} is set and the encoding is a Unicode one.
   *
   * @throws UnencodableTextException naming the first character {@code charset} cannot hold
   */
  public static byte[] encode(String text, Charset charset, boolean byteOrderMark)
      throws UnencodableTextException {
    String name = charset.name();
    if (charset.equals(StandardCharsets.UTF_8) && !hasSurrogate(text)) {
      // The common case, by the JDK's own conversion, several times faster than a CharsetEncoder;
      // without surrogates there is nothing UTF-8 cannot hold.
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      if (!byteOrderMark) {
        return bytes;
      }
      byte[] marked = new byte[bytes.length + 3];
      marked[0] = (byte) 0xef;
      marked[1] = (byte) 0xbb;
      marked[2] = (byte) 0xbf;
      System.arraycopy(bytes, 0, marked, 3, bytes.length);
      return marked;
    }
    boolean unicode = name.startsWith("UTF-");
    // Java's plain "UTF-16" and "UTF-32" encoders write their own mark.
    boolean markItself = name.equals("UTF-16") || name.equals("UTF-32");
    String input = byteOrderMark && unicode && !markItself ? "\uFEFF" + text : text;
    CharsetEncoder encoder =
        charset
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      ByteBuffer bytes = encoder.encode(CharBuffer.wrap(input));
      return Arrays.copyOfRange(bytes.array(), bytes.arrayOffset(), bytes.limit());
    } catch (CharacterCodingException e) {
      int at = firstUnencodable(input, charset);
      int offset = input == text ? at : Math.max(0, at - 1);
      throw new UnencodableTextException(name, offset, input.codePointAt(at));
    }
  }

  /** Whether {@code text} holds a surrogate, paired or not (a pair goes the slow, strict way). */
  private static boolean hasSurrogate(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int firstUnencodable(String text, Charset charset) {
    CharsetEncoder encoder = charset.newEncoder();
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int next = i + Character.charCount(codePoint);
      if (!encoder.canEncode(text.substring(i, next))) {
        return i;
      }
      i = next;
    }
    return 0;
  }
}
