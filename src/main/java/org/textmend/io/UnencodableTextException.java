package org.textmend.io;

import java.io.IOException;

/** The text holds a character that the output encoding cannot represent. */
public final class UnencodableTextException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String charsetName;
  private final int offset;
  private final int codePoint;

  /**
   * @param charsetName the output encoding
   * @param offset where the character is in the text (a UTF-16 index)
   * @param codePoint the character
   */
  public UnencodableTextException(String charsetName, int offset, int codePoint) {
    super(String.format("cannot encode U+%04X in %s", codePoint, charsetName));
    this.charsetName = charsetName;
    this.offset = offset;
    this.codePoint = codePoint;
  }

  /** The output encoding. */
  public String charsetName() {
    return charsetName;
  }

  /** Where the character is in the text, as a UTF-16 index. */
  public int offset() {
    return offset;
  }

  /** The character that cannot be encoded. */
  public int codePoint() {
    return codePoint;
  }
}
