package org.textmend.fixers.words.boundary;

import java.util.Arrays;
import org.textmend.lexicon.Characters;

/**
 * Decides whether each straight double quote of a text opens or closes a quotation.
 *
 * <p>A quote with a space before it and a letter after it opens; one glued to the word before it
 * and followed by a space or punctuation closes. A quote glued on both sides (where a line break
 * dropped its space: {@code year."Worries}) takes its role from its neighbours: quotes alternate,
 * so counting from the nearest quote of known role before and after it gives its role. When the two
 * counts disagree, an odd number of quotes lies between the neighbours: a quotation that runs over
 * several paragraphs is left open at the end of one and reopened at the start of the next, and the
 * quote in doubt is that reopening one. A quote after a colon opens, and one after a comma and
 * before a lower-case word closes. When nothing decides, the role is {@link Role#UNKNOWN} and
 * callers leave the quote alone. Immutable once built.
 */
final class QuoteRoles {

  /** The role of a straight double quote. */
  enum Role {
    OPENING,
    CLOSING,
    UNKNOWN
  }

  private final int[] positions;
  private final Role[] roles;

  /** Analyses every straight double quote of {@code text}. */
  QuoteRoles(CharSequence text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        count++;
      }
    }
    positions = new int[count];
    Role[] shapes = new Role[count];
    int k = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '"') {
        positions[k] = i;
        shapes[k] = shape(text, i);
        k++;
      }
    }
    roles = new Role[count];
    for (int q = 0; q < count; q++) {
      if (shapes[q] != Role.UNKNOWN) {
        roles[q] = shapes[q];
      } else {
        Role cue = byNextWord(text, positions[q]);
        roles[q] = cue != Role.UNKNOWN ? cue : inferred(text, shapes, q);
      }
      if (roles[q] == Role.UNKNOWN) {
        roles[q] = byPunctuation(text, positions[q]);
      }
    }
  }

  /** The role of the quote at {@code position}, which must hold a straight double quote. */
  Role role(int position) {
    int q = Arrays.binarySearch(positions, position);
    if (q < 0) {
      throw new IllegalArgumentException("no straight double quote at " + position);
    }
    return roles[q];
  }

  private Role inferred(CharSequence text, Role[] shapes, int q) {
    Role fromAfter = Role.UNKNOWN;
    for (int next = q + 1; next < shapes.length; next++) {
      if (lineBreakBetween(text, positions[q], positions[next])) {
        break;
      }
      if (shapes[next] != Role.UNKNOWN) {
        fromAfter = alternate(shapes[next], next - q);
        break;
      }
    }
    Role fromBefore = Role.UNKNOWN;
    for (int previous = q - 1; previous >= 0; previous--) {
      if (lineBreakBetween(text, positions[previous], positions[q])) {
        break;
      }
      if (shapes[previous] != Role.UNKNOWN) {
        fromBefore = alternate(shapes[previous], q - previous);
        break;
      }
    }
    if (fromAfter == fromBefore || fromBefore == Role.UNKNOWN) {
      return fromAfter;
    }
    if (fromAfter == Role.UNKNOWN) {
      return fromBefore;
    }
    // The neighbours disagree: an odd number of quotes between them, which is a quotation left open
    // at the end of a paragraph. By convention the next paragraph reopens it, so the quote between
    // them opens.
    return Role.OPENING;
  }

  private static Role alternate(Role anchor, int distance) {
    if (distance % 2 == 0) {
      return anchor;
    }
    return anchor == Role.OPENING ? Role.CLOSING : Role.OPENING;
  }

  private static boolean lineBreakBetween(CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Characters.isLineBreak(text, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The role the quote's surroundings show: space before and a word after opens, the reverse
   * closes.
   */
  private static Role shape(CharSequence text, int at) {
    boolean spaceBefore =
        at == 0
            || Characters.isSpace(text.charAt(at - 1))
            || Characters.isOpening(text.charAt(at - 1));
    boolean spaceAfter =
        at + 1 == text.length()
            || Characters.isSpace(text.charAt(at + 1))
            || isTrailing(text.charAt(at + 1));
    if (spaceBefore && !spaceAfter) {
      return Role.OPENING;
    }
    if (spaceAfter && !spaceBefore) {
      return Role.CLOSING;
    }
    if (at > 0 && text.charAt(at - 1) == ':') {
      return Role.OPENING; // he said:"We will
    }
    return Role.UNKNOWN;
  }

  /**
   * The last resort for a quote glued on both sides: after a comma and before a lower-case word it
   * closes.
   */
  private static Role byPunctuation(CharSequence text, int at) {
    boolean afterComma = at > 0 && text.charAt(at - 1) == ',';
    if (afterComma && at + 1 < text.length() && Character.isLowerCase(text.charAt(at + 1))) {
      return Role.CLOSING; // a big success,"he said
    }
    return Role.UNKNOWN;
  }

  /**
   * The role the word after a quote glued on both sides shows, after the end of a sentence: speech
   * speaks in the first or second person ({@code ended."We will}, {@code said."I}), so a quote
   * before "I", "we", "our" or "you" opens; narration names people by title ({@code ended."Mr
   * Smith}), so a quote before "Mr", "Mrs", "Ms" or "Dr" closes.
   */
  private static Role byNextWord(CharSequence text, int at) {
    char before = at > 0 ? text.charAt(at - 1) : ' ';
    if (before != '.' && before != '?' && before != '!') {
      return Role.UNKNOWN;
    }
    int end = at + 1;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    String word = text.subSequence(at + 1, end).toString();
    return switch (word) {
      case "I", "We", "My", "Our", "Us", "You", "Your" -> Role.OPENING;
      case "Mr", "Mrs", "Ms", "Dr" -> Role.CLOSING;
      default -> Role.UNKNOWN;
    };
  }

  private static boolean isTrailing(char c) {
    return c == '.'
        || c == ','
        || c == ';'
        || c == ':'
        || c == '!'
        || c == '?'
        || Characters.isClosing(c);
  }
}
