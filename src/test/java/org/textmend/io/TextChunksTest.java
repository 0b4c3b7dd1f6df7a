package org.textmend.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextChunksTest {

  private static List<TextChunks.Chunk> chunks(
      byte[] bytes, int head, Charset charset, int chunkSize, int context) throws IOException {
    byte[] first = java.util.Arrays.copyOf(bytes, head);
    InputStream rest = new ByteArrayInputStream(bytes, head, bytes.length - head);
    List<TextChunks.Chunk> chunks = new ArrayList<>();
    try (TextChunks reader = new TextChunks(first, 0, rest, charset, false, chunkSize, context)) {
      for (TextChunks.Chunk chunk = reader.next(); chunk != null; chunk = reader.next()) {
        chunks.add(chunk);
      }
    }
    return chunks;
  }

  private static List<TextChunks.Chunk> chunks(String text, int chunkSize, int context)
      throws IOException {
    return chunks(text.getBytes(UTF_8), 0, UTF_8, chunkSize, context);
  }

  private static String bodies(List<TextChunks.Chunk> chunks) {
    StringBuilder all = new StringBuilder();
    chunks.forEach(chunk -> all.append(chunk.body()));
    return all.toString();
  }

  /** Paragraphs of a few lines, separated by blank lines of several kinds. */
  private static String paragraphs(int count, long seed) {
    Random random = new Random(seed);
    String[] separators = {"\n\n", "\n\n\n", "\n \t\n", "\r\n\r\n"};
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < count; p++) {
      int lines = 1 + random.nextInt(4);
      for (int l = 0; l < lines; l++) {
        text.append("paragraph ").append(p).append(" line ").append(l).append(" é 𝄞");
        text.append(l + 1 < lines ? "\n" : "");
      }
      text.append(separators[random.nextInt(separators.length)]);
    }
    return text.toString();
  }

  @Test
  void textShorterThanAChunkIsOneChunkWithoutContext() throws IOException {
    List<TextChunks.Chunk> chunks = chunks("one\n\ntwo\n", 64, 8);
    assertThat(chunks).hasSize(1);
    TextChunks.Chunk chunk = chunks.get(0);
    assertThat(chunk.text()).isEqualTo("one\n\ntwo\n");
    assertThat(chunk.bodyStart()).isZero();
    assertThat(chunk.bodyEnd()).isEqualTo(9);
    assertThat(chunk.first()).isTrue();
    assertThat(chunk.last()).isTrue();
  }

  @Test
  void emptyTextIsOneEmptyChunk() throws IOException {
    List<TextChunks.Chunk> chunks = chunks("", 64, 8);
    assertThat(chunks).hasSize(1);
    assertThat(chunks.get(0).text()).isEmpty();
    assertThat(chunks.get(0).last()).isTrue();
  }

  @Test
  void bodiesMakeUpTheWholeText() throws IOException {
    String text = paragraphs(400, 1);
    List<TextChunks.Chunk> chunks = chunks(text, 500, 60);
    assertThat(chunks.size()).isGreaterThan(10);
    assertThat(bodies(chunks)).isEqualTo(text);
    assertThat(chunks.get(chunks.size() - 1).last()).isTrue();
    assertThat(chunks.subList(0, chunks.size() - 1)).noneMatch(TextChunks.Chunk::last);
  }

  @Test
  void bodiesEndWhereANonBlankLineFollowsABlankOne() throws IOException {
    String text = paragraphs(300, 2);
    List<TextChunks.Chunk> chunks = chunks(text, 400, 50);
    for (TextChunks.Chunk chunk : chunks.subList(0, chunks.size() - 1)) {
      String before = chunk.text().substring(0, chunk.bodyEnd());
      String after = chunk.text().substring(chunk.bodyEnd());
      assertThat(before).matches("(?s).*[\r\n][ \t]*(\n|\r\n|\r)");
      assertThat(after).startsWith("paragraph");
      assertThat(chunk.bodyEnd() - chunk.bodyStart()).isLessThanOrEqualTo(400);
    }
  }

  @Test
  void contextIsWholeParagraphsOfAtLeastTheContextSize() throws IOException {
    String text = paragraphs(300, 3);
    List<TextChunks.Chunk> chunks = chunks(text, 400, 50);
    for (int i = 1; i < chunks.size() - 1; i++) {
      TextChunks.Chunk chunk = chunks.get(i);
      assertThat(chunk.bodyStart()).isBetween(50, 200);
      assertThat(chunk.text().length() - chunk.bodyEnd()).isBetween(50, 200);
      assertThat(chunk.text()).startsWith("paragraph");
      String leadIn = chunk.text().substring(0, chunk.bodyStart());
      assertThat(text.substring(0, (int) chunk.offset())).endsWith(leadIn);
    }
  }

  @Test
  void firstChunkHasNoLeadInAndLastNoLeadOut() throws IOException {
    String text = paragraphs(100, 4);
    List<TextChunks.Chunk> chunks = chunks(text, 300, 40);
    assertThat(chunks.get(0).bodyStart()).isZero();
    TextChunks.Chunk last = chunks.get(chunks.size() - 1);
    assertThat(last.bodyEnd()).isEqualTo(last.text().length());
  }

  @Test
  void textWithoutBlankLinesIsCutAtLineStarts() throws IOException {
    String text = "a line of text\n".repeat(100);
    List<TextChunks.Chunk> chunks = chunks(text, 100, 20);
    assertThat(bodies(chunks)).isEqualTo(text);
    for (TextChunks.Chunk chunk : chunks) {
      assertThat(chunk.body()).endsWith("\n").startsWith("a line");
    }
  }

  @Test
  void oneLongLineIsCutAfterSpaces() throws IOException {
    String text = "word ".repeat(200);
    List<TextChunks.Chunk> chunks = chunks(text, 64, 8);
    assertThat(bodies(chunks)).isEqualTo(text);
    for (TextChunks.Chunk chunk : chunks) {
      assertThat(chunk.body()).startsWith("word").endsWith(" ");
    }
  }

  @Test
  void textWithoutSpacesIsNeverCutInsideASurrogatePair() throws IOException {
    String text = "𝄞".repeat(300);
    List<TextChunks.Chunk> chunks = chunks(text, 33, 4);
    assertThat(bodies(chunks)).isEqualTo(text);
    for (TextChunks.Chunk chunk : chunks) {
      assertThat(Character.isLowSurrogate(chunk.body().charAt(0))).isFalse();
    }
  }

  @Test
  void crLfIsNeverSplit() throws IOException {
    String text = "\r\n".repeat(300);
    List<TextChunks.Chunk> chunks = chunks(text, 33, 4);
    assertThat(bodies(chunks)).isEqualTo(text);
    for (TextChunks.Chunk chunk : chunks) {
      assertThat(chunk.body()).startsWith("\r\n");
    }
  }

  @Test
  void chunksGiveTheLineAndColumnWhereTheirBodyStarts() throws IOException {
    String text = paragraphs(200, 5);
    List<TextChunks.Chunk> chunks = chunks(text, 300, 40);
    for (TextChunks.Chunk chunk : chunks) {
      long breaks = 0;
      for (int i = 0; i < chunk.offset(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && text.charAt(i + 1) != '\n')) {
          breaks++;
        }
      }
      assertThat(chunk.line()).as("line of chunk at %d", chunk.offset()).isEqualTo(breaks + 1);
      assertThat(chunk.column()).isEqualTo(1);
    }
  }

  @Test
  void columnCountsCodePointsWhenALineIsCut() throws IOException {
    String text = "𝄞 ".repeat(100);
    List<TextChunks.Chunk> chunks = chunks(text, 40, 4);
    TextChunks.Chunk second = chunks.get(1);
    int codePoints = text.codePointCount(0, (int) second.offset());
    assertThat(second.line()).isEqualTo(1);
    assertThat(second.column()).isEqualTo(codePoints + 1);
  }

  @Test
  void headAndStreamAreReadAsOne() throws IOException {
    String text = paragraphs(100, 6);
    byte[] bytes = text.getBytes(UTF_8);
    // the head ends inside a four-byte character
    int head = text.indexOf('𝄞') + 2;
    assertThat(bodies(chunks(bytes, head, UTF_8, 200, 30))).isEqualTo(text);
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    byte[] bytes = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf, 'h', 'i'};
    try (TextChunks reader =
        new TextChunks(bytes, 3, InputStream.nullInputStream(), UTF_8, false, 64, 8)) {
      assertThat(reader.next().text()).isEqualTo("hi");
      assertThat(reader.next()).isNull();
    }
  }

  @Test
  void readsOtherEncodings() throws IOException {
    String text = paragraphs(50, 7).replace("𝄞", "ß");
    Charset latin1 = StandardCharsets.ISO_8859_1;
    assertThat(bodies(chunks(text.getBytes(latin1), 0, latin1, 100, 10))).isEqualTo(text);
    Charset utf16 = StandardCharsets.UTF_16LE;
    assertThat(bodies(chunks(text.getBytes(utf16), 5, utf16, 100, 10))).isEqualTo(text);
  }

  @Test
  void badByteStopsReadingAndNamesItsOffset() {
    byte[] bytes = ("ok line\n\n".repeat(50) + "caf\u00e9").getBytes(UTF_8);
    bytes[bytes.length - 2] = (byte) 0xe9; // Latin-1 é followed by a lone continuation byte
    assertThatThrownBy(() -> chunks(bytes, 0, UTF_8, 64, 8))
        .isInstanceOfSatisfying(
            UndecodableInputException.class,
            e -> {
              assertThat(e.byteOffset()).isEqualTo(bytes.length - 2);
              assertThat(e.charsetName()).isEqualTo("UTF-8");
              assertThat(e.suggestion()).isEqualTo("windows-1252");
            });
  }

  @Test
  void incompleteCharacterAtTheEndIsABadByte() {
    byte[] bytes = {'a', 'b', (byte) 0xe2, (byte) 0x82};
    assertThatThrownBy(() -> chunks(bytes, 0, UTF_8, 64, 8))
        .isInstanceOfSatisfying(
            UndecodableInputException.class, e -> assertThat(e.byteOffset()).isEqualTo(2));
  }

  @Test
  void nulByteStopsReadingAndNamesItsOffset() {
    byte[] bytes = "text\n\n".repeat(100).getBytes(UTF_8);
    bytes[450] = 0;
    assertThatThrownBy(() -> chunks(bytes, 100, UTF_8, 64, 8))
        .isInstanceOfSatisfying(
            BinaryInputException.class, e -> assertThat(e.byteOffset()).isEqualTo(450));
  }

  @Test
  void bytesReadCountsFromTheStartOfTheInput() throws IOException {
    byte[] bytes = paragraphs(100, 8).getBytes(UTF_8);
    try (TextChunks reader =
        new TextChunks(
            java.util.Arrays.copyOf(bytes, 10),
            0,
            new ByteArrayInputStream(bytes, 10, bytes.length - 10),
            UTF_8,
            false,
            200,
            20)) {
      while (reader.next() != null) {
        assertThat(reader.bytesRead()).isBetween(1L, (long) bytes.length);
      }
      assertThat(reader.bytesRead()).isEqualTo(bytes.length);
    }
  }
}
