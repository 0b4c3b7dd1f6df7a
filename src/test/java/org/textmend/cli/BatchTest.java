package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textmend.fixers.whitespace.WhitespaceFixer;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.JsonLinesCleanerTest;

/**
 * Batches through {@link Main#run}: inputs streamed in chunks, JSON Lines, the report, parallel
 * jobs.
 */
class BatchTest {

  @TempDir Path dir;

  record Result(int code, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, UTF_8);
    }
  }

  /** Replaces "hello" (a local fix), plus the stub header fixer and the real whitespace fixer. */
  private static final class ShoutProvider implements FixerProvider {
    @Override
    public String name() {
      return "shout";
    }

    @Override
    public String summary() {
      return "Replaces hello with HELLO";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new Fixer() {
        @Override
        public String name() {
          return "shout";
        }

        @Override
        public List<Edit> edits(String text) {
          List<Edit> edits = new ArrayList<>();
          for (int at = text.indexOf("hello"); at >= 0; at = text.indexOf("hello", at + 5)) {
            edits.add(new Edit(at, at + 5, "HELLO"));
          }
          return edits;
        }
      };
    }
  }

  private static final FixerRegistry REGISTRY =
      new FixerRegistry(
          List.of(
              new ShoutProvider(),
              new JsonLinesCleanerTest.StubHeaderFixer.Provider(),
              new WhitespaceFixer.Provider()));

  private static Result run(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            REGISTRY,
            new ByteArrayInputStream(stdin),
            out,
            err,
            false,
            List.of(JsonLinesCleanerTest.STUB_SOURCE),
            args);
    return new Result(code, out.toByteArray(), err.toString(UTF_8));
  }

  private static Result run(String... args) {
    return run(new byte[0], args);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, content, UTF_8);
  }

  /**
   * A document of untidy paragraphs: a header at the top (which the stub header fixer removes),
   * more lines that look like headers further down (which it must leave), runs of spaces, several
   * kinds of blank lines, mixed line endings, trailing spaces.
   */
  private static String document(int paragraphs, long seed) {
    Random random = new Random(seed);
    String[] separators = {"\n\n", "\n\n\n\n", "\n  \n", "\r\n\r\n", "\n\t\n"};
    StringBuilder text = new StringBuilder("HEADER The title | 2024-01-01\nThe title\n\n");
    for (int p = 0; p < paragraphs; p++) {
      if (random.nextInt(10) == 0) {
        text.append("HEADER not a header | here\n");
      }
      int lines = 1 + random.nextInt(5);
      for (int l = 0; l < lines; l++) {
        text.append(random.nextInt(4) == 0 ? "say hello  to" : "say hello to");
        text.append(" paragraph ").append(p).append(", line ").append(l);
        text.append(random.nextBoolean() ? "  " : "").append(l + 1 < lines ? "\n" : "");
      }
      text.append(separators[random.nextInt(separators.length)]);
    }
    return text.toString();
  }

  // ---- large inputs in chunks

  @Test
  void fileLargerThanTheChunkSizeComesOutAsIfCleanedWhole() throws IOException {
    Path file = write("big.txt", document(3000, 1));
    assertThat(Files.size(file)).isGreaterThan(100_000);
    Result whole = run("--chunk-size", "1M", file.toString());
    Result chunked = run("--chunk-size", "4K", file.toString());
    assertThat(whole.code()).isZero();
    assertThat(chunked.code()).isZero();
    assertThat(chunked.out()).isEqualTo(whole.out());
    assertThat(whole.out()).startsWith("The title\nThe title\n\nsay HELLO to paragraph 0");
    assertThat(whole.out()).contains("HEADER not a header | here");
  }

  @Test
  void explainLinesOfAChunkedFileAreThoseOfTheWholeFileChunkByChunk() throws IOException {
    Path file = write("big.txt", document(1500, 2));
    Result whole = run("--explain", "--chunk-size", "1M", file.toString());
    Result chunked = run("--explain", "--jobs", "3", "--chunk-size", "2K", file.toString());
    // the same lines; a whole file lists them fixer by fixer, a chunked one chunk by chunk
    assertThat(chunked.err().lines().sorted().toList())
        .isEqualTo(whole.err().lines().sorted().toList());
    assertThat(whole.err().lines().count()).isGreaterThan(1500);
  }

  @Test
  void standardInputLargerThanTheChunkSizeIsStreamed() {
    String text = document(2000, 3);
    Result whole = run(text.getBytes(UTF_8), "--chunk-size", "1M");
    Result chunked = run(text.getBytes(UTF_8), "--chunk-size", "1K", "--jobs", "2");
    assertThat(chunked.out()).isEqualTo(whole.out());
    assertThat(chunked.code()).isZero();
  }

  @Test
  void chunkedOutputIsTheSameWithAnyNumberOfJobs() throws IOException {
    Path file = write("big.txt", document(2000, 4));
    Result one = run("--jobs", "1", "--chunk-size", "2K", file.toString());
    Result four = run("--jobs", "4", "--chunk-size", "2K", file.toString());
    assertThat(four.out()).isEqualTo(one.out());
  }

  @Test
  void chunkedInPlaceRewritesAChangedFile() throws IOException {
    String text = document(1000, 5);
    Path file = write("big.txt", text);
    String expected = run("--chunk-size", "1M", file.toString()).out();
    Result result = run("--in-place", "--backup", ".orig", "--chunk-size", "2K", file.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.readString(file, UTF_8)).isEqualTo(expected);
    assertThat(Files.readString(dir.resolve("big.txt.orig"), UTF_8)).isEqualTo(text);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(2); // no temporary file left
    }
  }

  @Test
  void chunkedInPlaceLeavesACleanFileUntouched() throws IOException {
    Path file = write("clean.txt", "A clean paragraph.\n\n".repeat(500).strip() + "\n");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(file, old);
    Result result = run("--in-place", "--chunk-size", "1K", file.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
  }

  @Test
  void chunkedCheckAndOutputDir() throws IOException {
    Path file = write("in/big.txt", document(800, 6));
    Path clean = write("in/clean.txt", "Fine.\n\n".repeat(800).strip() + "\n");
    Result check = run("--check", "--chunk-size", "1K", file.toString(), clean.toString());
    assertThat(check.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(check.out()).isEqualTo(file + "\n");
    Result mirror =
        run("--output-dir", dir.resolve("out").toString(), "--chunk-size", "1K", dir + "/in");
    assertThat(mirror.code()).isZero();
    assertThat(Files.readString(dir.resolve("out/big.txt"), UTF_8))
        .isEqualTo(run("--chunk-size", "1M", file.toString()).out());
    assertThat(Files.readString(dir.resolve("out/clean.txt"), UTF_8))
        .isEqualTo(Files.readString(clean, UTF_8));
  }

  @Test
  void badByteFarIntoAChunkedFileFailsItAndLeavesItUntouched() throws IOException {
    byte[] bytes = ("Some  text.\n\n".repeat(1000) + "caf\u00e9\n").getBytes(UTF_8);
    bytes[bytes.length - 3] = (byte) 0xe9;
    Path file = dir.resolve("bad.txt");
    Files.write(file, bytes);
    Result result = run("--in-place", "--chunk-size", "1K", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ": not valid UTF-8 at byte "
                + (bytes.length - 3)
                + ". Try --encoding=windows-1252.\n");
    assertThat(Files.readAllBytes(file)).isEqualTo(bytes);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(1);
    }
  }

  @Test
  void characterTheOutputEncodingCannotHoldFarIntoAChunkedFileIsReportedWhereItIs()
      throws IOException {
    Path file = write("euro.txt", "Fine line.\n\n".repeat(300) + "Price 5 \u20ac\n");
    Path out = dir.resolve("out.txt");
    Result result =
        run(
            "--output-encoding",
            "ISO-8859-1",
            "--chunk-size",
            "1K",
            "-o",
            out.toString(),
            file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ": cannot write U+20AC at 601:9 of the cleaned text in ISO-8859-1. Try"
                + " --output-encoding=UTF-8.\n");
    assertThat(out).doesNotExist();
  }

  @Test
  void chunkedFileKeepsItsByteOrderMarkAndEncoding() throws IOException {
    String text = "\uFEFF" + "Gr\u00fc\u00dfe  aus K\u00f6ln.\n\n".repeat(300);
    Path file = dir.resolve("latin.txt");
    Files.write(file, text.getBytes(UTF_8));
    Result result = run("--chunk-size", "1K", file.toString());
    assertThat(result.out())
        .isEqualTo(
            "\uFEFF"
                + "Gr\u00fc\u00dfe aus K\u00f6ln.\n\n".repeat(299)
                + "Gr\u00fc\u00dfe aus K\u00f6ln.\n");
  }

  @Test
  void chunksInFlightFollowTheJobsUntilTheHeapIsTheLimit() {
    long mega = 1 << 20;
    assertThat(Batch.partsInFlight(2, 1 << 20, 4096 * mega)).isEqualTo(3);
    assertThat(Batch.partsInFlight(8, 1 << 20, 256 * mega)).isEqualTo(2);
    assertThat(Batch.partsInFlight(2, 16 << 20, 256 * mega)).isEqualTo(1);
  }

  @Test
  void chunkSizeMustBeASize() {
    Result result = run("--chunk-size", "lots");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith("textmend: --chunk-size must be between 1K and 1G (e.g. 4M, 512K), not 'lots'");
  }

  // ---- JSON Lines

  @Test
  void jsonLinesFromStandardInput() {
    String in = "{\"id\": 1, \"text\": \"say  hello\"}\n{\"id\": 2, \"text\": \"fine\"}\n";
    Result result = run(in.getBytes(UTF_8), "--jsonl");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo("{\"id\": 1, \"text\": \"say HELLO\"}\n{\"id\": 2, \"text\": \"fine\"}\n");
  }

  @Test
  void jsonLinesWithAMalformedLineExitsThreeAfterWritingEverything() throws IOException {
    Path file = write("a.jsonl", "{\"text\": \"a  b\"}\n{oops\n{\"text\": \"c\"}\n");
    Result result = run("--jsonl", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.out()).isEqualTo("{\"text\": \"a b\"}\n{oops\n{\"text\": \"c\"}\n");
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + file
                + ":2:2: not a JSON object (expected a string). The line was passed through"
                + " unchanged.\n");
  }

  @Test
  void jsonLinesLargerThanTheChunkSizeAreStreamedWithTheSameResult() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      lines.append("{\"n\": ").append(i).append(", \"text\": \"line  ").append(i).append("\"}\n");
      if (i == 1234) {
        lines.append("broken\n");
      }
    }
    Path file = write("big.jsonl", lines.toString());
    Result whole = run("--jsonl", "--chunk-size", "1M", file.toString());
    Result streamed = run("--jsonl", "--jobs", "3", "--chunk-size", "1K", file.toString());
    assertThat(streamed.out()).isEqualTo(whole.out());
    assertThat(streamed.err()).isEqualTo(whole.err()).contains(file + ":1236:1: not a JSON");
    assertThat(whole.out()).contains("{\"n\": 2999, \"text\": \"line 2999\"}\n");
  }

  @Test
  void jsonLinesCleanTheNamedFieldsAndExtractMetadata() {
    String in = "{\"body\": \"HEADER Storm | 2021-04-02\\nText  here.\", \"text\": \"a  b\"}\n";
    Result result = run(in.getBytes(UTF_8), "--jsonl", "--field", "body", "--extract-metadata");
    assertThat(result.out())
        .isEqualTo(
            "{\"body\": \"Storm\\nText here.\", \"text\": \"a  b\", \"title\": \"Storm\","
                + " \"date\": \"2021-04-02\"}\n");
  }

  @Test
  void jsonLinesOptionsNeedJsonLines() {
    assertThat(run("--field", "body").err())
        .startsWith("textmend: --field works only with --jsonl");
    assertThat(run("--extract-metadata").err())
        .startsWith("textmend: --extract-metadata works only with --jsonl");
    assertThat(run("--jsonl", "--diff").code()).isEqualTo(ExitCodes.USAGE);
    assertThat(run("--jsonl", "--encoding", "latin1").err())
        .startsWith("textmend: JSON Lines are UTF-8");
  }

  @Test
  void extractMetadataWithoutAHeaderReaderIsAUsageError() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(
            REGISTRY,
            InputStream0.EMPTY,
            new ByteArrayOutputStream(),
            err,
            false,
            List.of(),
            "--jsonl",
            "--extract-metadata");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString(UTF_8))
        .startsWith(
            "textmend: --extract-metadata needs the breadcrumbs fixer, which this build of"
                + " textmend does not have");
  }

  /** An empty standard input. */
  private static final class InputStream0 {
    static final ByteArrayInputStream EMPTY = new ByteArrayInputStream(new byte[0]);
  }

  // ---- report and summary

  @Test
  void reportListsEachInputInOrderWithItsEditsAndErrors() throws IOException {
    Path a = write("a.txt", "say hello  there\n");
    Path b = write("b.txt", "clean\n");
    Path missing = dir.resolve("missing.txt");
    Path report = dir.resolve("report.json");
    Result result =
        run(
            "--check",
            "--jobs",
            "2",
            "--report",
            report.toString(),
            a.toString(),
            missing.toString(),
            b.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    String json =
        Files.readString(report, UTF_8).replaceAll("\"seconds\": [0-9.]+", "\"seconds\": 0");
    assertThat(json)
        .isEqualTo(
            "{\n  \"files\": [\n"
                + "    {\"path\": \""
                + a
                + "\", \"status\": \"changed\", \"bytes\": 17, \"encoding\": \"UTF-8\","
                + " \"edits\": {\"shout\": 1, \"whitespace\": 1}, \"errors\": []},\n"
                + "    {\"path\": \""
                + missing
                + "\", \"status\": \"failed\", \"bytes\": 0, \"edits\": {}, \"errors\":"
                + " [{\"message\": \"no such file or directory. Check the path.\"}]},\n"
                + "    {\"path\": \""
                + b
                + "\", \"status\": \"unchanged\", \"bytes\": 6, \"encoding\": \"UTF-8\","
                + " \"edits\": {}, \"errors\": []}\n"
                + "  ],\n"
                + "  \"errors\": [],\n"
                + "  \"summary\": {\"files\": 3, \"changed\": 1, \"unchanged\": 1, \"failed\": 1,"
                + " \"bytes\": 23, \"seconds\": 0, \"edits\": {\"shout\": 1, \"whitespace\": 1},"
                + " \"furniture\": {\""
                + a.getParent()
                + "\": {\"documents\": 2, \"with_furniture\": 0, \"lines\": 0,"
                + " \"characters\": 0}}}\n"
                + "}\n");
  }

  @Test
  void reportOfJsonLinesCountsLinesAndNamesMalformedOnes() throws IOException {
    Path file = write("a.jsonl", "{\"text\": \"a  b\"}\n[1]\n");
    Path report = dir.resolve("r.json");
    run("--jsonl", "--report", report.toString(), file.toString());
    assertThat(Files.readString(report, UTF_8))
        .contains(
            "\"status\": \"changed\", \"bytes\": 21, \"encoding\": \"UTF-8\", \"lines\": 2,"
                + " \"edits\": {\"whitespace\": 1}, \"errors\": [{\"line\": 2, \"message\":"
                + " \"column 1: not a JSON object (expected '{'). The line was passed through"
                + " unchanged.\"}]}");
  }

  @Test
  void unwritableReportIsAUsageErrorBeforeAnythingIsDone() throws IOException {
    Path input = write("a.txt", "a  b\n");
    Result result =
        run(
            "--in-place",
            "--report",
            dir.resolve("no/such/dir/r.json").toString(),
            input.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: cannot write the report ");
    assertThat(Files.readString(input, UTF_8)).isEqualTo("a  b\n");
  }

  @Test
  void verboseSummaryCountsBytesAndEditsByFixerInRunningOrder() throws IOException {
    Path a = write("a.txt", "hello  hello\n");
    Path b = write("b.txt", "x  \n");
    Result result = run("--verbose", "--check", a.toString(), b.toString());
    List<String> lines = result.err().lines().toList();
    assertThat(lines.get(2))
        .startsWith("textmend: 2 files: 2 changed, 0 unchanged, 0 failed (0.00 MB in ");
    assertThat(lines.get(3)).isEqualTo("textmend: edits: shout 2 whitespace 2");
  }

  @Test
  void manyFilesInParallelKeepOrderAndReportIdentically() throws IOException {
    List<String> args = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      args.add(write("f" + i + ".txt", (i % 3 == 0 ? "hello  " : "fine ") + i + "\n").toString());
    }
    List<String> one = new ArrayList<>(List.of("--jobs", "1", "--report", dir + "/r1.json"));
    one.addAll(args);
    List<String> many = new ArrayList<>(List.of("--jobs", "5", "--report", dir + "/r5.json"));
    many.addAll(args);
    Result serial = run(one.toArray(String[]::new));
    Result parallel = run(many.toArray(String[]::new));
    assertThat(parallel.out()).isEqualTo(serial.out());
    String seconds = "\"seconds\": [0-9.]+";
    assertThat(Files.readString(dir.resolve("r5.json")).replaceAll(seconds, ""))
        .isEqualTo(Files.readString(dir.resolve("r1.json")).replaceAll(seconds, ""));
  }
}
