package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageHeaderTest {

  @Test
  void readsTitleDateAndCrumbs() {
    PageHeader header =
        PageHeader.parse(" date 2019-05-31 Home › Harbour Post › Ferry strike ends").orElseThrow();
    assertThat(header.kind()).isEqualTo(PageHeader.Kind.NAVIGATION);
    assertThat(header.title()).contains("Ferry strike ends");
    assertThat(header.date()).contains("2019-05-31");
    assertThat(header.crumbs()).containsExactly("Home", "Harbour Post");
    assertThat(header.time()).isEmpty();
  }

  @Test
  void readsAMetadataLine() {
    PageHeader header =
        PageHeader.parse(" date 2022-08-14 2022/08/14 | 09:30 - Source: Harbour Trade Weekly")
            .orElseThrow();
    assertThat(header.kind()).isEqualTo(PageHeader.Kind.METADATA);
    assertThat(header.title()).isEmpty();
    assertThat(header.date()).contains("2022-08-14");
    assertThat(header.time()).contains("09:30");
    assertThat(header.source()).contains("Harbour Trade Weekly");
  }

  @Test
  void readsADateWrittenInWords() {
    assertThat(PageHeader.parse("Updated Friday, May 31, 2019 9:30 pm").orElseThrow().date())
        .contains("Friday, May 31, 2019");
    assertThat(PageHeader.parse("Publié le 3 mars 2021").orElseThrow().date())
        .contains("3 mars 2021");
  }

  @Test
  void readsStampsInOtherLanguages() {
    PageHeader german = PageHeader.parse("Veröffentlicht am 31.05.2019 um 10:15 Uhr").orElseThrow();
    assertThat(german.kind()).isEqualTo(PageHeader.Kind.METADATA);
    assertThat(german.date()).contains("31.05.2019");
    assertThat(german.time()).contains("10:15");
    assertThat(PageHeader.parse("Publié le 3 mars 2021 à 10h15").orElseThrow().date())
        .contains("3 mars 2021");
    assertThat(PageHeader.parse("Actualizado el 3 de marzo de 2021").orElseThrow().date())
        .contains("3 de marzo de 2021");
  }

  @Test
  void doesNotTakeAStampFollowedByAWordForATitle() {
    assertThat(PageHeader.parse("Updated 10:15 Uhr Ferry")).isEmpty();
  }

  @Test
  void readsLanguageLinks() {
    PageHeader header = PageHeader.parse("Español | DeutschCity council delays vote").orElseThrow();
    assertThat(header.kind()).isEqualTo(PageHeader.Kind.LANGUAGE_LINKS);
    assertThat(header.title()).contains("City council delays vote");
    assertThat(header.crumbs()).containsExactly("Español", "Deutsch");
  }

  @Test
  void findsAndMergesTheHeaderOfADocument() {
    PageHeader header =
        PageHeader.find("2019-05-31 10:15\nHome › World › Ferry strike ends\n\nBody.\n")
            .orElseThrow();
    assertThat(header.title()).contains("Ferry strike ends");
    assertThat(header.date()).contains("2019-05-31");
    assertThat(header.time()).contains("10:15");
    assertThat(header.crumbs()).containsExactly("Home", "World");
  }

  @Test
  void findsNothingInADocumentWithoutHeader() {
    assertThat(PageHeader.find("Ferry strike ends\n\nThe strike ended.\n")).isEmpty();
  }

  @Test
  void isEmptyForOrdinaryLines() {
    assertThat(PageHeader.parse("Home is where the heart is")).isEmpty();
    assertThat(PageHeader.parse("")).isEmpty();
    assertThat(PageHeader.parse("Sales > Costs > Profit")).isEmpty();
  }
}
