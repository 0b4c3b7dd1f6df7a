package org.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final String ERASE = "\r\u001b[K";

  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final StringWriter screen = new StringWriter();
  private final Progress progress = new Progress(new PrintWriter(screen), now::get, true);

  private void after(double seconds) {
    now.addAndGet((long) (seconds * 1e9));
  }

  @Test
  void withNoColorDrawsAndErasesTheLineWithoutEscapeCodes() {
    // NO_COLOR asks a program for no escape codes: spaces over the line erase it instead.
    Progress plain = new Progress(new PrintWriter(screen), now::get, false);
    plain.start(1, -1);
    after(4);
    plain.bytesDone(2_000_000);
    plain.tick();
    plain.finish();
    String line = "textmend: 0/1 file, 2.0 MB, 0.5 MB/s";
    assertThat(screen.toString())
        .isEqualTo("\r" + line + "\r" + " ".repeat(line.length()) + "\r")
        .doesNotContain("\u001b");
  }

  @Test
  void showsNothingDuringTheFirstHalfSecond() {
    progress.start(10, 10_000_000);
    progress.bytesDone(1_000_000);
    after(0.4);
    progress.tick();
    progress.finish();
    assertThat(screen.toString()).isEmpty();
  }

  @Test
  void showsFilesMegabytesRateAndTimeLeft() {
    progress.start(10_000, 50_000_000);
    after(2);
    for (int i = 0; i < 120; i++) {
      progress.fileDone();
    }
    progress.bytesDone(10_000_000);
    progress.tick();
    assertThat(screen.toString())
        .isEqualTo(ERASE + "textmend: 120/10000 files, 10.0 of 50.0 MB, 5.0 MB/s, 0:08 left");
  }

  @Test
  void withoutKnownSizesShowsNoTimeLeft() {
    progress.start(1, -1);
    after(4);
    progress.bytesDone(2_000_000);
    progress.tick();
    assertThat(screen.toString()).isEqualTo(ERASE + "textmend: 0/1 file, 2.0 MB, 0.5 MB/s");
  }

  @Test
  void redrawsAtMostFiveTimesASecond() {
    progress.start(1, 100);
    after(1);
    progress.tick();
    after(0.1);
    progress.tick();
    after(0.15);
    progress.tick();
    assertThat(screen.toString().split("\r", -1)).hasSize(3);
  }

  @Test
  void redrawsSoonAfterAMessageErasedIt() {
    progress.start(1, 100);
    after(1);
    progress.tick();
    progress.clear();
    after(0.06);
    progress.tick();
    assertThat(screen.toString().split("\r", -1)).hasSize(4);
  }

  @Test
  void clearErasesTheLineOnlyWhenItIsShown() {
    progress.start(1, 100);
    progress.clear();
    assertThat(screen.toString()).isEmpty();
    after(1);
    progress.tick();
    progress.clear();
    assertThat(screen.toString()).endsWith("0 MB" + ERASE);
  }

  @Test
  void durationsReadLikeAClock() {
    assertThat(Progress.duration(7)).isEqualTo("0:07");
    assertThat(Progress.duration(754)).isEqualTo("12:34");
    assertThat(Progress.duration(3723)).isEqualTo("1:02:03");
  }
}
