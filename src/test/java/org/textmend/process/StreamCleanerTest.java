package org.textmend.process;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.CharacterCodingException;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.textmend.TextMend;
import org.textmend.pipeline.ExplainedText;

class StreamCleanerTest {

  /** A pipeline of fixers that decide from a paragraph and its neighbours only. */
  private static final TextMend PARAGRAPH_LEVEL =
      TextMend.builder().fixers(List.of("whitespace", "html-entities", "invisible")).build();

  /** Small chunks, so that a text of a few kilobytes is cut many times. */
  private static final StreamCleaner SMALL_CHUNKS = new StreamCleaner(PARAGRAPH_LEVEL, 256, 64);

  /** Paragraphs with runs of spaces, entities, soft hyphens, mixed blank lines and endings. */
  private static String document(int paragraphs, long seed) {
    Random random = new Random(seed);
    String[] separators = {"\n\n", "\n\n\n\n", "\n  \n", "\r\n\r\n", "\n\t\n"};
    String[] words = {"harbour", "wall", "gives", "way", "caf&eacute;", "soft\u00ADhyphen", "a"};
    StringBuilder text = new StringBuilder();
    for (int p = 0; p < paragraphs; p++) {
      int length = 5 + random.nextInt(40);
      for (int w = 0; w < length; w++) {
        text.append(words[random.nextInt(words.length)]);
        text.append(random.nextInt(6) == 0 ? "   " : " ");
      }
      text.append(random.nextBoolean() ? "end.  " : "end.");
      text.append(separators[random.nextInt(separators.length)]);
    }
    return text.toString();
  }

  @Test
  void aReaderOfManyChunksGivesTheWholeTextCleaning() throws IOException {
    String text = document(60, 7);
    StringWriter out = new StringWriter();
    StreamCleaner.Result result = SMALL_CHUNKS.clean(new StringReader(text), out, null);
    ExplainedText whole = PARAGRAPH_LEVEL.explain(text);
    assertThat(result.chunks()).isGreaterThan(5);
    assertThat(out.toString()).isEqualTo(whole.text());
    assertThat(result.changed()).isTrue();
    assertThat(result.edits()).isEqualTo(whole.editCounts());
  }

  @Test
  void chunksCleanedInParallelComeOutInOrder() throws IOException {
    String text = document(80, 11);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ExecutorService executor = Executors.newFixedThreadPool(3);
    try {
      SMALL_CHUNKS.clean(new ByteArrayInputStream(text.getBytes(UTF_8)), UTF_8, out, executor);
    } finally {
      executor.shutdownNow();
    }
    assertThat(out.toString(UTF_8)).isEqualTo(PARAGRAPH_LEVEL.clean(text));
  }

  @Test
  void aCleanTextComesOutAsItWentIn() throws IOException {
    String text = "One clean paragraph.\n\nAnother one.\n";
    StringWriter out = new StringWriter();
    StreamCleaner.Result result = SMALL_CHUNKS.clean(new StringReader(text), out, null);
    assertThat(out.toString()).isEqualTo(text);
    assertThat(result.changed()).isFalse();
    assertThat(result.edits()).isEmpty();
  }

  @Test
  void aLoneSurrogateInAReaderFailsTheReading() {
    StringWriter out = new StringWriter();
    assertThatThrownBy(() -> SMALL_CHUNKS.clean(new StringReader("ab\uD800"), out, null))
        .isInstanceOf(CharacterCodingException.class);
  }

  @Test
  void aChunkSizeBelowSixteenIsRefused() {
    assertThatThrownBy(() -> new StreamCleaner(PARAGRAPH_LEVEL, 8, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
