package org.textmend.fixers.unicode;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Entities;
import org.textmend.fixers.unicode.mojibake.MojibakeRepair;
import org.textmend.lexicon.LineIndex;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Decodes HTML character references left in plain text by a scraper that took the page source
 * instead of the rendered text.
 *
 * <p>Example: {@code "Rock &amp; roll&#8230; it&#x2019;s caf&eacute; time&nbsp;now"} → {@code "Rock
 * & roll… it’s café time now"} (with a no-break space before "now", which the whitespace fixer
 * turns into a plain one). Every named reference of HTML5 is known (the table comes from jsoup);
 * numeric references 128–159 mean the windows-1252 characters, as in browsers ({@code &#146;} →
 * {@code ’}); an escaped escape is decoded to the end ({@code &amp;amp;lt;} → {@code <}), so that
 * running the fixer again finds nothing.
 *
 * <p>Left alone:
 *
 * <ul>
 *   <li>anything not written as a complete reference ending in {@code ;}: "AT&T", "R&D;", "&c", a
 *       bare "&", and the legacy forms without the semicolon ("&amp", "&copy 2004"), which in plain
 *       text are more often words than references;
 *   <li>the whole document when it is HTML or XML (it has tags such as {@code <p>} or {@code <a
 *       href=...>}, a comment or a doctype; decoding there would change the markup's meaning) or
 *       talks about markup (it says HTML, XML, entity, markup...: there a reference is shown on
 *       purpose, as in "write &amp; to get &");
 *   <li>references on a line of code, or inside a Markdown code span or fenced block;
 *   <li>the whole document when it shows a reference on purpose in any language: quoted as itself
 *       ({@code "&amp;"}), or in a list of three or more names ({@code &amp; &lt; &gt;});
 *   <li>references to U+0000, surrogates, non-characters, control characters other than tab and
 *       line breaks, and code points beyond U+10FFFF;
 *   <li>the short HTML5 names of mathematical operators ({@code &in;}, {@code &or;}, {@code &it;})
 *       right after a letter or digit, where they are more likely code ({@code a&in;}).
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class HtmlEntitiesFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "html-entities";

  private static final int MAX_NAME = 32;
  private static final int MAX_DECIMAL_DIGITS = 8;
  private static final int MAX_HEX_DIGITS = 7;
  private static final int MAX_CHAIN = 8;
  private static final int MAX_INVISIBLE = 4;

  /** Named entities in a row that make a list shown on purpose: "&amp; &lt; &gt;". */
  private static final int MIN_LIST = 3;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    int firstAmpersand = text.indexOf('&');
    if (firstAmpersand < 0 || !anyReference(text, firstAmpersand)) {
      return List.of();
    }
    if (EntityContext.markupDocument(text)) {
      return List.of();
    }
    List<Edit> edits = new ArrayList<>();
    int length = text.length();
    boolean inFence = false;
    int lineStart = 0;
    while (lineStart < length) {
      int lineEnd = LineIndex.endOfLine(text, lineStart);
      if (EntityContext.fenceLine(text, lineStart)) {
        inFence = !inFence;
      } else if (!inFence && !decodeLine(text, lineStart, lineEnd, edits)) {
        return List.of();
      }
      lineStart = lineEnd + 1;
    }
    return edits;
  }

  private static boolean anyReference(String text, int from) {
    for (int at = from; at >= 0; at = text.indexOf('&', at + 1)) {
      if (referenceEnd(text, at + 1) > 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * Adds the edits for the line {@code [lineStart, lineEnd)}. Returns false when the line shows
   * entities on purpose, so that the whole document must be left alone: an entity quoted as itself
   * ({@code "&amp;"}) or a list of them ({@code &amp; &lt; &gt;}), as text about markup in any
   * language has.
   */
  private static boolean decodeLine(String text, int lineStart, int lineEnd, List<Edit> edits) {
    int ticks = 0;
    int codeLine = -1; // -1 unknown, 0 no, 1 yes
    int lastTokenEnd = -1; // end of the last named entity that stood alone as a word
    int listed = 0; // how many such entities in a row, separated only by spaces and commas
    for (int i = lineStart; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (c == '`') {
        ticks++;
        continue;
      }
      if (c != '&') {
        continue;
      }
      Decoded decoded = decodeAt(text, i);
      if (decoded == null || (ticks & 1) == 1) {
        continue;
      }
      if (EntityContext.quoted(text, i, decoded.end)) {
        return false;
      }
      if (text.charAt(visible(text, i + 1)) != '#'
          && EntityContext.standsAlone(text, i, decoded.end, lineStart, lineEnd)) {
        boolean inList = lastTokenEnd >= 0 && EntityContext.onlySeparators(text, lastTokenEnd, i);
        listed = inList ? listed + 1 : 1;
        if (listed >= MIN_LIST) {
          return false;
        }
        lastTokenEnd = decoded.end;
      }
      if (codeLine < 0) {
        codeLine = EntityContext.codeLine(text, lineStart, lineEnd) ? 1 : 0;
      }
      if (codeLine == 0) {
        edits.add(new Edit(i, decoded.end, decoded.text));
      }
      i = decoded.end - 1;
    }
    return true;
  }

  private record Decoded(int end, String text) {}

  /**
   * The reference starting with the {@code &} at {@code at}, followed through escaped escapes
   * ({@code &amp;lt;}), or null.
   */
  private static Decoded decodeAt(String text, int at) {
    boolean afterWord = at > 0 && Character.isLetterOrDigit(text.charAt(at - 1));
    int bodyStart = at + 1;
    String value = null;
    int end = -1;
    for (int chain = 0; chain < MAX_CHAIN; chain++) {
      int bodyEnd = referenceEnd(text, bodyStart);
      if (bodyEnd < 0) {
        break;
      }
      String decoded = referenceValue(text, bodyStart, bodyEnd, afterWord);
      if (decoded == null) {
        break;
      }
      value = decoded;
      end = bodyEnd;
      if (!decoded.equals("&")) {
        break;
      }
      bodyStart = bodyEnd;
    }
    return value == null ? null : new Decoded(end, value);
  }

  /**
   * The end (after the {@code ;}) of a well-formed reference body starting at {@code start}, just
   * after an {@code &}: a name, {@code #digits} or {@code #xhex}, then {@code ;}. -1 if there is
   * none. Invisible characters inside ("&amp\u00AD;") are passed over and go with the reference,
   * since the invisible fixer would remove them and leave a reference for a second run.
   */
  private static int referenceEnd(String text, int start) {
    int length = text.length();
    int i = visible(text, start);
    if (i >= length) {
      return -1;
    }
    if (text.charAt(i) == '#') {
      i = visible(text, i + 1);
      boolean hex = i < length && (text.charAt(i) == 'x' || text.charAt(i) == 'X');
      if (hex) {
        i = visible(text, i + 1);
      }
      int digits = 0;
      while (i < length && digits <= MAX_DECIMAL_DIGITS && digit(text.charAt(i), hex)) {
        digits++;
        i = visible(text, i + 1);
      }
      if (digits == 0 || digits > (hex ? MAX_HEX_DIGITS : MAX_DECIMAL_DIGITS)) {
        return -1;
      }
    } else {
      if (!EntityContext.isAsciiLetter(text.charAt(i))) {
        return -1;
      }
      int letters = 0;
      while (i < length
          && letters <= MAX_NAME
          && EntityContext.isAsciiLetterOrDigit(text.charAt(i))) {
        letters++;
        i = visible(text, i + 1);
      }
      if (letters > MAX_NAME) {
        return -1;
      }
    }
    return i < length && text.charAt(i) == ';' ? i + 1 : -1;
  }

  /** The first position from {@code at} that is not an invisible character (a few at most). */
  private static int visible(String text, int at) {
    int i = at;
    for (int skipped = 0;
        i < text.length() && skipped < MAX_INVISIBLE && MojibakeRepair.ignorable(text.charAt(i));
        skipped++) {
      i++;
    }
    return i;
  }

  /** The reference body {@code [start, end)} without the invisible characters inside it. */
  private static String body(String text, int start, int end) {
    StringBuilder body = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (MojibakeRepair.ignorable(c)) {
        if (body == null) {
          body = new StringBuilder(text.substring(start, i));
        }
      } else if (body != null) {
        body.append(c);
      }
    }
    return body == null ? text.substring(start, end) : body.toString();
  }

  private static boolean digit(char c, boolean hex) {
    return (c >= '0' && c <= '9') || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')));
  }

  /** The text a well-formed reference body stands for, or null when it is to be left alone. */
  private static String referenceValue(String text, int start, int end, boolean afterWord) {
    String body = body(text, start, end - 1);
    if (body.charAt(0) != '#') {
      String name = body;
      if (!Entities.isNamedEntity(name)) {
        return null;
      }
      if (afterWord && name.length() <= 3 && !Entities.isBaseNamedEntity(name)) {
        return null;
      }
      return Entities.getByName(name);
    }
    boolean hex = body.charAt(1) == 'x' || body.charAt(1) == 'X';
    int codePoint = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
    if (codePoint >= 0x80 && codePoint < 0xA0) {
      // As in HTML5: the windows-1252 character, or the C1 control itself for the five bytes
      // windows-1252 leaves undefined (mojibake keeps those, and the mojibake fixer reads them).
      return String.valueOf(MojibakeRepair.windows1252ForC1((char) codePoint));
    }
    if (codePoint > Character.MAX_CODE_POINT
        || (codePoint >= 0xD800 && codePoint <= 0xDFFF)
        || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)
        || (codePoint & 0xFFFE) == 0xFFFE
        || codePoint == 0x7F
        || (codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r')) {
      return null;
    }
    return new String(Character.toChars(codePoint));
  }

  /** Registers {@code html-entities}; it takes no parameters. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Decode HTML entities (&amp; &#8217; &eacute;) in plain text, not in HTML or code";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new HtmlEntitiesFixer();
    }
  }
}
