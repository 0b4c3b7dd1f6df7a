package org.textmend.io;

import java.nio.charset.Charset;
import java.util.Objects;

/**
 * Text decoded from bytes, with how its encoding was found. Immutable.
 *
 * @param text the characters, without the byte order mark
 * @param charset the encoding the bytes were read in
 * @param source how the encoding was chosen
 * @param confidence how sure the detector was, 0 to 100 (100 unless {@code source} is {@link
 *     Source#DETECTED})
 * @param byteOrderMark whether the bytes began with a byte order mark
 */
public record DecodedText(
    String text,
    Charset charset,
    DecodedText.Source source,
    int confidence,
    boolean byteOrderMark) {

  /** How the encoding of a text was chosen. */
  public enum Source {
    /** The caller named the encoding. */
    GIVEN,
    /** A byte order mark named it. */
    BYTE_ORDER_MARK,
    /** The bytes are valid UTF-8 (this includes plain ASCII). */
    VALID_UTF8,
    /** The statistical detector chose it. */
    DETECTED
  }

  public DecodedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(source, "source");
  }
}
