package org.textmend.fixers.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Step;

/**
 * Properties of the structure fixers over generated documents made of the pieces they react to
 * (headers, furniture, wrapped lines, split words, datelines, lists) and random characters: they
 * never throw, their edits are sorted, non-overlapping and in range, and a second run changes
 * nothing. The generator is seeded, so a failure repeats.
 */
class StructureFixersPropertyTest {

  private static final List<String> FIXERS =
      List.of("breadcrumbs", "boilerplate", "unwrap", "hyphenation", "dateline");

  private static final String[] PIECES = {
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
    "responsibility to",
    "stop the closures",
    "",
    "",
    " ",
    "-",
    "›",
    "(",
    "Home",
  };

  private static final String NOISE = "ab -›|/>\n\r(),.:Zé1 \t";

  static Stream<Arguments> documents() {
    Random random = new Random(20240531L);
    Stream.Builder<Arguments> documents = Stream.builder();
    for (int i = 0; i < 400; i++) {
      StringBuilder text = new StringBuilder();
      int lines = random.nextInt(12);
      String eol = random.nextInt(4) == 0 ? "\r\n" : "\n";
      for (int k = 0; k < lines; k++) {
        if (random.nextInt(5) == 0) {
          for (int c = random.nextInt(30); c > 0; c--) {
            text.append(NOISE.charAt(random.nextInt(NOISE.length())));
          }
        } else {
          text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        if (random.nextInt(6) != 0) {
          text.append(eol);
        }
      }
      documents.add(Arguments.of(text.toString()));
    }
    return documents.build();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void editsAreValidAndASecondRunChangesNothing(String text) {
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
