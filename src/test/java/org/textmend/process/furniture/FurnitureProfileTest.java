package org.textmend.process.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class FurnitureProfileTest {

  /** Twelve pages of one made-up site, each with its menu and footer around its own story. */
  private static FurnitureCounts site(int pages) {
    FurnitureCounts counts = new FurnitureCounts();
    for (int i = 0; i < pages; i++) {
      counts.addDocument(
          "pages/harbour",
          "Home / Port / Weather\nLatest\nStory number "
              + Integer.toHexString(i * 31 + 7)
              + " of the tide.\nThe ferry sailed "
              + Integer.toHexString(i * 977)
              + " times in all.\n© 2024 Harbour Daily\n");
    }
    return counts;
  }

  @Test
  void learnsLinesThatRecurWithTheSameNeighbours() {
    FurnitureProfile profile = FurnitureProfile.learn(site(12), FurnitureThresholds.DEFAULTS);
    assertThat(profile.isFurniture("pages/harbour", "Home / Port / Weather")).isTrue();
    assertThat(profile.isFurniture("pages/harbour", "© 2019 harbour daily")).isTrue();
    assertThat(profile.isFurniture("pages/harbour", "The ferry sailed 3 times in all.")).isFalse();
    assertThat(profile.isFurniture("pages/other", "Home / Port / Weather")).isFalse();
    assertThat(profile.documents("pages/harbour")).isEqualTo(12);
  }

  @Test
  void survivesJavaSerializationAsASparkBroadcastNeedsIt() throws Exception {
    FurnitureProfile profile = FurnitureProfile.learn(site(12), new FurnitureThresholds(10, 0.5));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(profile);
    }
    FurnitureProfile copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (FurnitureProfile) in.readObject();
    }
    assertThat(copy.toText()).isEqualTo(profile.toText());
    assertThat(copy.thresholds()).isEqualTo(profile.thresholds());
  }

  @Test
  void learnsNothingBelowTheLeastNumberOfDocuments() {
    FurnitureProfile profile = FurnitureProfile.learn(site(9), FurnitureThresholds.DEFAULTS);
    assertThat(profile.isFurniture("pages/harbour", "Home / Port / Weather")).isFalse();
    assertThat(profile.knows("pages/harbour")).isFalse();
  }

  @Test
  void leavesALineThatRecursAmongStrangersUntilItIsVeryCommon() {
    // a headline that other pages quote, each time between different lines
    FurnitureCounts counts = new FurnitureCounts();
    for (int i = 0; i < 12; i++) {
      counts.addDocument("crawl", page(i));
    }
    FurnitureProfile profile = FurnitureProfile.learn(counts, FurnitureThresholds.DEFAULTS);
    assertThat(profile.isFurniture("crawl", "Ferry fares rise again")).isFalse();
    for (int i = 12; i < 20; i++) {
      counts.addDocument("crawl", page(i));
    }
    assertThat(
            FurnitureProfile.learn(counts, FurnitureThresholds.DEFAULTS)
                .isFurniture("crawl", "Ferry fares rise again"))
        .isTrue();
  }

  private static String page(int i) {
    char letter = (char) ('a' + i);
    return "Before " + letter + "\nFerry fares rise again\nAfter " + letter + letter + "\n";
  }

  @Test
  void appliesTheLeastShare() {
    FurnitureCounts counts = site(12);
    for (int i = 0; i < 100; i++) {
      counts.addDocument("pages/harbour", "Another page " + i + ".\n");
    }
    assertThat(
            FurnitureProfile.learn(counts, new FurnitureThresholds(10, 0.5))
                .isFurniture("pages/harbour", "Latest"))
        .isFalse();
    assertThat(
            FurnitureProfile.learn(counts, new FurnitureThresholds(10, 0.1))
                .isFurniture("pages/harbour", "Latest"))
        .isTrue();
  }

  @Test
  void roundTripsThroughTheTextFormat() throws IOException {
    FurnitureProfile profile = FurnitureProfile.learn(site(12), FurnitureThresholds.DEFAULTS);
    String text = profile.toText();
    assertThat(text).startsWith("textmend-furniture 1\n").contains("\tHome / Port / Weather\n");
    FurnitureProfile read =
        FurnitureProfile.read(new StringReader(text), FurnitureThresholds.DEFAULTS);
    assertThat(read.toText()).isEqualTo(text);
    assertThat(read.isFurniture("pages/harbour", "LATEST")).isTrue();
    assertThat(read.lines("pages/harbour")).isEqualTo(profile.lines("pages/harbour"));
  }

  @Test
  void stricterThresholdsDropLines() {
    FurnitureProfile profile = FurnitureProfile.learn(site(12), FurnitureThresholds.DEFAULTS);
    assertThat(
            profile
                .withThresholds(new FurnitureThresholds(13, 0))
                .isFurniture("pages/harbour", "Latest"))
        .isFalse();
  }

  @Test
  void refusesTextThatIsNoProfile() {
    assertThatThrownBy(
            () -> FurnitureProfile.read(new StringReader("hello\n"), FurnitureThresholds.DEFAULTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a furniture profile");
    assertThatThrownBy(
            () ->
                FurnitureProfile.read(
                    new StringReader("textmend-furniture 1\n0123456789abcdef\tx\ts\t\n"),
                    FurnitureThresholds.DEFAULTS))
        .hasMessageContaining("line 2");
  }

  @Test
  void refusesBadThresholds() {
    assertThatThrownBy(() -> new FurnitureThresholds(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FurnitureThresholds(5, 1.5))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
