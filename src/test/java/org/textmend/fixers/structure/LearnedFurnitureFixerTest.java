package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.FixerArgs;
import org.textmend.process.furniture.FurnitureCounts;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;

class LearnedFurnitureFixerTest {

  private static final String SOURCE = "pages/harbour";

  private static final String[] STORIES = {
    "Tide tables change", "Ferry strike ends", "Lighthouse repainted", "Gulls fill the quay",
    "Harbour wall mended", "Fish market opens early", "Pilot boat retired", "Crane lifts old hull",
    "Dredger starts work", "Sea fog delays sailings", "Marina fees frozen", "Buoy lights replaced"
  };

  /** One page of the made-up Harbour Daily: menus, a ticker, the story, a widget, related links. */
  private static String page(int i) {
    String title = STORIES[i % STORIES.length];
    return "Home / Port / Weather / Events\n"
        + "Latest\n"
        + STORIES[(i + 1) % STORIES.length]
        + " "
        + STORIES[(i + 2) % STORIES.length]
        + " "
        + STORIES[(i + 3) % STORIES.length]
        + " and more from the quay today\n"
        + title
        + "\n"
        + title
        + "\n\n"
        + "The harbour master said on Monday that the work on "
        + title.toLowerCase()
        + " would take a week.\n\n"
        + "Boats will use the north entrance until then, she told the council.\n\n"
        + "Was this useful?\nRate this story\n"
        + "More from Harbour Daily\n"
        + STORIES[(i + 5) % STORIES.length]
        + "\n"
        + STORIES[(i + 7) % STORIES.length]
        + "\n© 2024 Harbour Daily\n";
  }

  private static FurnitureProfile learned(List<String> pages) {
    FurnitureCounts counts = new FurnitureCounts();
    for (String page : pages) {
      counts.addDocument(SOURCE, page);
    }
    return FurnitureProfile.learn(counts, FurnitureThresholds.DEFAULTS);
  }

  private static List<String> site() {
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      pages.add(page(i));
    }
    return pages;
  }

  @Test
  void removesTheFurnitureOfTheSiteAroundTheStory() {
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(site()), SOURCE);
    assertThat(Apply.fix(fixer, page(0)))
        .isEqualTo(
            "Tide tables change\n\n"
                + "The harbour master said on Monday that the work on tide tables change would"
                + " take a week.\n\n"
                + "Boats will use the north entrance until then, she told the council.\n");
  }

  @Test
  void removesTheSameFurnitureFromANewPageOfTheSite() {
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(site()), SOURCE);
    String fresh = page(3).replace("council", "harbour board");
    assertThat(Apply.fix(fixer, fresh)).startsWith("Gulls fill the quay\n\nThe harbour master");
    assertThat(Apply.fix(fixer, fresh)).endsWith("she told the harbour board.\n");
  }

  @Test
  void namesTheReasonForARemovedLine() {
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(site()), SOURCE);
    assertThat(fixer.reason("Home / Port / Weather / Events"))
        .isEqualTo("learned: 12 of 12 documents of pages/harbour");
  }

  @Test
  void leavesACleanPageOfTheSameSourceAlone() {
    List<String> pages = site();
    String clean =
        "Ferry strike ends\n\nThe strike ended on Monday after talks.\n\n"
            + "Tide tables change\n\nWorkers return on Tuesday, the union said.\n";
    pages.add(clean);
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(pages), SOURCE);
    assertThat(fixer.edits(clean)).isEmpty();
  }

  @Test
  void keepsARefrainThatRecursInEveryPoemOfABook() {
    List<String> poems = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      poems.add(
          "Song of the "
              + STORIES[i]
              + "\n\n"
              + "The tide comes in and the tide goes out, and the sea keeps what it takes.\n"
              + "A line for the "
              + STORIES[i].toLowerCase()
              + " alone.\n"
              + "The tide comes in and the tide goes out, and the sea keeps what it takes.\n");
    }
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(poems), SOURCE);
    for (String poem : poems) {
      assertThat(fixer.edits(poem)).isEmpty();
    }
  }

  @Test
  void keepsRepeatedClausesOfLegalTextAndTheQuestionsOfAFaq() {
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      documents.add(
          "Lease for berth "
              + STORIES[i]
              + "\n\n"
              + "1. The tenant shall keep the berth clean and in good repair at all times.\n"
              + "2. The rent for "
              + STORIES[i].toLowerCase()
              + " is due monthly.\n"
              + "3. Either party may end this lease with one month of notice in writing.\n\n"
              + "Questions\nHow do I pay?\nBy bank transfer to the harbour office each month.\n");
    }
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(documents), SOURCE);
    for (String document : documents) {
      assertThat(Apply.fix(fixer, document)).contains("1. The tenant shall", "3. Either party");
    }
  }

  @Test
  void doesNothingForASourceTheProfileDoesNotKnow() {
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(site()), "pages/other");
    assertThat(fixer.edits(page(0))).isEmpty();
  }

  @Test
  void isIdempotent() {
    LearnedFurnitureFixer fixer = new LearnedFurnitureFixer(learned(site()), SOURCE);
    for (int i = 0; i < 12; i++) {
      String once = Apply.fix(fixer, page(i));
      assertThat(fixer.edits(once)).isEmpty();
    }
  }

  @Test
  void theRegisteredFixerHasNothingLearned() {
    var fixer =
        new LearnedFurnitureFixer.Provider()
            .create(new FixerArgs(LearnedFurnitureFixer.NAME, Map.of(), Lexicon.english()));
    assertThat(fixer.edits(page(0))).isEmpty();
  }
}
