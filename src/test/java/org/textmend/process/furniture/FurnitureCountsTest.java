package org.textmend.process.furniture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FurnitureCountsTest {

  @Test
  void countsDocumentsPerSourceOncePerDocument() {
    FurnitureCounts counts = new FurnitureCounts();
    counts.addDocument("a", "Menu\nFirst story.\nMenu\n");
    counts.addDocument("a", "Menu\nSecond story.\n");
    counts.addDocument("b", "Menu\nThird story.\n");
    assertThat(counts.documents("a")).isEqualTo(2);
    assertThat(counts.count("a", "menu")).isEqualTo(2);
    assertThat(counts.count("b", "MENU")).isEqualTo(1);
    assertThat(counts.count("a", "Third story.")).isZero();
    assertThat(counts.sources()).containsExactly("a", "b");
  }

  @Test
  void readsEveryKindOfLineBreak() {
    FurnitureCounts counts = new FurnitureCounts();
    counts.addDocument("a", "Menu\r\nStory one.\rFooter line");
    assertThat(counts.count("a", "Story one.")).isEqualTo(1);
    assertThat(counts.count("a", "Footer line")).isEqualTo(1);
  }

  @Test
  void mergesTheCountsOfAnotherTable() {
    FurnitureCounts left = new FurnitureCounts();
    FurnitureCounts right = new FurnitureCounts();
    left.addDocument("a", "Menu\nOne.\n");
    right.addDocument("a", "Menu\nTwo.\n");
    right.addDocument("c", "Menu\nThree.\n");
    left.merge(right);
    assertThat(left.documents("a")).isEqualTo(2);
    assertThat(left.count("a", "Menu")).isEqualTo(2);
    assertThat(left.documents("c")).isEqualTo(1);
  }

  @Test
  void staysWithinItsCapOverManyDocumentsAndKeepsWhatRecurs() {
    FurnitureCounts counts = new FurnitureCounts(1000);
    for (int doc = 0; doc < 5000; doc++) {
      counts.addDocument(
          "site", "Home / World / Sport\nStory " + Integer.toHexString(doc * 7919) + " here\n");
      assertThat(counts.size()).isLessThanOrEqualTo(1000);
    }
    assertThat(counts.evictionFloor()).isPositive();
    assertThat(counts.count("site", "Home / World / Sport")).isEqualTo(5000);
  }

  @Test
  void refusesATinyCap() {
    assertThatThrownBy(() -> new FurnitureCounts(3)).isInstanceOf(IllegalArgumentException.class);
  }
}
