package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.textmend.Escape;
import org.textmend.GeneratedText;
import org.textmend.PropertyRuns;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Step;

/**
 * Properties of the structure fixers over generated documents made of the pieces they react to
 * (headers, furniture, wrapped lines, split words, datelines, lists) and random characters: they
 * never throw, their edits are sorted, non-overlapping and in range, and a second run changes
 * nothing. 400 tries in the build, from a fixed seed, so a failure repeats; the release run tries
 * 10,000 (see {@link PropertyRuns}).
 */
class StructureFixersPropertyTest {

  private static final List<String> FIXERS =
      List.of("breadcrumbs", "boilerplate", "unwrap", "hyphenation", "dateline");

  private static final List<String> PIECES =
      List.of(
          " date 2019-05-31 Home › World › Ferry strike ends",
          "Home | News | Council tax to rise",
          "2019/03/07 | 11:15",
          "Español | DeutschCity council delays vote",
          "Share this article",
          "Advertisement",
          "Tags: ferry, strike",
          "© 2019 Harbour Daily. All rights reserved.",
          "The talks will resume on Monday, the ministry said,",
          "after both sides agreed to a ceasefire in the north",
          "of the country and to an exchange of prisoners that",
          "had been delayed for months.",
          "the govern-",
          "ment said a well-",
          "known case",
          "(Reuters) - Oil fell.",
          "LONDON, March 3 (Reuters) - Shares rose.",
          "- a list item",
          "1. a numbered item",
          "    indented code();",
          "Ward        Votes",
          "News | Sport | Weather | Travel",
          "Trending",
          "Gull census finds fewer birds Town hall clock stops again Baker wins county prize",
          "+A -A",
          "12 Comments",
          "FacebookTwitterEmail",
          "How useful was this post?",
          "Average rating 4.1 / 5. Vote count: 12",
          "Related",
          "Town hall clock stops again",
          "(function(d, s, id){",
          "var js = d.createElement(s);",
          "}(document, 'script', 'sdk'));",
          "responsibility to",
          "stop the closures",
          "",
          "",
          " ",
          "-",
          "›",
          "(",
          "Home");

  private static final String NOISE = "ab -›|/>\n\r(),.:Zé1 \t";

  /** One line of a document: a piece or random characters, with or without its line break. */
  private record Line(String text, boolean ended) {}

  /** Up to eleven lines, each a piece (four in five) or noise, all ended by "\n" or all "\r\n". */
  private static Gen<String> documents() {
    List<String> noiseCharacters = NOISE.chars().mapToObj(c -> String.valueOf((char) c)).toList();
    Gen<String> content =
        Generate.frequency(
            List.of(
                Pair.of(4, Generate.pick(PIECES)),
                Pair.of(1, GeneratedText.joined(noiseCharacters, 0, 29))));
    Gen<Line> line = content.zip(Generate.range(0, 5).map(n -> n != 0), Line::new);
    Gen<String> lineEnds =
        Generate.frequency(
            List.of(Pair.of(3, Generate.constant("\n")), Pair.of(1, Generate.constant("\r\n"))));
    return GeneratedText.listOf(line, 0, 11)
        .zip(
            lineEnds,
            (lines, eol) -> {
              StringBuilder text = new StringBuilder();
              for (Line l : lines) {
                text.append(l.text()).append(l.ended() ? eol : "");
              }
              return text.toString();
            })
        .describedAs(Escape::quoted);
  }

  @Test
  void editsAreValidAndASecondRunChangesNothing() {
    PropertyRuns.qt(400)
        .forAll(documents())
        .checkAssert(StructureFixersPropertyTest::editsAreValidAndASecondRunChangesNothing);
  }

  private static void editsAreValidAndASecondRunChangesNothing(String text) {
    for (String name : FIXERS) {
      Fixer fixer = FixerRegistry.installed().create(name, FixerArgs.defaults(name));
      List<Edit> edits = fixer.edits(text);
      int previousEnd = 0;
      for (Edit edit : edits) {
        assertThat(edit.start()).as(name).isGreaterThanOrEqualTo(previousEnd);
        assertThat(edit.end()).as(name).isLessThanOrEqualTo(text.length());
        previousEnd = edit.end();
      }
      String once = new Step(name, edits).applyTo(text);
      assertThat(fixer.edits(once)).as(name + " on its own output").isEmpty();
    }
  }
}
