package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes input decoding with Jazzer: any bytes, with the encoding detected or given, either decode
 * or are refused with one of the two documented exceptions ({@link BinaryInputException}, {@link
 * UndecodableInputException}); nothing else is thrown. Text decoded from a Unicode encoding encodes
 * back to the very same bytes, so decoding never loses or invents a character.
 *
 * <p>A normal build replays the committed inputs in {@code
 * src/test/resources/org/textmend/io/TextDecoderFuzzTestInputs/decodes/}; see {@code
 * PipelineFuzzTest} for fuzzing. The first byte of an input picks the encoding: detection, or one
 * of {@link #GIVEN}.
 */
class TextDecoderFuzzTest {

  /** Encodings a user may name with --encoding, tried by the fuzzer besides detection. */
  private static final List<String> GIVEN =
      List.of(
          "UTF-8",
          "UTF-16",
          "UTF-16LE",
          "UTF-16BE",
          "UTF-32",
          "windows-1252",
          "ISO-8859-2",
          "KOI8-R",
          "Shift_JIS",
          "GB18030",
          "EUC-KR");

  private static @Nullable Charset given(int selector) {
    int choice = selector % (GIVEN.size() + 1);
    return choice == GIVEN.size() ? null : Charset.forName(GIVEN.get(choice));
  }

  @FuzzTest(maxDuration = "30m")
  @Timeout(value = 2, unit = TimeUnit.SECONDS) // per input: a slower one is a finding
  void decodes(byte[] input) throws UnencodableTextException {
    if (input.length == 0) {
      return;
    }
    Charset given = given(input[0] & 0xFF);
    byte[] bytes = Arrays.copyOfRange(input, 1, input.length);
    DecodedText decoded;
    try {
      decoded = new TextDecoder(given).decode(bytes);
    } catch (BinaryInputException | UndecodableInputException refused) {
      assertThat(refused.getMessage()).isNotBlank();
      return;
    }
    // Java's plain UTF-16 and UTF-32 encoders write a byte order mark of their own choosing, so
    // only the encodings with a fixed byte order are expected to give back the same bytes.
    String name = decoded.charset().name().toUpperCase(Locale.ROOT);
    if (name.equals("UTF-8") || name.endsWith("LE") || name.endsWith("BE")) {
      byte[] again = TextEncoder.encode(decoded.text(), decoded.charset(), decoded.byteOrderMark());
      assertThat(again).as("%s re-encoded", decoded.charset()).isEqualTo(bytes);
    }
  }
}
