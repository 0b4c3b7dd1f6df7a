package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Learning furniture from a batch, writing it with {@code learn}, applying it with --furniture. */
class LearnedFurnitureCliTest {

  @TempDir Path dir;

  private static final String[] PLACES = {
    "north quay", "south quay", "old lighthouse", "fish market", "ferry ramp", "dry dock",
    "pilot station", "marina", "breakwater", "harbour office", "chandlery", "boat yard"
  };

  record Result(int code, String out, String err) {}

  private static Result run(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new ByteArrayInputStream(stdin.getBytes(UTF_8)), out, err, args);
    return new Result(code, out.toString(UTF_8), err.toString(UTF_8));
  }

  private static String page(String place) {
    return "Home / Port / Weather / Events\nWeekend Edition\n"
        + "Work starts at the "
        + place
        + "\n\nThe harbour master said the work at the "
        + place
        + " would take a week.\n\nRelated\nTide tables\nSailing times\n© 2024 Harbour Daily\n";
  }

  private Path site() throws IOException {
    Path folder = dir.resolve("site");
    Files.createDirectories(folder);
    for (int i = 0; i < PLACES.length; i++) {
      Files.writeString(folder.resolve("page" + (char) ('a' + i) + ".txt"), page(PLACES[i]));
    }
    return folder;
  }

  private static String cleaned(String place) {
    return "Work starts at the "
        + place
        + "\n\nThe harbour master said the work at the "
        + place
        + " would take a week.\n";
  }

  @Test
  void aBatchLearnsItsFurnitureFirst() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    Result result = run("", "--output-dir", out.toString(), site.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.readString(out.resolve("pagea.txt"))).isEqualTo(cleaned(PLACES[0]));
  }

  @Test
  void noLearnLeavesTheFurnitureNoRuleKnows() throws IOException {
    Path site = site();
    Path out = dir.resolve("out");
    run("", "--no-learn", "--output-dir", out.toString(), site.toString());
    assertThat(Files.readString(out.resolve("pagea.txt"))).contains("Weekend Edition\n");
  }

  @Test
  void learnWritesAProfileThatCleansStandardInput() throws IOException {
    Path profile = dir.resolve("site.furniture");
    Result learned = run("", "learn", "-o", profile.toString(), site().toString());
    assertThat(learned.code()).isZero();
    assertThat(learned.err()).contains("learned").contains("1 sources");
    assertThat(Files.readString(profile))
        .startsWith("textmend-furniture 1\n")
        .contains("\tWeekend Edition\n");
    Result result = run(page("crane berth"), "--furniture", profile.toString());
    assertThat(result.out()).isEqualTo(cleaned("crane berth"));
  }

  @Test
  void explainNamesTheReason() throws IOException {
    Path out = dir.resolve("out");
    Result result = run("", "--explain", "--output-dir", out.toString(), site().toString());
    assertThat(result.err())
        .contains(
            "learned-furniture \"Weekend Edition\\n\" → \"\" (learned: 12 of 12 documents of ");
  }

  @Test
  void filesLargerThanAChunkAreNotCountedAsPages() throws IOException {
    Path site = site();
    // Three of the twelve pages grow past the chunk size: nine pages are fewer than the ten that
    // make a line furniture, so nothing is learned.
    String padding = "The tide came in slowly over the mud flats all afternoon.\n\n".repeat(40);
    for (String name : new String[] {"pagea.txt", "pageb.txt", "pagec.txt"}) {
      Path page = site.resolve(name);
      Files.writeString(page, Files.readString(page) + padding);
    }
    Path out = dir.resolve("out");
    Result result = run("", "--chunk-size", "2K", "--output-dir", out.toString(), site.toString());
    assertThat(result.code()).isZero();
    assertThat(Files.readString(out.resolve("paged.txt"))).contains("Weekend Edition\n");
    assertThat(Files.readString(out.resolve("pagea.txt"))).contains("Weekend Edition\n");
  }

  @Test
  void theFirstPassAlsoLearnsTheWordPairsOfTheBatch() throws IOException {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    String page =
        "The harbour board met on Tuesday evening to discuss the repairs to the northern pier,"
            + " which was damaged during the winter storms. Several members argued that the work"
            + " should wait until the spring, when the weather would be calmer and the costs"
            + " lower. Others pointed out that the port changed itsbusiness practices and"
            + " depends on the pier every day, and that a delay would hurt the families who live"
            + " from the catch.\n";
    Files.writeString(batch.resolve("page.txt"), page);
    for (int i = 0; i < 30; i++) {
      Files.writeString(
          batch.resolve("other" + i + ".txt"),
          "The firm grew its business and changed its business practices in year " + i + ".\n");
    }
    Path learned = dir.resolve("learned");
    Path alone = dir.resolve("alone");
    run("", "--output-dir", learned.toString(), batch.toString());
    run("", "--no-learn", "--output-dir", alone.toString(), batch.toString());
    assertThat(Files.readString(learned.resolve("page.txt"))).contains("its business practices");
    assertThat(Files.readString(alone.resolve("page.txt"))).isEqualTo(page);
  }

  @Test
  void thresholdsAreSettable() throws IOException {
    Path out = dir.resolve("out");
    run("", "--furniture-min-docs", "13", "--output-dir", out.toString(), site().toString());
    assertThat(Files.readString(out.resolve("pagea.txt"))).contains("Weekend Edition\n");
    Result bad = run("", "--furniture-min-share", "2", "--output-dir", out.toString(), "x");
    assertThat(bad.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(bad.err()).contains("between 0 and 1");
  }

  private static String jsonLine(String url, String text) {
    return "{\"url\": \"" + url + "\", \"text\": \"" + text.replace("\n", "\\n") + "\"}\n";
  }

  @Test
  void groupByLearnsPerHostInJsonLines() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < PLACES.length; i++) {
      lines.append(jsonLine("https://www.harbour.example/a/" + i, page(PLACES[i])));
      lines.append(jsonLine("https://other.example/b/" + i, "Other story " + PLACES[i] + "\n"));
    }
    Path crawl = Files.writeString(dir.resolve("crawl.jsonl"), lines.toString());
    Result result = run("", "--jsonl", "--group-by", "url", crawl.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out().lines().findFirst().orElseThrow())
        .isEqualTo(jsonLine("https://www.harbour.example/a/0", cleaned(PLACES[0])).stripTrailing());
    assertThat(result.out()).contains("Other story north quay");
  }

  @Test
  void verboseAndReportSayHowMuchFurnitureEachSourceLost() throws IOException {
    Path site = site();
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.writeString(other.resolve("story.txt"), "A quiet day at the pier.\n");
    Path report = dir.resolve("report.json");
    Result result =
        run(
            "",
            "--verbose",
            "--report",
            report.toString(),
            "--output-dir",
            dir.resolve("out").toString(),
            site.toString(),
            other.toString());
    // Each page loses its menu, edition line, related list and copyright line in six edits.
    int removed = page(PLACES[0]).length() - cleaned(PLACES[0]).length();
    assertThat(result.err())
        .contains("textmend: furniture: " + site + ": 12 of 12 documents, 72 lines, ")
        .contains("textmend: furniture: " + other + ": 0 of 1 document, 0 lines, 0 characters");
    assertThat(Files.readString(report))
        .contains(
            "\"furniture\": {"
                + org.textmend.process.Json.quote(other.toString())
                + ": {\"documents\": 1, \"with_furniture\": 0, \"lines\": 0, \"characters\": 0},"
                + " "
                + org.textmend.process.Json.quote(site.toString())
                + ": {\"documents\": 12, \"with_furniture\": 12, \"lines\": 72,"
                + " \"characters\": "
                + 12 * removed
                + "}}");
  }

  @Test
  void groupByCountsTheFurnitureOfEachHost() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < PLACES.length; i++) {
      lines.append(jsonLine("https://www.harbour.example/a/" + i, page(PLACES[i])));
      lines.append(jsonLine("https://other.example/b/" + i, "Other story " + PLACES[i] + "\n"));
    }
    Path crawl = Files.writeString(dir.resolve("crawl.jsonl"), lines.toString());
    Result result = run("", "--verbose", "--jsonl", "--group-by", "url", crawl.toString());
    assertThat(result.err())
        .contains("textmend: furniture: harbour.example: 12 of 12 documents, 72 lines, ")
        .contains("textmend: furniture: other.example: 0 of 12 documents, 0 lines, 0 characters");
  }

  @Test
  void groupByNeedsJsonLines() {
    Result result = run("text\n", "--group-by", "url");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--group-by works only with --jsonl");
  }

  @Test
  void aProfileThatIsNoProfileIsAUsageError() throws IOException {
    Path file = Files.writeString(dir.resolve("not.furniture"), "hello\n");
    Result result = run("text\n", "--furniture", file.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("not a furniture profile");
  }
}
