package org.textmend.fixers.structure.furniture;

import java.util.Arrays;
import java.util.Set;
import org.textmend.lexicon.Characters;

/**
 * Recognises a line made only of share and follow buttons ("Share on Facebook Share on Twitter",
 * "Facebook | Twitter | WhatsApp | Email").
 */
final class SocialButtons {

  static final Set<String> PLATFORMS =
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

  static final Set<String> VERBS =
      Set.of("share", "follow", "tweet", "email", "e-mail", "print", "pin", "save", "subscribe");

  private static final Set<String> OTHER =
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

  private SocialButtons() {}

  /**
   * A line made only of share and follow buttons: "Share on Facebook Share on Twitter", "Follow us
   * on Twitter @gulfdaily", "Facebook | Twitter | WhatsApp | Email". Every word must be one of the
   * buttons' words, so no sentence matches.
   */
  static boolean isSocial(String lower) {
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
      if (words == 1 && !PLATFORMS.contains(word) && !VERBS.contains(word)) {
        return false; // buttons start with a platform or a verb: "Share on", "Facebook |"
      }
      if (PLATFORMS.contains(word)) {
        platforms++;
      } else if (VERBS.contains(word)) {
        verbs++;
      } else if (!OTHER.contains(word)) {
        return false;
      }
    }
    return words >= 2 && (platforms >= 2 || (platforms >= 1 && verbs >= 1) || verbs >= 1);
  }

  /**
   * A line of buttons whose words lost their spaces: "FacebookTwitterWhatsApp", "PrintEmailShare".
   * {@code lower} is the line in lower case; it must split wholly into platforms and verbs (at
   * least two), so no word of prose passes.
   */
  static boolean isGlued(String lower) {
    String s = lower.strip();
    if (s.length() < 8 || s.length() > 120) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    // pieces[i]: the fewest buttons that spell s[0, i), or -1 when none do
    int[] pieces = new int[s.length() + 1];
    Arrays.fill(pieces, -1);
    pieces[0] = 0;
    for (int i = 0; i < s.length(); i++) {
      if (pieces[i] < 0) {
        continue;
      }
      for (int e = i + 1; e <= s.length() && e - i <= 10; e++) {
        String word = s.substring(i, e);
        if ((PLATFORMS.contains(word) || VERBS.contains(word) || word.equals("mail"))
            && (pieces[e] < 0 || pieces[e] > pieces[i] + 1)) {
          pieces[e] = pieces[i] + 1;
        }
      }
    }
    return pieces[s.length()] >= 2;
  }

  private static boolean isSocialSeparator(char c) {
    return Characters.isSpace(c) || c == '|' || c == '·' || c == '•' || c == '/' || c == ',';
  }
}
