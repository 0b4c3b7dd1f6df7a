package org.textmend.fixers.structure.furniture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-line shapes of page furniture, and lines of text that must not take them. */
class LineShapesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "News | Sport | Weather",
        "Home » World » Europe » Politics",
        "Local · Schools · Gardens · Our Letters",
        "Markets :: Boats :: Roads",
        "Login / Register"
      })
  void menus(String line) {
    assertThat(LineShapes.isMenu(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Budget day - what it means for you",
        "Pre-School Live Action - Harbour Tales",
        "Either / or",
        "North v South - report - pictures, and the reaction of both coaches"
      })
  void notMenus(String line) {
    assertThat(LineShapes.isMenu(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"FacebookTwitterWhatsapp", "PrintEmailPinterest", "telegramreddit"})
  void gluedShareButtons(String line) {
    assertThat(SocialButtons.isGlued(line.toLowerCase(Locale.ROOT))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Facebook", "Shareholders", "Printing", "Facebook and Twitter"})
  void notGluedShareButtons(String line) {
    assertThat(SocialButtons.isGlued(line.toLowerCase(Locale.ROOT))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"A A", "+A -A", "A- A+", "12 Comments", "1.2k Shares", "Replies (4)"})
  void widgets(String line) {
    assertThat(LineShapes.isFontSize(line) || LineShapes.isCounter(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1300 GMT", "12 Apostles", "A Tale of Two Cities", "Act 2"})
  void notWidgets(String line) {
    assertThat(LineShapes.isFontSize(line) || LineShapes.isCounter(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Average rating 3.9 / 5. Vote count: 41",
        "Rated 4 out of 5 stars",
        "(230 ratings)",
        "Votes: 17"
      })
  void ratingLines(String line) {
    assertThat(LineShapes.isRating(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Housewives lift Channel 4 ratings",
        "The council gave the plan 3 out of 10 for ambition.",
        "About 40 votes separated the candidates"
      })
  void notRatingLines(String line) {
    assertThat(LineShapes.isRating(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Gull census finds fewer birds Town hall clock stops again Baker wins county prize",
        "Bridge to close for repairs 'No plans' for new pier Mayor opens fair Rates rise..."
      })
  void tickers(String line) {
    assertThat(LineShapes.isTicker(line)).isTrue();
    assertThat(LineShapes.isProse(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Thick fog closed the harbour on Tuesday, and the morning ferries stayed in port.",
        "Glenn Hartley was named manager of the club on Monday.",
        "the harbour master, who spoke to reporters, said the boats would sail again, perhaps"
      })
  void prose(String line) {
    assertThat(LineShapes.isProse(line)).isTrue();
    assertThat(LineShapes.isTicker(line)).isFalse();
  }
}
