package org.textmend.fixers.unicode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.textmend.TextMend;
import org.textmend.fixers.unicode.Sentences.Sentence;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.Step;

/**
 * Clean sentences in many languages, damaged by the tests with the mechanisms that damage text in
 * the wild, must come back exactly: through the fixer that repairs that damage alone, and through
 * the unicode part of the default pipeline. The clean sentences must come out byte-identical.
 */
class RoundTripTest {

  private static final List<String> UNICODE_FIXERS =
      List.of("html-entities", "mojibake", "invisible", "unicode-normalize");

  private static final TextMend PIPELINE = TextMend.builder().fixers(UNICODE_FIXERS).build();

  private static final List<Fixer> FIXERS =
      List.of(
          new HtmlEntitiesFixer(),
          new MojibakeFixer(),
          new InvisibleFixer(),
          new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFC));

  static Stream<Sentence> sentences() {
    return Sentences.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void cleanSentenceIsUnchangedByEveryFixer(Sentence sentence) {
    for (Fixer fixer : FIXERS) {
      assertThat(fixer.edits(sentence.text())).as(fixer.name()).isEmpty();
    }
    assertThat(PIPELINE.explain(sentence.text()).changed()).isFalse();
  }

  static Stream<Arguments> mojibake() {
    List<Damaged> damages =
        List.of(
            new Damaged("windows-1252", Damage::asWindows1252),
            new Damaged("latin-1", Damage::asLatin1),
            new Damaged("cp437", Damage::asCp437),
            new Damaged("windows-1252 twice", s -> Damage.asWindows1252(Damage.asWindows1252(s))),
            new Damaged("latin-1 twice", s -> Damage.asLatin1(Damage.asLatin1(s))),
            new Damaged("cp437 twice", s -> Damage.asCp437(Damage.asCp437(s))),
            new Damaged(
                "latin-1 then windows-1252", s -> Damage.asWindows1252(Damage.asLatin1(s))));
    return Sentences.ALL.stream().flatMap(s -> damages.stream().map(d -> Arguments.of(s, d)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("mojibake")
  void mojibakeIsRepaired(Sentence sentence, Damaged damage) {
    String damaged = damage.apply(sentence.text());
    assertThat(fixedBy(new MojibakeFixer(), damaged))
        .as("%s %s", sentence, damage)
        .isEqualTo(sentence.text());
    assertThat(PIPELINE.clean(damaged)).as("%s %s", sentence, damage).isEqualTo(sentence.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void entitiesAreDecoded(Sentence sentence) {
    String damaged = Damage.asEntities(sentence.text());
    assertThat(fixedBy(new HtmlEntitiesFixer(), damaged)).isEqualTo(sentence.text());
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
    String named = Damage.asNamedEntities(sentence.text());
    assertThat(fixedBy(new HtmlEntitiesFixer(), named)).isEqualTo(sentence.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void mojibakeWrittenAsEntitiesIsRepaired(Sentence sentence) {
    String damaged = Damage.asEntities(Damage.asWindows1252(sentence.text()));
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
  }

  static Stream<Arguments> invisible() {
    return Sentences.spaced().stream()
        .flatMap(
            s ->
                Stream.of('\u200B', '\u00AD', '\uFEFF', '\u2060')
                    .map(c -> Arguments.of(s, String.format("U+%04X", (int) c), c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("invisible")
  void invisibleCharactersAreRemoved(Sentence sentence, String name, char invisible) {
    String damaged = Damage.withInvisible(sentence.text(), invisible, 3);
    assertThat(damaged).isNotEqualTo(sentence.text());
    assertThat(fixedBy(new InvisibleFixer(), damaged)).isEqualTo(sentence.text());
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
  }

  static Stream<Arguments> idleJoinersAndMarks() {
    List<String> scripts =
        List.of(
            "English",
            "French",
            "German",
            "Turkish",
            "Vietnamese",
            "Polish",
            "Russian",
            "Greek",
            "Chinese",
            "Japanese",
            "Korean");
    return Sentences.ALL.stream()
        .filter(s -> scripts.contains(s.language()))
        .flatMap(
            s ->
                Stream.of('\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u2066')
                    .map(c -> Arguments.of(s, String.format("U+%04X", (int) c), c)));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("idleJoinersAndMarks")
  void joinersAndBidiMarksThatDoNothingAreRemoved(Sentence sentence, String name, char mark) {
    String damaged = Damage.withInvisible(sentence.text(), mark, 4);
    assertThat(fixedBy(new InvisibleFixer(), damaged)).isEqualTo(sentence.text());
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sentences")
  void decomposedTextIsComposed(Sentence sentence) {
    String damaged = Damage.asNfd(sentence.text());
    assertThat(fixedBy(new UnicodeNormalizeFixer(UnicodeNormalizeFixer.Form.NFC), damaged))
        .isEqualTo(sentence.text());
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
  }

  static Stream<Sentence> spacedSentences() {
    return Sentences.spaced().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spacedSentences")
  void decomposedMojibakeWithInvisibleCharactersIsRepairedByThePipeline(Sentence sentence) {
    String damaged =
        Damage.asWindows1252(Damage.withInvisible(Damage.asNfd(sentence.text()), '\u200B', 5));
    assertThat(PIPELINE.clean(damaged)).isEqualTo(sentence.text());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("spacedSentences")
  void repairedTextIsStable(Sentence sentence) {
    String damaged =
        Damage.asEntities(Damage.asWindows1252(Damage.withInvisible(sentence.text(), '\u200B', 4)));
    String once = PIPELINE.clean(damaged);
    assertThat(PIPELINE.explain(once).changed()).isFalse();
  }

  private static String fixedBy(Fixer fixer, String text) {
    return new Step(fixer.name(), fixer.edits(text)).applyTo(text);
  }

  /** A named kind of damage, so that test names say which. */
  record Damaged(String name, UnaryOperator<String> damage) {
    String apply(String text) {
      return damage.apply(text);
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
