package org.textmend.io;

import java.io.IOException;

/** The input holds a NUL byte, so it is taken for binary data rather than text. */
public final class BinaryInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long byteOffset;

  /** The input has a NUL byte at {@code byteOffset} (counted from 0). */
  public BinaryInputException(long byteOffset) {
    super("binary data (NUL byte at byte " + byteOffset + ")");
    this.byteOffset = byteOffset;
  }

  /** Where the first NUL byte is, counted from 0. */
  public long byteOffset() {
    return byteOffset;
  }
}
