package org.textmend.io;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns the bytes of a file into text, finding the encoding when the caller does not name it.
 *
 * <p>In order:
 *
 * <ol>
 *   <li>an encoding the caller names is used as it is (a byte order mark of that encoding is
 *       dropped);
 *   <li>a byte order mark (UTF-8, UTF-16 or UTF-32, either byte order) names the encoding;
 *   <li>a NUL byte means binary data, which is refused;
 *   <li>bytes that are valid UTF-8 are UTF-8 (plain ASCII included), checked strictly: no
 *       replacement characters are ever made up;
 *   <li>otherwise ICU's statistical detector names a legacy encoding (windows-1252, ISO-8859-x,
 *       KOI8-R, Shift_JIS…), used only when it is at least {@value #MIN_CONFIDENCE}% sure and the
 *       bytes decode cleanly in it.
 * </ol>
 *
 * <p>Bytes that are mostly valid UTF-8 with a few invalid ones are refused rather than guessed at:
 * they are damaged UTF-8 or a mix of encodings, and reading the whole file as windows-1252 would
 * garble every correct character in it. Immutable and thread-safe.
 */
public final class TextDecoder {

  /**
   * The detector's confidence (0 to 100) below which its guess is not used. ICU gives 30 to 50 for
   * a short paragraph in the right legacy encoding and rarely more than 25 to a wrong one.
   */
  public static final int MIN_CONFIDENCE = 30;

  private static final String FALLBACK_SUGGESTION = "windows-1252";

  private final @Nullable Charset given;

  /** A decoder that detects the encoding ({@code given == null}) or always uses {@code given}. */
  public TextDecoder(@Nullable Charset given) {
    this.given = given;
  }

  /**
   * Decodes {@code bytes}.
   *
   * @throws BinaryInputException when the bytes hold a NUL byte and no wide encoding is in play
   * @throws UndecodableInputException when the bytes are not valid in the given or detected
   *     encoding, naming the first bad byte and an encoding worth trying
   */
  public DecodedText decode(byte[] bytes) throws BinaryInputException, UndecodableInputException {
    ByteOrderMark bom = ByteOrderMark.of(bytes);
    if (given != null) {
      return decodeGiven(bytes, given, bom);
    }
    if (bom != null) {
      String text = strict(bytes, bom.length(), bom.charset());
      return new DecodedText(text, bom.charset(), DecodedText.Source.BYTE_ORDER_MARK, 100, true);
    }
    requireNoNul(bytes, 0);
    // The JDK's own conversion is several times faster than a CharsetDecoder, but replaces bad
    // bytes with U+FFFD instead of failing: only text that holds U+FFFD is decoded again strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return new DecodedText(
          fast, StandardCharsets.UTF_8, DecodedText.Source.VALID_UTF8, 100, false);
    }
    long badUtf8;
    try {
      String text = decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
      return new DecodedText(
          text, StandardCharsets.UTF_8, DecodedText.Source.VALID_UTF8, 100, false);
    } catch (CharacterCodingException e) {
      badUtf8 = firstInvalid(bytes, 0, StandardCharsets.UTF_8);
    }
    if (mostlyUtf8(bytes)) {
      throw new UndecodableInputException("UTF-8", badUtf8, FALLBACK_SUGGESTION, true);
    }
    return detect(bytes, badUtf8);
  }

  /**
   * How a text is encoded, for reading it in parts: the encoding, how it was chosen, how sure the
   * detector was (100 unless detected), the length of a byte order mark to skip, and whether the
   * bytes seen so far hold valid multi-byte UTF-8 (so that a bad byte further on means damage
   * rather than a wrong encoding).
   */
  public record Detection(
      Charset charset,
      DecodedText.Source source,
      int confidence,
      int byteOrderMarkLength,
      boolean mostlyUtf8) {}

  /**
   * Chooses the encoding of a text too large to read at once from its first {@code length} bytes,
   * by the same rules as {@link #decode}. The prefix may end inside a character. What the prefix
   * cannot show, a later bad byte or NUL byte, is found while the rest is read ({@link
   * TextChunks}).
   *
   * @throws BinaryInputException when the prefix holds a NUL byte and no wide encoding is in play
   * @throws UndecodableInputException when the prefix is damaged UTF-8 or no encoding fits it
   */
  public Detection detect(byte[] bytes, int length)
      throws BinaryInputException, UndecodableInputException {
    byte[] prefix = length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    ByteOrderMark bom = ByteOrderMark.of(prefix);
    if (given != null) {
      if (bom != null && bom.charset().name().startsWith(given.name())) {
        return new Detection(bom.charset(), DecodedText.Source.GIVEN, 100, bom.length(), false);
      }
      if (!isWide(given)) {
        requireNoNul(prefix, 0);
      }
      return new Detection(given, DecodedText.Source.GIVEN, 100, 0, false);
    }
    if (bom != null) {
      return new Detection(
          bom.charset(), DecodedText.Source.BYTE_ORDER_MARK, 100, bom.length(), false);
    }
    requireNoNul(prefix, 0);
    long badUtf8 = firstInvalid(prefix, 0, StandardCharsets.UTF_8, false);
    if (badUtf8 < 0) {
      return new Detection(
          StandardCharsets.UTF_8, DecodedText.Source.VALID_UTF8, 100, 0, mostlyUtf8(prefix));
    }
    if (mostlyUtf8(prefix)) {
      throw new UndecodableInputException("UTF-8", badUtf8, FALLBACK_SUGGESTION, true);
    }
    DecodedText detected = detect(prefix, badUtf8);
    return new Detection(
        detected.charset(), DecodedText.Source.DETECTED, detected.confidence(), 0, false);
  }

  /** The suggestion made when the encoding of a text read in parts turns out wrong. */
  static String fallbackSuggestion() {
    return FALLBACK_SUGGESTION;
  }

  private static DecodedText decodeGiven(byte[] bytes, Charset given, @Nullable ByteOrderMark bom)
      throws BinaryInputException, UndecodableInputException {
    Charset charset = given;
    int skip = 0;
    if (bom != null && bom.charset().name().startsWith(given.name())) {
      // "UTF-16" given and a little-endian mark found: the mark says which UTF-16.
      charset = bom.charset();
      skip = bom.length();
    }
    if (!isWide(charset)) {
      requireNoNul(bytes, skip);
    }
    String text = strict(bytes, skip, charset);
    return new DecodedText(text, charset, DecodedText.Source.GIVEN, 100, skip > 0);
  }

  private static DecodedText detect(byte[] bytes, long badUtf8) throws UndecodableInputException {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    String suggestion = null;
    for (CharsetMatch match : detector.detectAll()) {
      String name = match.getName();
      if (name.toUpperCase(Locale.ROOT).startsWith("UTF") || !Charset.isSupported(name)) {
        continue; // UTF-8 already failed; UTF-16/32 without a mark are guesses on NUL-free bytes
      }
      if (suggestion == null) {
        suggestion = name;
      }
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break; // matches come most confident first
      }
      Charset charset = Charset.forName(name);
      if (firstInvalid(bytes, 0, charset) < 0) {
        String text = new String(bytes, charset);
        return new DecodedText(
            text, charset, DecodedText.Source.DETECTED, match.getConfidence(), false);
      }
    }
    throw new UndecodableInputException(
        "UTF-8", badUtf8, suggestion == null ? FALLBACK_SUGGESTION : suggestion, false);
  }

  private static boolean isWide(Charset charset) {
    String name = charset.name().toUpperCase(Locale.ROOT);
    return name.startsWith("UTF-16") || name.startsWith("UTF-32");
  }

  private static void requireNoNul(byte[] bytes, int from) throws BinaryInputException {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new BinaryInputException(i);
      }
    }
  }

  private static String strict(byte[] bytes, int from, Charset charset)
      throws UndecodableInputException {
    int marks = leadingZeroWidthNoBreakSpaces(bytes, from, charset);
    int start = from + 4 * marks;
    try {
      String text =
          decoder(charset).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
      long surrogate = firstSurrogateUnit(bytes, from, charset);
      if (surrogate >= 0) {
        throw new UndecodableInputException(charset.name(), surrogate, null, false);
      }
      return marks == 0 ? text : "\uFEFF".repeat(marks) + text;
    } catch (CharacterCodingException e) {
      throw new UndecodableInputException(
          charset.name(), firstInvalid(bytes, from, charset), null, false);
    }
  }

  /**
   * How many U+FEFF characters the bytes hold from {@code from} on, for UTF-32LE and UTF-32BE only.
   * Java's decoders for these fixed-order encodings drop a U+FEFF that comes first, although after
   * a byte order mark (or in a file read with {@code --encoding UTF-32LE}) it is text; so they are
   * taken out before decoding and put back after (found by fuzzing: the bytes {@code FF FE 00 00}
   * twice over came out empty).
   */
  private static int leadingZeroWidthNoBreakSpaces(byte[] bytes, int from, Charset charset) {
    String name = charset.name();
    if (!name.equals("UTF-32LE") && !name.equals("UTF-32BE")) {
      return 0;
    }
    byte[] mark = "\uFEFF".getBytes(charset);
    int count = 0;
    for (int at = from;
        at + mark.length <= bytes.length
            && Arrays.equals(bytes, at, at + mark.length, mark, 0, mark.length);
        at += mark.length) {
      count++;
    }
    return count;
  }

  /**
   * The offset of the first UTF-32 unit that holds a surrogate code point (U+D800 to U+DFFF), which
   * UTF-32 does not allow but Java's decoders let through as lone surrogates, or -1 (also for other
   * encodings). Found by fuzzing: {@code FF FE 00 00 FF DE 00 00} decoded to U+DEFF, which no
   * encoder will write back.
   */
  private static long firstSurrogateUnit(byte[] bytes, int from, Charset charset) {
    String name = charset.name();
    if (!name.startsWith("UTF-32")) {
      return -1;
    }
    boolean little = name.equals("UTF-32LE");
    for (int at = from; at + 4 <= bytes.length; at += 4) {
      int value =
          little
              ? (bytes[at] & 0xff) | (bytes[at + 1] & 0xff) << 8 | (bytes[at + 2] & 0xff) << 16
              : (bytes[at + 3] & 0xff) | (bytes[at + 2] & 0xff) << 8 | (bytes[at + 1] & 0xff) << 16;
      int high = little ? bytes[at + 3] & 0xff : bytes[at] & 0xff;
      if (high == 0 && value >= 0xD800 && value <= 0xDFFF) {
        return at;
      }
    }
    return -1;
  }

  /** The offset of the first byte that is not valid in {@code charset}, or -1 when all are. */
  static long firstInvalid(byte[] bytes, int from, Charset charset) {
    return firstInvalid(bytes, from, charset, true);
  }

  /**
   * The offset of the first byte from {@code from} that is not valid in {@code charset}, or -1 when
   * all are. When {@code complete} is false the bytes are the start of a longer text and may stop
   * inside a character, so an incomplete sequence at the very end is not an error.
   */
  private static long firstInvalid(byte[] bytes, int from, Charset charset, boolean complete) {
    CharsetDecoder decoder = decoder(charset);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, complete);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        out.clear();
        continue;
      }
      if (!complete) {
        // underflow: at most an incomplete character is left
        return in.remaining() > 3 ? in.position() : -1;
      }
      out.clear();
      result = decoder.flush(out);
      if (result.isError()) {
        return in.position();
      }
      if (result.isOverflow()) {
        continue;
      }
      return -1;
    }
  }

  private static CharsetDecoder decoder(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Whether the non-ASCII bytes form mostly valid UTF-8 sequences: at least two, and more than the
   * runs of bytes that do not. Text in a legacy encoding almost never does (a letter like "é" is
   * one byte followed by ASCII), so this marks damaged UTF-8 or a mix of encodings. Invalid bytes
   * count once per run because one damaged character often leaves two of them (a lost lead byte and
   * its orphaned continuation byte): "café crème" with the "é" damaged would otherwise tie, and be
   * read as windows-1252, garbling the "è" that was right.
   */
  static boolean mostlyUtf8(byte[] bytes) {
    int valid = 0;
    int invalid = 0;
    int afterInvalid = -1;
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      if (b < 0x80) {
        i++;
        continue;
      }
      int length =
          b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        ok = (bytes[i + k] & 0xc0) == 0x80;
      }
      if (ok) {
        valid++;
        i += length;
      } else {
        if (i != afterInvalid) {
          invalid++;
        }
        i++;
        afterInvalid = i;
      }
    }
    return valid >= 2 && valid > invalid;
  }

  /** A byte order mark: the encoding it names and its length in bytes. */
  private record ByteOrderMark(Charset charset, int length) {

    static @Nullable ByteOrderMark of(byte[] b) {
      if (startsWith(b, 0x00, 0x00, 0xfe, 0xff)) {
        return new ByteOrderMark(Charset.forName("UTF-32BE"), 4);
      }
      if (startsWith(b, 0xff, 0xfe, 0x00, 0x00)) {
        return new ByteOrderMark(Charset.forName("UTF-32LE"), 4);
      }
      if (startsWith(b, 0xef, 0xbb, 0xbf)) {
        return new ByteOrderMark(StandardCharsets.UTF_8, 3);
      }
      if (startsWith(b, 0xfe, 0xff)) {
        return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
      }
      if (startsWith(b, 0xff, 0xfe)) {
        return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
      if (bytes.length < prefix.length) {
        return false;
      }
      for (int i = 0; i < prefix.length; i++) {
        if ((bytes[i] & 0xff) != prefix[i]) {
          return false;
        }
      }
      return true;
    }
  }
}
