package org.textmend.fixers.structure.furniture;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.furniture.PageFurniture.Reason;
import org.textmend.lexicon.Characters;

/**
 * Recognises whole lines of site furniture: share and follow buttons, advertisement labels, "skip
 * to content" links, teasers for other articles, tag lists, copyright and cookie notices, feed
 * footers ("... first appeared on ...").
 *
 * <p>Three strengths: {@link Strength#ANYWHERE} lines are furniture wherever they stand, because no
 * article sentence consists of exactly "Advertisement" or "Share on Facebook Share on Twitter";
 * {@link Strength#EDGE} lines ("Latest News", "Tags: ferry, strike") are furniture only in the run
 * of such lines at the start or the end of a document, where a site puts them; {@link
 * Strength#FOOTER} lines ("© 2019 Harbour Daily. All rights reserved.") only in the run at the end,
 * since a notice at the top or in the middle is more likely part of the text (a licence, a file
 * header). The phrase lists ({@link FurniturePhrases}) are the project's own, and deliberately
 * short: a line that is not recognised stays. This class is the furniture engine's one public type,
 * for the structure fixers. Immutable and thread-safe.
 */
public final class Furniture {

  /** How sure a line is furniture. */
  public enum Strength {
    /** Not furniture. */
    NONE,
    /** Furniture at the end of a document: a copyright notice. */
    FOOTER,
    /** Furniture at the start or end of a document. */
    EDGE,
    /** Furniture anywhere. */
    ANYWHERE
  }

  /** The longest line that can be furniture: furniture is short. */
  public static final int MAX_LINE = 400;

  /** The longest line that can be furniture anywhere. */
  public static final int MAX_ANYWHERE_LINE = 200;

  /** The longest line compared with the whole-line phrases. */
  private static final int MAX_PHRASE_LINE = 60;

  private Furniture() {}

  /**
   * A cheap test, reading only the first word, that rules out most lines as furniture anywhere;
   * when it answers false, {@link #classify} does not answer {@link Strength#ANYWHERE}.
   */
  public static boolean mayBeAnywhere(String text, int start, int end) {
    int s = start;
    while (s < end && !Character.isLetterOrDigit(text.charAt(s)) && text.charAt(s) != '@') {
      s++;
    }
    if (s >= end) {
      return false;
    }
    if (text.charAt(s) == '@') {
      return true; // a handle first: perhaps a row of buttons
    }
    int e = s;
    while (e < end && e - s <= 16 && FurniturePhrases.isWordChar(text.charAt(e))) {
      e++;
    }
    if (e == s || e - s > 16) {
      return false;
    }
    return FurniturePhrases.ANYWHERE_FIRST_WORDS.contains(
        text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /** How sure it is that {@code text[start, end)}, a whole line, is furniture. */
  public static Strength classify(String text, int start, int end) {
    int s = start;
    int e = end;
    while (s < e && Characters.isSpace(text.charAt(s))) {
      s++;
    }
    while (e > s && Characters.isSpace(text.charAt(e - 1))) {
      e--;
    }
    if (e == s || e - s > MAX_LINE) {
      return Strength.NONE;
    }
    // Any space is a space: "Read\u202Fmore:" is furniture as "Read more:" is, which the whitespace
    // fixer makes of it.
    String lower = plainSpaces(text.substring(s, e).toLowerCase(Locale.ROOT));
    String key = e - s <= MAX_PHRASE_LINE ? key(lower) : "";
    // Compared without spaces too: a line whose words lost a space ("Sign up forour newsletter")
    // is the same furniture, and the word fixers would otherwise split it into a line that only
    // the second run removes.
    String joined = key.replace(" ", "");
    if (FurniturePhrases.ANYWHERE_LINES.contains(key)
        || FurniturePhrases.ANYWHERE_JOINED.contains(joined)
        || SocialButtons.isSocial(lower)) {
      return Strength.ANYWHERE;
    }
    String head = withoutLeadingSymbols(lower);
    if (startsAnywhereFurniture(head)) {
      return Strength.ANYWHERE;
    }
    if ((FurniturePhrases.EDGE_LINES.contains(key) || FurniturePhrases.EDGE_JOINED.contains(joined))
        && !lower.endsWith(":")) {
      return Strength.EDGE; // but "Comment:" introduces what follows
    }
    if (head.length() <= 300) {
      Strength notice = notice(head);
      if (notice != Strength.NONE) {
        return notice;
      }
    }
    if (isCookieNotice(lower)) {
      return Strength.EDGE;
    }
    return Strength.NONE;
  }

  /** Whether {@code head} starts like furniture anywhere: "Click here to…", "READ MORE: …". */
  private static boolean startsAnywhereFurniture(String head) {
    for (String prefix : FurniturePhrases.ANYWHERE_PREFIXES) {
      if (head.startsWith(prefix) && isShortCall(head, prefix)) {
        return true;
      }
    }
    return isTeaser(head);
  }

  /**
   * What a line of at most 300 characters is by its opening or a phrase in it: a copyright notice,
   * an edge label ("Tags:"), a rights notice, a feed footer; {@link Strength#NONE} otherwise.
   */
  private static Strength notice(String head) {
    if (isCopyright(head)) {
      return Strength.FOOTER;
    }
    for (String prefix : FurniturePhrases.EDGE_PREFIXES) {
      if (head.startsWith(prefix) && (prefix.endsWith(":") || isShortCall(head, prefix))) {
        return Strength.EDGE;
      }
    }
    if (head.length() <= 200) {
      for (String phrase : FurniturePhrases.RIGHTS_RESERVED) {
        if (head.contains(phrase)) {
          return Strength.FOOTER;
        }
      }
    }
    if (head.contains("appeared first on") || head.contains("first appeared on")) {
      // "The post Ferry strike ends appeared first on Harbour Daily.", "read more ... first
      // appeared on Harbour Trade Weekly."; but not "The song first appeared on an album."
      for (String opening : FurniturePhrases.FEED_FOOTER_OPENINGS) {
        if (head.startsWith(opening)) {
          return Strength.EDGE;
        }
      }
    }
    return Strength.NONE;
  }

  /**
   * Which of a page's non-blank {@code lines} are furniture by their shape and place (see {@link
   * PageFurniture}): menus, crawl stamps, a repeated title, labels and tickers at the top, widgets,
   * share buttons run together, related lists at the end, inline scripts in a page of prose. {@code
   * joined[i]} tells that line {@code i + 1} follows line {@code i} with no blank line between.
   */
  public static boolean[] pageFurniture(List<String> lines, boolean[] joined) {
    @Nullable Reason[] reasons = PageFurniture.judge(lines, joined);
    boolean[] furniture = new boolean[reasons.length];
    for (int i = 0; i < reasons.length; i++) {
      furniture[i] = reasons[i] != null;
    }
    return furniture;
  }

  /**
   * Why {@code removed}, a line of furniture, went, judged by its shape alone, for {@code
   * --explain} ("menu", "ticker of headlines"); {@code null} for a line of a recognised phrase.
   */
  public static @Nullable String shapeReason(String removed) {
    return PageFurniture.reason(removed);
  }

  /**
   * A title cut down to its letters and digits in lower case, words single-spaced, so that two
   * copies of it compare equal whatever their casing and punctuation.
   */
  public static String titleKey(String title) {
    return PageFurniture.titleKey(title);
  }

  /** Whether {@code text[start, end)} is furniture of any strength. */
  public static boolean isFurniture(String text, int start, int end) {
    return classify(text, start, end) != Strength.NONE;
  }

  private static String plainSpaces(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && Characters.isSpace(c)) {
        StringBuilder plain = new StringBuilder(text);
        for (int j = i; j < plain.length(); j++) {
          if (Characters.isSpace(plain.charAt(j))) {
            plain.setCharAt(j, ' ');
          }
        }
        return plain.toString();
      }
    }
    return text;
  }

  /**
   * "READ MORE: Ferry fares rise in winter": a label and a headline, which has no closing period;
   * no sentence starts with such a label.
   */
  private static boolean isTeaser(String head) {
    if (head.length() > 150 || head.endsWith(".")) {
      return false;
    }
    for (String label : FurniturePhrases.TEASER_LABELS) {
      if (head.startsWith(label) && head.length() > label.length() + 3) {
        return true;
      }
    }
    return false;
  }

  /**
   * "© 2019 Harbour Daily", "Copyright 2019", "(c) 2019": a copyright mark followed by a year, so
   * that a sentence about copyright law is not taken for a notice.
   */
  private static boolean isCopyright(String lower) {
    int at;
    if (lower.startsWith("©")) {
      return lower.length() <= 200;
    } else if (lower.startsWith("copyright")) {
      at = "copyright".length();
    } else if (lower.startsWith("(c)")) {
      at = 3;
    } else {
      return false;
    }
    if (lower.length() > 200) {
      return false;
    }
    while (at < lower.length() && (lower.charAt(at) == ' ' || lower.charAt(at) == '©')) {
      at++;
    }
    int digits = 0;
    while (at + digits < lower.length() && Character.isDigit(lower.charAt(at + digits))) {
      digits++;
    }
    return digits == 4;
  }

  private static String withoutLeadingSymbols(String lower) {
    int s = 0;
    while (s < lower.length()) {
      char c = lower.charAt(s);
      if (Character.isLetterOrDigit(c) || c == '©' || c == '(') {
        break;
      }
      s++;
    }
    return lower.substring(s);
  }

  /**
   * "Click here to subscribe", "Read the full text at Harbour Daily": the phrase as a whole word,
   * in a short line without commas ("Click here, the manual said, ..." is a sentence).
   */
  private static boolean isShortCall(String head, String prefix) {
    int after = prefix.length();
    if (after < head.length() && Character.isLetterOrDigit(head.charAt(after))) {
      return false;
    }
    return head.indexOf(',') < 0 && wordCount(head) <= 15;
  }

  private static int wordCount(String lower) {
    int words = 1;
    for (int i = 1; i < lower.length(); i++) {
      if (lower.charAt(i) == ' ' && lower.charAt(i - 1) != ' ') {
        words++;
      }
    }
    return words;
  }

  /** The line in lower case without outer punctuation and symbols, spaces collapsed. */
  private static String key(String lower) {
    int s = 0;
    int e = lower.length();
    while (s < e && !Character.isLetterOrDigit(lower.codePointAt(s))) {
      s += Character.charCount(lower.codePointAt(s));
    }
    while (e > s && !Character.isLetterOrDigit(lower.codePointBefore(e))) {
      e -= Character.charCount(lower.codePointBefore(e));
    }
    StringBuilder key = new StringBuilder(e - s);
    boolean space = false;
    for (int i = s; i < e; i++) {
      char c = lower.charAt(i);
      if (Characters.isSpace(c)) {
        space = true;
      } else {
        if (space) {
          key.append(' ');
          space = false;
        }
        key.append(c == '’' ? '\'' : c);
      }
    }
    return key.toString();
  }

  /** "We use cookies to improve your experience. By continuing you accept our cookie policy." */
  private static boolean isCookieNotice(String lower) {
    if (lower.length() > MAX_LINE || !lower.contains("cookie")) {
      return false;
    }
    return lower.contains("we use cookies")
        || lower.contains("uses cookies")
        || lower.contains("use of cookies")
        || lower.contains("cookie policy")
        || lower.contains("cookie settings")
        || lower.contains("accept cookies")
        || lower.contains("accept all cookies")
        || lower.contains("consent");
  }
}
