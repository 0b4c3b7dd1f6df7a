package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The single-page furniture rules of {@link BoilerplateFixer} (read by shape, see {@code
 * PageFurniture}): what goes from the top and the end of a page without a batch to learn from, and
 * what must stay.
 */
class PageFurnitureTest {

  private final BoilerplateFixer fixer = new BoilerplateFixer();

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  /** A page that reads as no furniture: the fixer leaves it as it is. */
  private void assertKept(String page) {
    assertThat(fixer.edits(page)).isEmpty();
  }

  private static final String BODY =
      "Thick fog closed the harbour of Lakeside on Tuesday, and the morning ferries stayed in"
          + " port.\n\nThe harbour master said the boats would sail again once the fog lifted,"
          + " perhaps by noon.\n";

  @Test
  void removesTheTopAndEndFurnitureOfAMadeUpSite() {
    String page =
        " date 2021-03-04 Lakeside Courier :: Weather :: Fog closes the harbour\n"
            + "Home :: Weather :: Roads :: Boats :: Letters\n"
            + "Markets :: Schools :: Gardens\n"
            + "+A -A\n"
            + "14 Comments\n"
            + "Hot Right Now\n"
            + "Gull census finds fewer birds Town hall clock stops again Baker wins county"
            + " prize Bridge repairs to start in May\n"
            + "FOG CLOSES THE HARBOUR\n"
            + "Fog closes the harbour\n"
            + "FacebookTwitterEmail\n\n"
            + BODY
            + "\nWas this story worth your time?\n"
            + "Tap a star to vote!\n"
            + "Average score 4.2 / 5 (31 votes)\n"
            + "Keep reading\n"
            + "Gull census finds fewer birds\n"
            + "Town hall clock stops again\n"
            + "'No plans' for a second bridge\n"
            + "© 2021 Lakeside Courier\n";
    assertThat(fix(page)).isEqualTo("Fog closes the harbour\n" + BODY);
  }

  @Test
  void removesMenusWithAnySeparator() {
    for (String separator : new String[] {" | ", " / ", " - ", " » ", " · ", " :: "}) {
      String menu = String.join(separator, "News", "Sport", "Local Life", "Contact");
      assertThat(fix(menu + "\nLogin / Register\nFog closes the harbour\n\n" + BODY))
          .as(separator)
          .isEqualTo("Fog closes the harbour\n\n" + BODY);
    }
  }

  @Test
  void removesACrawlStampWhoseSeparatorsDiffer() {
    String page =
        "Harbour Post :: Weather - Fog closes the harbour - again\n"
            + "Share\n"
            + "Fog closes the harbour - again\n\n"
            + BODY;
    assertThat(fix(page)).isEqualTo("Fog closes the harbour - again\n\n" + BODY);
  }

  @Test
  void removesAnInlineScriptFromAPageOfProse() {
    String page =
        "Fog closes the harbour\n\n"
            + BODY
            + "(function(d, s, id){\n"
            + "var js, first = d.getElementsByTagName(s)[0];\n"
            + "if (d.getElementById(id)) {return;}\n"
            + "js = d.createElement(s); js.id = id;\n"
            + "first.parentNode.insertBefore(js, first);\n"
            + "}(document, 'script', 'widget-loader'));\n"
            + "\nThe ferries are expected to run to the usual timetable tomorrow.\n";
    assertThat(fix(page))
        .isEqualTo(
            "Fog closes the harbour\n\n"
                + BODY
                + "The ferries are expected to run to the usual timetable tomorrow.\n");
  }

  @Test
  void removesJsonLdAndStyleRulesFromAPageOfProse() {
    String page =
        "Fog closes the harbour\n\n"
            + BODY
            + "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}\n"
            + ".share-bar { display: none; }\n"
            + "(function(d){ var js = d.createElement('script'); d.body.appendChild(js); }(document));\n"
            + "!function(w, d){\n"
            + "var tag = d.createElement('script');\n"
            + "d.head.appendChild(tag);\n"
            + "}(window, document);\n"
            + "window.onWidgetReady = function() {\n"
            + "Widget.start({ id: 'harbour' });\n"
            + "};\n";
    assertThat(fix(page)).isEqualTo("Fog closes the harbour\n\n" + BODY);
  }

  @Test
  void keepsTheCodeSamplesOfAProgrammingArticle() {
    String page =
        "Loading a widget without blocking the page\n\n"
            + "The usual trick wraps the loader in a function that runs at once, so that its"
            + " names do not leak.\n\n"
            + "var total = 0;\n"
            + "(function(d, s, id){\n"
            + "var js = d.createElement(s); js.id = id;\n"
            + "d.head.appendChild(js);\n"
            + "}(document, 'script', 'loader'));\n\n"
            + "Each call creates one element, which the browser then fetches in the background.\n";
    assertKept(page);
  }

  @Test
  void keepsAPoemWithARefrain() {
    String poem =
        "The Tide Comes In\n\n"
            + "The tide comes in\nThe gulls fly low\n\n"
            + "The tide comes in\nThe boats must go\n\n"
            + "The tide comes in\nThe tide comes in\n";
    assertKept(poem);
  }

  @Test
  void keepsLegalTextWithRepeatedClauses() {
    String legal =
        "Terms of hire\n\n"
            + "Subject to clause 4, the hirer shall return the boat by six in the evening.\n\n"
            + "Subject to clause 4, the hirer shall return the boat by six in the evening.\n\n"
            + "The owner may keep the deposit where the boat is returned damaged.\n";
    assertKept(legal);
  }

  @Test
  void keepsTheShortQuestionsOfAnFaqPage() {
    String faq =
        "Harbour permits\n"
            + "How do I renew my permit?\n"
            + "You can renew it at the harbour office or by post, up to a month before it"
            + " runs out.\n"
            + "Can I moor overnight?\n"
            + "Yes, at the east pier, for a fee that is set each spring by the council.\n"
            + "Who do I call?\n"
            + "The harbour office, which is open on weekdays.\n";
    assertKept(faq);
  }

  @Test
  void keepsAListOfItemsThatEndsAnArticle() {
    String article =
        "Cup draw made\n\n"
            + "The draw for the county cup was made on Friday, and the holders face a long"
            + " trip.\n\n"
            + "Fixtures\n"
            + "Northport v Eastham\n"
            + "Lakeside v Westmere\n"
            + "Southby v Old Quay\n";
    assertKept(article);
  }

  @Test
  void keepsTheTitleWhenItIsThePageOnlyShortLine() {
    String page = "Fog\nShare this article\n\n" + BODY;
    assertThat(fix(page)).isEqualTo("Fog\n" + BODY);
  }

  @Test
  void keepsSentencesAndTitlesThatLookLikeFurniture() {
    String page =
        "Channel 4 ratings rise\n"
            + "Budget day - what it means for you\n\n"
            + "She shared the news on Facebook and Twitter before the council met.\n\n"
            + "Viewers gave the show 4 out of 5 in a poll, the best rating it has had.\n";
    assertKept(page);
  }
}
