package org.textmend.fixers.structure;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
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
 * header). The phrase lists are the project's own, and deliberately short: a line that is not
 * recognised stays. Immutable and thread-safe.
 */
final class Furniture {

  /** How sure a line is furniture. */
  enum Strength {
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
  static final int MAX_LINE = 400;

  /** The longest line that can be furniture anywhere. */
  static final int MAX_ANYWHERE_LINE = 200;

  /** The longest line compared with the whole-line phrases. */
  private static final int MAX_PHRASE_LINE = 60;

  /** Whole lines that are furniture anywhere (lower case, outer punctuation removed). */
  private static final Set<String> ANYWHERE_LINES =
      Set.of(
          "advertisement",
          "advertisements",
          "advertisment",
          "sponsored",
          "sponsored links",
          "sponsored link",
          "sponsored content",
          "sponsored stories",
          "paid content",
          "promoted content",
          "skip to main content",
          "skip to content",
          "skip to navigation",
          "skip to main navigation",
          "skip navigation",
          "jump to navigation",
          "jump to content",
          "share this article",
          "share this story",
          "share this page",
          "share this post",
          "share article",
          "share this",
          "story continues below advertisement",
          "story continues below",
          "article continues below",
          "article continues below this ad",
          "continue reading below",
          "advertisement continue reading below",
          "scroll to continue with content",
          "scroll to continue",
          "click here to subscribe",
          "subscribe to our newsletter",
          "sign up for our newsletter",
          "trending now",
          "werbung",
          "anzeige",
          "publicité",
          "publicidad",
          "pubblicità",
          "publicidade",
          "реклама",
          "إعلان");

  /** Line beginnings that are furniture anywhere. */
  private static final List<String> ANYWHERE_PREFIXES =
      List.of(
          "please enable javascript",
          "you need to enable javascript",
          "javascript is disabled",
          "your browser does not support");

  /** Labels of a link to another article, put between paragraphs: "READ MORE: Ferry fares rise". */
  private static final List<String> TEASER_LABELS =
      List.of("read more:", "read also:", "also read:", "related:", "see also:", "more:");

  /** {@link #ANYWHERE_LINES} without their spaces. */
  private static final Set<String> ANYWHERE_JOINED = withoutSpaces(ANYWHERE_LINES);

  /** Whole lines that are furniture at the start or end of a document. */
  private static final Set<String> EDGE_LINES =
      Set.of(
          "latest news",
          "latest",
          "latest stories",
          "latest articles",
          "related articles",
          "related stories",
          "related news",
          "related content",
          "related posts",
          "related coverage",
          "related",
          "read more",
          "read next",
          "read also",
          "also read",
          "continue reading",
          "more news",
          "more stories",
          "more on this story",
          "more from this section",
          "photos and videos",
          "photos",
          "videos",
          "photo gallery",
          "most read",
          "most popular",
          "most viewed",
          "most shared",
          "top stories",
          "top news",
          "recommended",
          "recommended for you",
          "you may also like",
          "you might also like",
          "editor's picks",
          "editors' picks",
          "see also",
          "subscribe",
          "subscribe now",
          "sign up",
          "sign in",
          "log in",
          "login",
          "register",
          "newsletter",
          "back to top",
          "print",
          "email",
          "print this article",
          "email this article",
          "comments",
          "comment",
          "leave a comment",
          "leave a reply",
          "add comment",
          "show comments",
          "view comments",
          "share",
          "tweet",
          "menu",
          "search",
          "close",
          "loading",
          "next article",
          "previous article",
          "breaking news",
          "trending",
          "advertising",
          "listen to this article");

  /** {@link #EDGE_LINES} without their spaces. */
  private static final Set<String> EDGE_JOINED = withoutSpaces(EDGE_LINES);

  /** Line beginnings that are furniture at the edges (lower case). */
  private static final List<String> EDGE_PREFIXES =
      List.of(
          "tags:",
          "tag:",
          "tagged:",
          "tagged with:",
          "topics:",
          "filed under:",
          "categories:",
          "category:",
          "keywords:",
          "schlagworte:",
          "schlagwörter:",
          "mots-clés:",
          "etiquetas:",
          "related:",
          "see also:",
          "read more:",
          "read also:",
          "also read:",
          "full story:",
          "read the full text",
          "read the full story",
          "read the full article",
          "read the original",
          "read more at",
          "read more on",
          "continue reading",
          "click here",
          "follow us",
          "sign up for",
          "subscribe to",
          "download our app",
          "get our app");

  /** Phrases that make a short line a copyright notice wherever they stand in it. */
  private static final List<String> RIGHTS_RESERVED =
      List.of(
          "all rights reserved",
          "alle rechte vorbehalten",
          "tous droits réservés",
          "todos los derechos reservados");

  /** How a feed footer with "first appeared on" begins; a sentence about a song does not. */
  private static final List<String> FEED_FOOTER_OPENINGS =
      List.of("the post ", "read more", "this article", "this story", "the article", "this post");

  private static final Set<String> SOCIAL_PLATFORMS =
      Set.of(
          "facebook",
          "twitter",
          "x",
          "whatsapp",
          "linkedin",
          "pinterest",
          "reddit",
          "telegram",
          "instagram",
          "youtube",
          "tiktok",
          "messenger",
          "flipboard",
          "tumblr",
          "vk",
          "weibo",
          "wechat",
          "threads",
          "bluesky",
          "mastodon",
          "snapchat");

  private static final Set<String> SOCIAL_VERBS =
      Set.of("share", "follow", "tweet", "email", "e-mail", "print", "pin", "save", "subscribe");

  private static final Set<String> SOCIAL_OTHER =
      Set.of(
          "on",
          "via",
          "this",
          "article",
          "story",
          "post",
          "page",
          "link",
          "us",
          "me",
          "mail",
          "copy",
          "comment",
          "comments",
          "to",
          "our",
          "channel",
          "and",
          "or",
          "the",
          "sms",
          "google",
          "with",
          "a",
          "friend",
          "friends");

  /**
   * The first words of every line that can be furniture anywhere, for {@link #mayBeAnywhere}: the
   * first word of each phrase, prefix and teaser label, and the words share buttons start with.
   */
  private static final Set<String> ANYWHERE_FIRST_WORDS = anywhereFirstWords();

  private Furniture() {}

  private static Set<String> anywhereFirstWords() {
    java.util.HashSet<String> words = new java.util.HashSet<>();
    for (String phrase : ANYWHERE_LINES) {
      words.add(firstWord(phrase));
    }
    for (String prefix : ANYWHERE_PREFIXES) {
      words.add(firstWord(prefix));
    }
    for (String label : TEASER_LABELS) {
      words.add(firstWord(label));
    }
    words.addAll(SOCIAL_PLATFORMS);
    words.addAll(SOCIAL_VERBS);
    return Set.copyOf(words);
  }

  private static String firstWord(String phrase) {
    int end = 0;
    while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
      end++;
    }
    return phrase.substring(0, end);
  }

  private static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-';
  }

  /**
   * A cheap test, reading only the first word, that rules out most lines as furniture anywhere;
   * when it answers false, {@link #classify} does not answer {@link Strength#ANYWHERE}.
   */
  static boolean mayBeAnywhere(String text, int start, int end) {
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
    while (e < end && e - s <= 16 && isWordChar(text.charAt(e))) {
      e++;
    }
    if (e == s || e - s > 16) {
      return false;
    }
    return ANYWHERE_FIRST_WORDS.contains(text.substring(s, e).toLowerCase(Locale.ROOT));
  }

  /** How sure it is that {@code text[start, end)}, a whole line, is furniture. */
  static Strength classify(String text, int start, int end) {
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
    if (ANYWHERE_LINES.contains(key) || ANYWHERE_JOINED.contains(joined) || isSocial(lower)) {
      return Strength.ANYWHERE;
    }
    String head = withoutLeadingSymbols(lower);
    for (String prefix : ANYWHERE_PREFIXES) {
      if (head.startsWith(prefix) && isShortCall(head, prefix)) {
        return Strength.ANYWHERE;
      }
    }
    if (isTeaser(head)) {
      return Strength.ANYWHERE;
    }
    if ((EDGE_LINES.contains(key) || EDGE_JOINED.contains(joined)) && !lower.endsWith(":")) {
      return Strength.EDGE; // but "Comment:" introduces what follows
    }
    if (head.length() <= 300) {
      if (isCopyright(head)) {
        return Strength.FOOTER;
      }
      for (String prefix : EDGE_PREFIXES) {
        if (head.startsWith(prefix) && (prefix.endsWith(":") || isShortCall(head, prefix))) {
          return Strength.EDGE;
        }
      }
      if (head.length() <= 200) {
        for (String phrase : RIGHTS_RESERVED) {
          if (head.contains(phrase)) {
            return Strength.FOOTER;
          }
        }
      }
      if (head.contains("appeared first on") || head.contains("first appeared on")) {
        // "The post Ferry strike ends appeared first on Harbour Daily.", "read more ... first
        // appeared on Harbour Trade Weekly."; but not "The song first appeared on an album."
        for (String opening : FEED_FOOTER_OPENINGS) {
          if (head.startsWith(opening)) {
            return Strength.EDGE;
          }
        }
      }
    }
    if (isCookieNotice(lower)) {
      return Strength.EDGE;
    }
    return Strength.NONE;
  }

  private static Set<String> withoutSpaces(Set<String> phrases) {
    return phrases.stream()
        .filter(phrase -> phrase.indexOf(' ') >= 0)
        .map(phrase -> phrase.replace(" ", ""))
        .collect(Collectors.toUnmodifiableSet());
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

  /** Whether {@code text[start, end)} is furniture of any strength. */
  static boolean isFurniture(String text, int start, int end) {
    return classify(text, start, end) != Strength.NONE;
  }

  /**
   * "READ MORE: Ferry fares rise in winter": a label and a headline, which has no closing period;
   * no sentence starts with such a label.
   */
  private static boolean isTeaser(String head) {
    if (head.length() > 150 || head.endsWith(".")) {
      return false;
    }
    for (String label : TEASER_LABELS) {
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

  /**
   * A line made only of share and follow buttons: "Share on Facebook Share on Twitter", "Follow us
   * on Twitter @gulfdaily", "Facebook | Twitter | WhatsApp | Email". Every word must be one of the
   * buttons' words, so no sentence matches.
   */
  private static boolean isSocial(String lower) {
    if (lower.length() > 160) {
      return false;
    }
    int words = 0;
    int platforms = 0;
    int verbs = 0;
    int at = 0;
    int length = lower.length();
    while (at < length) {
      while (at < length && isSocialSeparator(lower.charAt(at))) {
        at++;
      }
      int start = at;
      while (at < length && !isSocialSeparator(lower.charAt(at))) {
        at++;
      }
      if (start == at) {
        continue;
      }
      if (lower.charAt(start) == '@' && at - start > 1) {
        words++;
        continue;
      }
      int s = start;
      int e = at;
      while (s < e && !Character.isLetterOrDigit(lower.charAt(s))) {
        s++;
      }
      while (e > s && !Character.isLetterOrDigit(lower.charAt(e - 1))) {
        e--;
      }
      if (s == e) {
        continue; // a lone symbol between buttons
      }
      String word = lower.substring(s, e);
      words++;
      if (words == 1 && !SOCIAL_PLATFORMS.contains(word) && !SOCIAL_VERBS.contains(word)) {
        return false; // buttons start with a platform or a verb: "Share on", "Facebook |"
      }
      if (SOCIAL_PLATFORMS.contains(word)) {
        platforms++;
      } else if (SOCIAL_VERBS.contains(word)) {
        verbs++;
      } else if (!SOCIAL_OTHER.contains(word)) {
        return false;
      }
    }
    return words >= 2 && (platforms >= 2 || (platforms >= 1 && verbs >= 1) || verbs >= 1);
  }

  private static boolean isSocialSeparator(char c) {
    return Characters.isSpace(c) || c == '|' || c == '·' || c == '•' || c == '/' || c == ',';
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
