package org.textmend.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDecoderTest {

  private static final TextDecoder DETECTING = new TextDecoder(null);

  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void readsAsciiAsUtf8() throws Exception {
    DecodedText decoded = DETECTING.decode("plain text\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(decoded.text()).isEqualTo("plain text\n");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(decoded.source()).isEqualTo(DecodedText.Source.VALID_UTF8);
    assertThat(decoded.byteOrderMark()).isFalse();
  }

  @Test
  void readsValidUtf8() throws Exception {
    String text = "Zoë met Łukasz in Köln; 東京 👍\n";
    assertThat(DETECTING.decode(text.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(text);
  }

  @Test
  void readsAReplacementCharacterThatIsReallyInTheText() throws Exception {
    String text = "a \uFFFD stands for a lost character\n";
    DecodedText decoded = DETECTING.decode(text.getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.source()).isEqualTo(DecodedText.Source.VALID_UTF8);
  }

  @Test
  void detectsFromAPrefixThatEndsInsideACharacter() throws Exception {
    byte[] bytes = "caf\u00e9 au lait".getBytes(StandardCharsets.UTF_8);
    TextDecoder.Detection detection = DETECTING.detect(bytes, 4); // "caf" and half of "é"
    assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(detection.source()).isEqualTo(DecodedText.Source.VALID_UTF8);
  }

  @Test
  void detectionFromAPrefixFindsAByteOrderMarkAndItsLength() throws Exception {
    byte[] bytes = {(byte) 0xff, (byte) 0xfe, 'a', 0};
    TextDecoder.Detection detection = DETECTING.detect(bytes, bytes.length);
    assertThat(detection.charset()).isEqualTo(StandardCharsets.UTF_16LE);
    assertThat(detection.byteOrderMarkLength()).isEqualTo(2);
  }

  @Test
  void detectionFromAPrefixRefusesNulBytes() {
    assertThatThrownBy(() -> DETECTING.detect(new byte[] {'a', 0, 'b'}, 3))
        .isInstanceOf(BinaryInputException.class);
  }

  @Test
  void readsEmptyInput() throws Exception {
    assertThat(DETECTING.decode(new byte[0]).text()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"UTF-8, 3", "UTF-16LE, 2", "UTF-16BE, 2", "UTF-32LE, 4", "UTF-32BE, 4"})
  void byteOrderMarkNamesTheEncodingAndIsDropped(String charsetName, int markLength)
      throws Exception {
    Charset charset = Charset.forName(charsetName);
    byte[] encoded = ("\uFEFF" + "Grüße\n").getBytes(charset);
    DecodedText decoded = DETECTING.decode(encoded);
    assertThat(decoded.text()).isEqualTo("Grüße\n");
    assertThat(decoded.charset()).isEqualTo(charset);
    assertThat(decoded.source()).isEqualTo(DecodedText.Source.BYTE_ORDER_MARK);
    assertThat(decoded.byteOrderMark()).isTrue();
    assertThat(encoded.length - "Grüße\n".getBytes(charset).length).isEqualTo(markLength);
  }

  @Test
  void detectsWindows1252() throws Exception {
    String text =
        "The council said it\u2019s too early to judge the plan. \u201CWe will wait,\u201D the"
            + " mayor told reporters at the caf\u00E9 on Monday \u2014 and left.\n";
    DecodedText decoded = DETECTING.decode(text.getBytes("windows-1252"));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset().name()).isEqualTo("windows-1252");
    assertThat(decoded.source()).isEqualTo(DecodedText.Source.DETECTED);
    assertThat(decoded.confidence()).isBetween(TextDecoder.MIN_CONFIDENCE, 100);
  }

  @Test
  void detectsKoi8r() throws Exception {
    String text =
        "Городской совет обсудил новый план развития транспорта. Жители района давно"
            + " просили построить новую станцию метро рядом с парком.\n";
    DecodedText decoded = DETECTING.decode(text.getBytes("KOI8-R"));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset().name()).isEqualTo("KOI8-R");
  }

  @Test
  void detectsShiftJis() throws Exception {
    String text = "市役所は新しい交通計画を発表しました。住民は駅の建設を長く求めていました。\n";
    DecodedText decoded = DETECTING.decode(text.getBytes("Shift_JIS"));
    assertThat(decoded.text()).isEqualTo(text);
    assertThat(decoded.charset().name()).isEqualTo("Shift_JIS");
  }

  @Test
  void refusesWhatTheDetectorIsNotSureOf() {
    byte[] latin1 = "caf\u00E9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> DETECTING.decode(latin1))
        .isInstanceOfSatisfying(
            UndecodableInputException.class,
            e -> {
              assertThat(e.charsetName()).isEqualTo("UTF-8");
              assertThat(e.byteOffset()).isEqualTo(3);
              assertThat(e.suggestion()).isEqualTo("windows-1252");
              assertThat(e.mostlyUtf8()).isFalse();
            });
  }

  @Test
  void refusesDamagedUtf8WithTheOffsetOfTheFirstBadByte() {
    byte[] good = "caf\u00E9 cr\u00E8me br\u00FBl\u00E9e ".getBytes(StandardCharsets.UTF_8);
    byte[] damaged = concat(good, bytes(0xE9, 0x0A));
    assertThatThrownBy(() -> DETECTING.decode(damaged))
        .isInstanceOfSatisfying(
            UndecodableInputException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(good.length);
              assertThat(e.mostlyUtf8()).isTrue();
            });
  }

  @Test
  void refusesNulBytesAsBinary() {
    assertThatThrownBy(() -> DETECTING.decode(bytes('P', 'K', 3, 4, 0, 1)))
        .isInstanceOfSatisfying(
            BinaryInputException.class, e -> assertThat(e.byteOffset()).isEqualTo(4));
  }

  @Test
  void givenEncodingIsUsedAsItIs() throws Exception {
    byte[] ascii = "naive".getBytes(StandardCharsets.US_ASCII);
    DecodedText decoded = new TextDecoder(Charset.forName("KOI8-R")).decode(ascii);
    assertThat(decoded.charset().name()).isEqualTo("KOI8-R");
    assertThat(decoded.source()).isEqualTo(DecodedText.Source.GIVEN);
  }

  @Test
  void givenEncodingDropsItsOwnByteOrderMark() throws Exception {
    byte[] marked = "\uFEFFtext".getBytes(StandardCharsets.UTF_8);
    DecodedText decoded = new TextDecoder(StandardCharsets.UTF_8).decode(marked);
    assertThat(decoded.text()).isEqualTo("text");
    assertThat(decoded.byteOrderMark()).isTrue();
  }

  @Test
  void givenUtf16TakesByteOrderFromTheMark() throws Exception {
    byte[] littleEndian = "\uFEFFtext".getBytes(StandardCharsets.UTF_16LE);
    DecodedText decoded = new TextDecoder(StandardCharsets.UTF_16).decode(littleEndian);
    assertThat(decoded.text()).isEqualTo("text");
    assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_16LE);
  }

  @Test
  void zeroWidthNoBreakSpaceAfterAUtf32MarkIsKept() throws Exception {
    // Java's UTF-32 decoders drop a leading U+FEFF; found by TextDecoderFuzzTest.
    byte[] twice = "\uFEFF\uFEFFa".getBytes(Charset.forName("UTF-32BE"));
    DecodedText decoded = DETECTING.decode(twice);
    assertThat(decoded.text()).isEqualTo("\uFEFFa");
    assertThat(decoded.byteOrderMark()).isTrue();
  }

  @Test
  void surrogateCodePointInUtf32IsRefused() {
    // Found by TextDecoderFuzzTest: Java's decoder lets U+DEFF through as a lone surrogate.
    byte[] bad = bytes(0xFF, 0xFE, 0, 0, 'a', 0, 0, 0, 0xFF, 0xDE, 0, 0);
    assertThatThrownBy(() -> DETECTING.decode(bad))
        .isInstanceOfSatisfying(
            UndecodableInputException.class,
            e -> {
              assertThat(e.charsetName()).isEqualTo("UTF-32LE");
              assertThat(e.byteOffset()).isEqualTo(8);
            });
  }

  @Test
  void everyZeroWidthNoBreakSpaceAfterAUtf32MarkIsKept() throws Exception {
    byte[] thrice = "\uFEFF\uFEFF\uFEFF".getBytes(Charset.forName("UTF-32LE"));
    assertThat(DETECTING.decode(thrice).text()).isEqualTo("\uFEFF\uFEFF");
  }

  @Test
  void givenUtf32KeepsALeadingZeroWidthNoBreakSpaceAfterTheMark() throws Exception {
    byte[] twice = "\uFEFF\uFEFF".getBytes(Charset.forName("UTF-32LE"));
    assertThat(new TextDecoder(Charset.forName("UTF-32LE")).decode(twice).text())
        .isEqualTo("\uFEFF");
  }

  @Test
  void givenUtf16AllowsNulBytes() throws Exception {
    byte[] utf16 = "text".getBytes(StandardCharsets.UTF_16LE);
    assertThat(new TextDecoder(StandardCharsets.UTF_16LE).decode(utf16).text()).isEqualTo("text");
  }

  @Test
  void givenEncodingReportsInvalidBytes() {
    byte[] bad = bytes('o', 'k', 0xC3, 0x28);
    assertThatThrownBy(() -> new TextDecoder(StandardCharsets.UTF_8).decode(bad))
        .isInstanceOfSatisfying(
            UndecodableInputException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(2);
              assertThat(e.suggestion()).isNull();
            });
  }

  @Test
  void strictUtf8RejectsOverlongAndSurrogateEncodings() {
    assertThat(TextDecoder.firstInvalid(bytes('a', 0xC0, 0xAF), 0, StandardCharsets.UTF_8))
        .isEqualTo(1);
    assertThat(TextDecoder.firstInvalid(bytes(0xED, 0xA0, 0x80), 0, StandardCharsets.UTF_8))
        .isZero();
  }

  @Test
  void mostlyUtf8NeedsMoreValidThanInvalidSequences() {
    assertThat(TextDecoder.mostlyUtf8(bytes(0xC3, 0xA9, 0xC3, 0xA8, 0xE9))).isTrue();
    assertThat(TextDecoder.mostlyUtf8(bytes(0xC3, 0xA9, 0xE9, 0xE8))).isFalse();
  }

  @Test
  void mostlyUtf8CountsARunOfInvalidBytesOnce() {
    // "é è é" with the first "é" damaged: its lead byte lost, its continuation byte orphaned.
    assertThat(TextDecoder.mostlyUtf8(bytes(0xFF, 0xA9, ' ', 0xC3, 0xA8, ' ', 0xC3, 0xA9)))
        .isTrue();
    // Windows-1252: isolated accented letters, each its own run.
    assertThat(
            TextDecoder.mostlyUtf8(bytes(0xC3, 0xA9, 0xC3, 0xA8, ' ', 0xE9, ' ', 0xE8, ' ', 0xE0)))
        .isFalse();
    assertThat(TextDecoder.mostlyUtf8(bytes('c', 'a', 'f', 0xE9))).isFalse();
  }
}
