package org.textmend.fixers.structure.furniture;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The phrases of site furniture, in lower case: whole lines and line beginnings that are furniture
 * anywhere or at the edges of a document, teaser labels, copyright and feed-footer phrases. The
 * lists are the project's own, and deliberately short: a line that is not recognised stays.
 */
final class FurniturePhrases {

  /** Whole lines that are furniture anywhere (lower case, outer punctuation removed). */
  static final Set<String> ANYWHERE_LINES =
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
  static final List<String> ANYWHERE_PREFIXES =
      List.of(
          "please enable javascript",
          "you need to enable javascript",
          "javascript is disabled",
          "your browser does not support");

  /** Labels of a link to another article, put between paragraphs: "READ MORE: Ferry fares rise". */
  static final List<String> TEASER_LABELS =
      List.of("read more:", "read also:", "also read:", "related:", "see also:", "more:");

  /** {@link #ANYWHERE_LINES} without their spaces. */
  static final Set<String> ANYWHERE_JOINED = withoutSpaces(ANYWHERE_LINES);

  /** Whole lines that are furniture at the start or end of a document. */
  static final Set<String> EDGE_LINES =
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
  static final Set<String> EDGE_JOINED = withoutSpaces(EDGE_LINES);

  /** Line beginnings that are furniture at the edges (lower case). */
  static final List<String> EDGE_PREFIXES =
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
  static final List<String> RIGHTS_RESERVED =
      List.of(
          "all rights reserved",
          "alle rechte vorbehalten",
          "tous droits réservés",
          "todos los derechos reservados");

  /** How a feed footer with "first appeared on" begins; a sentence about a song does not. */
  static final List<String> FEED_FOOTER_OPENINGS =
      List.of("the post ", "read more", "this article", "this story", "the article", "this post");

  /**
   * The first words of every line that can be furniture anywhere, for {@link
   * Furniture#mayBeAnywhere}: the first word of each phrase, prefix and teaser label, and the words
   * share buttons start with.
   */
  static final Set<String> ANYWHERE_FIRST_WORDS = anywhereFirstWords();

  private FurniturePhrases() {}

  private static Set<String> anywhereFirstWords() {
    Set<String> words = new HashSet<>();
    for (String phrase : ANYWHERE_LINES) {
      words.add(firstWord(phrase));
    }
    for (String prefix : ANYWHERE_PREFIXES) {
      words.add(firstWord(prefix));
    }
    for (String label : TEASER_LABELS) {
      words.add(firstWord(label));
    }
    words.addAll(SocialButtons.PLATFORMS);
    words.addAll(SocialButtons.VERBS);
    return Set.copyOf(words);
  }

  private static String firstWord(String phrase) {
    int end = 0;
    while (end < phrase.length() && isWordChar(phrase.charAt(end))) {
      end++;
    }
    return phrase.substring(0, end);
  }

  static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '-';
  }

  private static Set<String> withoutSpaces(Set<String> phrases) {
    return phrases.stream()
        .filter(phrase -> phrase.indexOf(' ') >= 0)
        .map(phrase -> phrase.replace(" ", ""))
        .collect(Collectors.toUnmodifiableSet());
  }
}
