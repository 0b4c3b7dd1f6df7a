package org.textmend.fixers.unicode.mojibake;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;

/**
 * A single-byte code page as the mojibake fixer needs it: which character each byte decodes to, and
 * which byte a character came from. The mappings are the JDK's charsets, read once when the class
 * loads. Immutable and thread-safe.
 *
 * <p>{@link #WINDOWS_1252} is windows-1252 as web browsers decode it: the five bytes the code page
 * leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control characters of the same
 * value, so the text they leave can still be encoded back. It also takes every C1 control back to
 * its byte, so that UTF-8 decoded as ISO-8859-1 (which turns bytes 0x80–0x9F into C1 controls) is
 * covered by the same table.
 */
final class CodePage {

  /** Windows-1252 as browsers decode it, which also covers ISO-8859-1. */
  static final CodePage WINDOWS_1252 = new CodePage("windows-1252", true, false);

  /**
   * {@link #WINDOWS_1252} in which the soft hyphen is not byte 0xAD but an inserted invisible
   * character: the second reading of "Ç\u00AD©", tried when the first gives nothing plausible.
   */
  static final CodePage WINDOWS_1252_SOFT_HYPHENS = new CodePage("windows-1252", true, true);

  /** IBM code page 437, the original PC character set of box-drawing and accented characters. */
  static final CodePage CP437 = new CodePage("IBM437", false, false);

  private final String name;
  private final boolean windows;
  private final char[] decode = new char[256];

  /** Byte value + 1 for each char, 0 where the char does not come from a byte of this page. */
  private final short[] encode = new short[0x10000];

  private CodePage(String charsetName, boolean c1Controls, boolean withoutSoftHyphen) {
    this.name = charsetName;
    this.windows = c1Controls;
    CharsetDecoder decoder =
        Charset.forName(charsetName)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    Arrays.fill(decode, '\uFFFF');
    for (int b = 0; b < 256; b++) {
      try {
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b}));
        if (chars.length() == 1) {
          decode[b] = chars.charAt(0);
        }
      } catch (java.nio.charset.CharacterCodingException undefined) {
        // left undefined, or a C1 control below
      }
      decoder.reset();
      if (decode[b] == '\uFFFF' && c1Controls && b >= 0x80 && b < 0xA0) {
        decode[b] = (char) b;
      }
    }
    for (int b = 255; b >= 0; b--) {
      if (decode[b] != '\uFFFF') {
        encode[decode[b]] = (short) (b + 1);
      }
    }
    if (c1Controls) {
      for (int b = 0x80; b < 0xA0; b++) {
        if (encode[b] == 0) {
          encode[b] = (short) (b + 1);
        }
      }
    }
    if (withoutSoftHyphen) {
      encode['\u00AD'] = 0;
    }
  }

  /** Whether this is windows-1252 (in either reading of the soft hyphen), not code page 437. */
  boolean windows() {
    return windows;
  }

  /** The JDK name of the charset. */
  String name() {
    return name;
  }

  /** The byte {@code c} decodes from, 0–255, or -1 when no byte of this page gives {@code c}. */
  int byteOf(char c) {
    return encode[c] - 1;
  }

  /** The character byte {@code b} decodes to, or U+FFFF when the byte is undefined. */
  char charOf(int b) {
    return decode[b & 0xFF];
  }

  /**
   * The windows-1252 character that a C1 control character stands for ({@code U+0092} → {@code ’}),
   * or {@code c} itself for the five bytes windows-1252 does not define.
   */
  static char windows1252ForC1(char c) {
    return WINDOWS_1252.decode[c & 0xFF];
  }
}
