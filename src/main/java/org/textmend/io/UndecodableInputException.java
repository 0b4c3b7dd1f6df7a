package org.textmend.io;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** The input is not valid in the encoding it was read in, and no other encoding was found. */
public final class UndecodableInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String charsetName;
  private final long byteOffset;
  private final @Nullable String suggestion;
  private final boolean mostlyUtf8;

  /**
   * @param charsetName the encoding that failed
   * @param byteOffset the first byte that is not valid in it, counted from 0
   * @param suggestion an encoding worth trying, or {@code null}
   * @param mostlyUtf8 whether most multi-byte sequences are valid UTF-8, so the file is probably
   *     UTF-8 with some damage or a mix of two encodings
   */
  public UndecodableInputException(
      String charsetName, long byteOffset, @Nullable String suggestion, boolean mostlyUtf8) {
    super("not valid " + charsetName + " at byte " + byteOffset);
    this.charsetName = charsetName;
    this.byteOffset = byteOffset;
    this.suggestion = suggestion;
    this.mostlyUtf8 = mostlyUtf8;
  }

  /** The encoding that failed. */
  public String charsetName() {
    return charsetName;
  }

  /** The first byte that is not valid, counted from 0. */
  public long byteOffset() {
    return byteOffset;
  }

  /** An encoding worth trying, or {@code null}. */
  public @Nullable String suggestion() {
    return suggestion;
  }

  /** Whether the bytes are mostly valid UTF-8 (damaged UTF-8 or mixed encodings). */
  public boolean mostlyUtf8() {
    return mostlyUtf8;
  }
}
