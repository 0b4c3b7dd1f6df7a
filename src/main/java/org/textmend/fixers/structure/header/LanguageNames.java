package org.textmend.fixers.structure.header;

import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.header.HeaderLine.Kind;

/**
 * Names of languages as a language switcher shows them ("English", "Français", "Deutsch", "中文"),
 * each in its own language and in English, from ICU's locale data; and their two-letter codes in
 * capitals ("EN", "FR").
 *
 * <p>Loading the names takes a few hundred milliseconds, so it happens only when a header line
 * might be a row of language links. Immutable and thread-safe.
 */
final class LanguageNames {

  /**
   * The languages whose names are looked up: those most often offered by news sites' language
   * switchers. A name outside this list is not recognised, which leaves the line alone.
   */
  private static final String[] CODES =
      ("en fr de es it pt ru ar zh ja ko tr nl pl sv da no nb nn fi el he fa ur hi bn id ms vi th"
              + " uk cs sk hu ro bg sr hr bs sl lt lv et ca eu gl sw am ku ps az ka hy kk uz sq mk"
              + " is ga cy mt so ha yo ta te ml si ne tl")
          .split(" ");

  private LanguageNames() {}

  /** Whether {@code text[start, end)} is a language name, ignoring case. */
  static boolean isName(String text, int start, int end) {
    int length = end - start;
    if (length == 2 && isUpperCode(text, start)) {
      return true; // "EN | FR | DE"
    }
    if (length < 2 || length > Holder.MAX_LENGTH) {
      return false;
    }
    return Holder.NAMES.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
  }

  private static boolean isUpperCode(String text, int start) {
    char a = text.charAt(start);
    char b = text.charAt(start + 1);
    if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') {
      return false;
    }
    String code = new String(new char[] {a, b}).toLowerCase(Locale.ROOT);
    for (String known : CODES) {
      if (known.equals(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The length of the longest language name that {@code text} starts with at {@code start}, or 0.
   */
  static int prefixLength(String text, int start, int end) {
    int max = Math.min(end - start, Holder.MAX_LENGTH);
    for (int length = max; length >= 3; length--) {
      // names only: a code glued to a word ("ITALY") is not a link
      if (Holder.NAMES.contains(text.substring(start, start + length).toLowerCase(Locale.ROOT))) {
        return length;
      }
    }
    return 0;
  }

  /**
   * Reads the crumbs of a line as a row of language links: "English | Français | Deutsch", or
   * "Français | DeutschFerry strike ends" with the title glued to the last name. Null when they are
   * not.
   */
  static @Nullable HeaderLine links(
      String line, List<Span> segments, HeaderMetadata.Scan metadata) {
    int count = segments.size();
    for (int i = 0; i < count - 1; i++) {
      Span span = segments.get(i);
      if (!isName(line, span.start(), span.end())) {
        return null;
      }
    }
    List<String> names = new ArrayList<>(count);
    for (int i = 0; i < count - 1; i++) {
      names.add(segments.get(i).text(line));
    }
    Span last = segments.get(count - 1);
    if (isName(line, last.start(), last.end())) {
      names.add(last.text(line));
      return new HeaderLine(Kind.LANGUAGE_LINKS, null, -1, -1, false, true, names, metadata);
    }
    int titleStart = last.start();
    int prefix = prefixLength(line, last.start(), last.end());
    if (prefix > 0) {
      char next = line.charAt(last.start() + prefix);
      if (Character.isUpperCase(next) || Character.isDigit(next)) {
        // the last link glued to the title: "DeutschFerry strike ends"
        names.add(line.substring(last.start(), last.start() + prefix));
        titleStart = last.start() + prefix;
      }
    }
    if (!CrumbTrail.isTitle(line, titleStart, last.end())) {
      return null;
    }
    return new HeaderLine(
        Kind.LANGUAGE_LINKS,
        line.substring(titleStart, last.end()),
        titleStart,
        last.end(),
        false,
        true,
        names,
        metadata);
  }

  private static final class Holder {
    static final Set<String> NAMES = load();
    static final int MAX_LENGTH = NAMES.stream().mapToInt(String::length).max().orElse(0);

    private static Set<String> load() {
      Set<String> names = new HashSet<>();
      for (String code : CODES) {
        ULocale locale = new ULocale(code);
        add(names, locale.getDisplayLanguage(locale));
        add(names, locale.getDisplayLanguage(ULocale.ENGLISH));
      }
      return Set.copyOf(names);
    }

    private static void add(Set<String> names, String name) {
      if (name.length() >= 2 && !name.contains("(")) {
        names.add(name.toLowerCase(Locale.ROOT));
      }
    }
  }
}
