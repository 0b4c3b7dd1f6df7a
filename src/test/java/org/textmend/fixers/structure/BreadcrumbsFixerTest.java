package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.FixerOrder;

class BreadcrumbsFixerTest {

  private final BreadcrumbsFixer fixer = new BreadcrumbsFixer();

  private String fix(String text) {
    return Apply.fix(fixer, text);
  }

  @Test
  void keepsTheTitleOfADatedCrumbTrail() {
    assertThat(
            fix(
                " date 2019-05-31 Home › Harbour Post › Ministers agree on a new rail budget\n\n"
                    + "The budget passed late on Tuesday.\n"))
        .isEqualTo("Ministers agree on a new rail budget\n\nThe budget passed late on Tuesday.\n");
  }

  @Test
  void removesTheTrailAsOneEditBeforeTheTitle() {
    String text = "Home › Politics › Rail budget approved\n\nBody.\n";
    assertThat(fixer.edits(text)).containsExactly(Edit.delete(0, 18));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home › Politics › Council tax to rise",
        "Home » News » World » Council tax to rise",
        "Home > Sport > Council tax to rise",
        "You are here: Home / Politics / Council tax to rise",
        "Home | World | Council tax to rise",
        "Home / News / Council tax to rise",
        "Startseite › Politik › Council tax to rise",
        "Accueil › Monde › Council tax to rise",
        "Inicio » Noticias » Council tax to rise",
        "Início > Notícias > Council tax to rise",
        "Главная › Новости › Council tax to rise",
        "Sie sind hier: Startseite > Wirtschaft > Council tax to rise",
        "date 2021-06-11 Home | Local News | Council tax to rise",
        "Home›News›Council tax to rise",
        "News › Council tax to rise",
        "News | World | Council tax to rise in the spring",
      })
  void keepsTheLastCrumbOfEveryTrailStyle(String header) {
    String title = header.substring(header.indexOf("Council"));
    assertThat(fix(header + "\n\nThe council met on Monday.\n"))
        .isEqualTo(title + "\n\nThe council met on Monday.\n");
  }

  @Test
  void removesACrawlDateAndTimeLine() {
    assertThat(fix(" date 2020-03 2020/03/07 | 11:15\n\nFerry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void removesADateLineWithASource() {
    assertThat(
            fix(
                " date 2022-08-14 2022/08/14 | 09:30 - Source: Harbour Trade Weekly\n"
                    + "Ferry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Published: 31 May 2019 | 10:15 GMT",
        "Updated Friday, May 31, 2019 9:30 pm",
        "Posted on 3 March 2021",
        "31.05.2019 14:20",
        "2019-05-31T14:20:00Z",
      })
  void removesPublicationStamps(String stamp) {
    assertThat(fix(stamp + "\nFerry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void cutsLanguageLinksGluedToTheTitle() {
    assertThat(fix("Español | DeutschCity council delays vote\n\nBody.\n"))
        .isEqualTo("City council delays vote\n\nBody.\n");
  }

  @Test
  void removesARowOfLanguageLinks() {
    assertThat(fix("English | Français | Deutsch\nCity council delays vote\n\nBody.\n"))
        .isEqualTo("City council delays vote\n\nBody.\n");
  }

  @Test
  void removesARowOfLanguageCodes() {
    assertThat(fix("EN | FR | DE\nCity council delays vote\n\nBody.\n"))
        .isEqualTo("City council delays vote\n\nBody.\n");
  }

  @Test
  void doesNotCutALanguageCodeOffAWord() {
    assertThat(fix("EN | FR | ITALY VOTES ON SUNDAY\n\nBody.\n"))
        .isEqualTo("ITALY VOTES ON SUNDAY\n\nBody.\n");
  }

  @Test
  void removesACrawlStampGluedBeforeTheTitle() {
    assertThat(fix("date 2019-05-31 Ferry strike ends after talks\n\nBody.\n"))
        .isEqualTo("Ferry strike ends after talks\n\nBody.\n");
  }

  @Test
  void removesTheTrailWhenTheTitleFollowsOnItsOwnLine() {
    assertThat(fix("Home › World › Ferry strike ends\nFerry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void removesATrailEndingInASectionBeforeATitleLine() {
    assertThat(fix("Home › News › World\n\nFerry strike ends after talks\n\nBody.\n"))
        .isEqualTo("Ferry strike ends after talks\n\nBody.\n");
  }

  @Test
  void removesATrailBelowTheTitle() {
    assertThat(fix("Ferry strike ends\n\nHome › World › Ferry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void leavesABareDateBelowTheTitle() {
    String text = "Rovers v United\n\nSunday 14 March\n\nKick-off is at three.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void removesAPublicationStampBelowTheTitle() {
    assertThat(fix("Ferry strike ends\n\nPublished: 20 November 2019 10:15\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void handlesSeveralHeaderLines() {
    assertThat(fix("2019-05-31 10:15\nHome › World › Ferry strike ends\n\nBody.\n"))
        .isEqualTo("Ferry strike ends\n\nBody.\n");
  }

  @Test
  void passesOverFurnitureAboveTheTrail() {
    assertThat(fix("Skip to main content\nHome › World › Ferry strike ends\n\nBody.\n"))
        .isEqualTo("Skip to main content\nFerry strike ends\n\nBody.\n");
  }

  @Test
  void givesTheSameResultWithCrlfLineEnds() {
    assertThat(
            fix(
                " date 2020-03 2020/03/07 | 11:15\r\n\r\nHome › World › Ferry strike\r\n\r\nBody.\r\n"))
        .isEqualTo("Ferry strike\r\n\r\nBody.\r\n");
  }

  @Test
  void keepsTheOnlyLineOfADocumentThatIsNothingButAHeader() {
    assertThat(fixer.edits("31 May 2019\n")).isEmpty();
    assertThat(fixer.edits("Home › World ›")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Home is where the heart is",
        "Home / Away kits unveiled for new season",
        "Home | Away",
        "AC/DC announce tour dates",
        "Profits rose > 5% in Q3 / Q4",
        "Sales > Costs > Profit",
        "Why 2 › 1 in football",
        "2019 in review",
        "May 2019 elections: what we know",
        "10:30 Meeting with the minister",
        "The index rose 2.5% to 7,123 / 6,950 at 10:15",
        "Time running out for talks",
        "Rock | Paper | Scissors",
        "« Le président » annonce un sommet",
        "Either/or: a guide to choosing",
      })
  void leavesTitlesThatOnlyLookLikeCrumbsAlone(String title) {
    assertThat(fixer.edits(title + "\n\nThe council met on Monday.\n")).isEmpty();
  }

  @Test
  void leavesRunningTextWithCrumbCharactersAlone() {
    String text =
        "Council tax to rise\n\n"
            + "Go to Home › Settings › Privacy to change it, the council said.\n\n"
            + "Rates | Fees | Charges all rise > 3% from April, or 1/2 of the rise.\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void leavesHeadersBelowTheTopAlone() {
    String text =
        "Council tax to rise\n\nFirst paragraph of the article.\n\nSecond paragraph.\n\n"
            + "Home › World › Council tax to rise\n";
    assertThat(fixer.edits(text)).isEmpty();
  }

  @Test
  void proposesNothingForACleanDocument() {
    assertThat(fixer.edits("Ferry strike ends\n\nThe strike ended on Monday.\n")).isEmpty();
    assertThat(fixer.edits("")).isEmpty();
  }

  @Test
  void isIdempotent() {
    String once = fix(" date 2019-05-31 Home › World › Ferry strike ends\n\nBody.\n");
    assertThat(fixer.edits(once)).isEmpty();
  }

  @Test
  void providerCreatesTheFixer() {
    assertThat(
            new BreadcrumbsFixer.Provider()
                .create(org.textmend.pipeline.FixerArgs.defaults("breadcrumbs"))
                .name())
        .isEqualTo("breadcrumbs");
    assertThat(FixerOrder.onByDefault(new BreadcrumbsFixer.Provider())).isTrue();
  }

  @Test
  void editsAreSortedAndDoNotOverlap() {
    List<Edit> edits =
        fixer.edits("2019-05-31 10:15\n\nHome › World › Ferry strike ends  \n\nBody.\n");
    for (int i = 1; i < edits.size(); i++) {
      assertThat(edits.get(i).start()).isGreaterThanOrEqualTo(edits.get(i - 1).end());
    }
  }
}
