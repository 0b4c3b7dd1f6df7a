package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Removes news-agency and site datelines from the start of paragraphs. Off by default: a dateline
 * is part of the article as published, and some users want it kept.
 *
 * <pre>
 * (Reuters) - Oil prices fell on Monday.               →  Oil prices fell on Monday.
 * WASHINGTON (AP) — The Senate voted on Tuesday.       →  The Senate voted on Tuesday.
 * LONDON, March 3 (Reuters) - Shares rose.             →  Shares rose.
 * (Hatha al-Youm | Iraq News )- The ministry said.     →  The ministry said.
 * </pre>
 *
 * <p>The shape is strict: at the start of a line, an optional place in capitals (optionally
 * followed by a comma, a region or a date), then a source in parentheses that starts with a letter,
 * then a dash, then the article's text. Left alone, deliberately: a place in ordinary case without
 * capitals ("John Smith (Labour) - 12,345 votes" is a result, not a dateline), parentheses holding
 * a number or a colon ("(1) - ", "(Warning: spoilers) - "), a dateline without parentheses ("LONDON
 * — "), and anything in the middle of a line. Immutable and thread-safe.
 */
public final class DatelineFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "dateline";

  private static final int MAX_PLACE = 60;
  private static final int MAX_SOURCE = 60;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    if (text.indexOf('(') < 0) {
      return List.of();
    }
    List<Edit> edits = new ArrayList<>();
    int at = 0;
    int length = text.length();
    while (at < length) {
      Lines.Line line = Lines.lineAt(text, at);
      int start = LineShape.trimmedStart(text, line.start(), line.end());
      int end = datelineEnd(text, start, line.end());
      if (end > start) {
        edits.add(Edit.delete(start, end));
      }
      if (line.next() <= at) {
        break;
      }
      at = line.next();
    }
    return edits;
  }

  /** Where the dateline starting at {@code start} ends (the article starts), or -1. */
  static int datelineEnd(String text, int start, int lineEnd) {
    int limit = Math.min(lineEnd, start + MAX_PLACE + MAX_SOURCE + 10);
    int open = indexOf(text, '(', start, limit);
    if (open < 0) {
      return -1;
    }
    if (open > start && !isPlace(text, start, open)) {
      return -1;
    }
    int close = indexOf(text, ')', open + 1, limit);
    if (close < 0 || close - open - 1 > MAX_SOURCE) {
      return -1;
    }
    if (!isSource(text, open + 1, close)) {
      return -1;
    }
    int p = close + 1;
    while (p < lineEnd && text.charAt(p) == ' ') {
      p++;
    }
    int dashStart = p;
    while (p < lineEnd && p - dashStart < 2 && isDash(text.charAt(p))) {
      p++;
    }
    if (p == dashStart) {
      return -1;
    }
    while (p < lineEnd && Character.isWhitespace(text.charAt(p))) {
      p++;
    }
    if (p >= lineEnd) {
      return -1;
    }
    char first = text.charAt(p);
    if (!Character.isLetterOrDigit(first) && "\"“‘'«„".indexOf(first) < 0) {
      return -1;
    }
    return p;
  }

  /**
   * "WASHINGTON ", "LONDON, March 3 ", "KYIV, Ukraine ": words in capitals, optionally followed by
   * a comma and a short region or date; then a space before the parenthesis.
   */
  private static boolean isPlace(String text, int start, int open) {
    if (open - start > MAX_PLACE || text.charAt(open - 1) != ' ') {
      return false;
    }
    int comma = indexOf(text, ',', start, open);
    int capitalsEnd = comma >= 0 ? comma : open - 1;
    int letters = 0;
    for (int i = start; i < capitalsEnd; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      } else if (c != ' ' && c != '.' && c != '-' && c != '\'' && c != '’') {
        return false;
      }
    }
    if (letters < 2) {
      return false;
    }
    for (int i = capitalsEnd; i < open; i++) {
      char c = text.charAt(i);
      if (!Character.isLetterOrDigit(c) && c != ' ' && c != ',' && c != '.' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * "Reuters", "AP", "dpa", "Hatha al-Youm | Iraq News ": starts with a letter (a capital, or a
   * short lower-case acronym), has at least two letters, at most six words, no colon and no
   * sentence punctuation.
   */
  private static boolean isSource(String text, int start, int end) {
    int s = LineShape.trimmedStart(text, start, end);
    int e = LineShape.trimmedEnd(text, s, end);
    if (e - s < 2) {
      return false;
    }
    char first = text.charAt(s);
    if (!Character.isLetter(first)) {
      return false;
    }
    int letters = 0;
    int words = 1;
    boolean lower = false;
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        lower |= Character.isLowerCase(c);
      } else if (c == ' ') {
        if (text.charAt(i - 1) != ' ') {
          words++;
        }
      } else if (c == ':' || c == ';' || c == '!' || c == '?' || c == '(' || c == '"') {
        return false;
      } else if (c == '.' && i + 1 < e && text.charAt(i + 1) == ' ') {
        return false;
      }
    }
    if (letters < 2 || words > 6) {
      return false;
    }
    boolean capital = Character.isUpperCase(first);
    return capital || (!lower || (e - s <= 4 && words == 1));
  }

  /** {@code text.indexOf(c, from)} that stops at {@code limit}, so each line is read once. */
  private static int indexOf(String text, char c, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (text.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isDash(char c) {
    return org.textmend.lexicon.Characters.isDash(c) || c == '―'; // and a horizontal bar
  }

  /** Registers {@link DatelineFixer}; off by default. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Removes agency datelines such as \"LONDON (Reuters) - \" (opt-in)";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new DatelineFixer();
    }
  }
}
