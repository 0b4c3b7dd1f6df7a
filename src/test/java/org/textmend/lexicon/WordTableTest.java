package org.textmend.lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTableTest {

  private static final Map<String, Integer> WORDS =
      Map.of("harbour", 12, "ferry", 11, "Oslo", 9, "a", 22, "ceasefire", 0);

  private static int frequency(WordTable table, String slice) {
    char[] chars = ("  " + slice + "  ").toCharArray();
    return table.frequency(WordTable.hash(chars, 2, 2 + slice.length()));
  }

  @Test
  void findsEachWordWithItsClassAndNothingElse() {
    WordTable table = WordTable.of(WORDS);
    WORDS.forEach((word, frequency) -> assertThat(frequency(table, word)).isEqualTo(frequency));
    assertThat(frequency(table, "harbours")).isEqualTo(-1);
    assertThat(frequency(table, "oslo")).isEqualTo(-1);
    assertThat(frequency(table, "b")).isEqualTo(-1);
    assertThat(table.size()).isEqualTo(WORDS.size());
  }

  @Test
  void aLargeTableAnswersEveryWordFromItsSmallTableOfFrequentWordsOrItsMainOne() {
    // More words than the small table of frequent words holds, in every class, so that look-ups go
    // through the small table, the Bloom filter and the main table alike.
    Map<String, Integer> words = new HashMap<>();
    for (int i = 0; i < 20_000; i++) {
      words.put("w" + Integer.toString(i, 36), i % 23);
    }
    WordTable table = WordTable.of(words);

    words.forEach((word, frequency) -> assertThat(frequency(table, word)).isEqualTo(frequency));
    for (int i = 0; i < 20_000; i++) {
      assertThat(frequency(table, "x" + Integer.toString(i, 36))).isEqualTo(-1);
    }
  }

  @Test
  void lowerCaseHashFindsAWordWrittenWithCapitals() {
    WordTable table = WordTable.of(WORDS);
    char[] text = "FERRY".toCharArray();
    assertThat(table.frequency(WordTable.lowerHash(text, 0, text.length))).isEqualTo(11);
  }

  @Test
  void aTableReadBackAnswersAsTheTableWritten() throws IOException {
    Map<String, Integer> many = new HashMap<>(WORDS);
    for (int i = 0; i < 5000; i++) {
      many.put("word" + i, i % 23);
    }
    WordTable written = WordTable.of(many);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    written.write(out);
    WordTable read = WordTable.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.size()).isEqualTo(many.size());
    many.forEach((word, frequency) -> assertThat(frequency(read, word)).isEqualTo(frequency));
    assertThat(frequency(read, "word5000")).isEqualTo(-1);
  }

  @Test
  void aBuiltTableListsItsWordsAndAReadOneRefuses() throws IOException {
    WordTable table = WordTable.of(WORDS);
    Map<String, Integer> listed = new HashMap<>();
    table.forEach(listed::put);
    assertThat(listed).isEqualTo(WORDS);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    table.write(out);
    WordTable read = WordTable.read(new ByteArrayInputStream(out.toByteArray()));
    assertThatThrownBy(() -> read.forEach((word, frequency) -> {}))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void refusesAFileOfAnotherFormatOrCutShort() throws IOException {
    assertThatThrownBy(() -> WordTable.read(new ByteArrayInputStream(new byte[16])))
        .isInstanceOf(IOException.class);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WordTable.of(WORDS).write(out);
    byte[] bytes = out.toByteArray();
    byte[] cut = java.util.Arrays.copyOf(bytes, bytes.length - 5);
    assertThatThrownBy(() -> WordTable.read(new ByteArrayInputStream(cut)))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("truncated");
  }
}
