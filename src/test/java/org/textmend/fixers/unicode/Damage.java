package org.textmend.fixers.unicode;

import com.ibm.icu.text.Normalizer2;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Entities;

/**
 * The damage textmend repairs, done to clean text by the same mechanisms that do it in the wild:
 * UTF-8 bytes decoded in the wrong code page, entities from a page source, invisible characters,
 * decomposed accents.
 */
final class Damage {

  private Damage() {}

  /** UTF-8 decoded as windows-1252 the way browsers do it (undefined bytes become C1 controls). */
  static String asWindows1252(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CharsetDecoder decoder =
        Charset.forName("windows-1252")
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder out = new StringBuilder(bytes.length);
    for (byte b : bytes) {
      try {
        out.append(decoder.decode(ByteBuffer.wrap(new byte[] {b})));
      } catch (CharacterCodingException undefined) {
        out.append((char) (b & 0xFF));
      }
      decoder.reset();
    }
    return out.toString();
  }

  /** UTF-8 decoded as ISO-8859-1. */
  static String asLatin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** UTF-8 decoded as IBM code page 437. */
  static String asCp437(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), Charset.forName("IBM437"));
  }

  /**
   * Every character outside printable ASCII, and {@code & < > "}, written as an HTML reference:
   * named where HTML has a name, otherwise decimal and hexadecimal in turn.
   */
  static String asEntities(String text) {
    StringBuilder out = new StringBuilder();
    int[] count = {0};
    text.codePoints()
        .forEach(
            cp -> {
              if (cp >= 0x20 && cp < 0x7F && cp != '&' && cp != '<' && cp != '>' && cp != '"') {
                out.appendCodePoint(cp);
                return;
              }
              if (cp == '\n') {
                out.append('\n');
                return;
              }
              String escaped = Entities.escape(new String(Character.toChars(cp)));
              if (escaped.startsWith("&") && !escaped.startsWith("&#")) {
                out.append(escaped);
              } else if (count[0]++ % 2 == 0) {
                out.append("&#").append(cp).append(';');
              } else {
                out.append("&#x").append(Integer.toHexString(cp).toUpperCase()).append(';');
              }
            });
    return out.toString();
  }

  /** Every character that has a named reference in HTML5 written with it, the rest kept. */
  static String asNamedEntities(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String s = new String(Character.toChars(cp));
              String escaped = cp == '\n' ? s : Entities.escape(s);
              out.append(escaped.startsWith("&") && !escaped.startsWith("&#") ? escaped : s);
            });
    return out.toString();
  }

  /**
   * {@code invisible} inserted after the first letter that is followed by another letter, and then
   * after every {@code every}-th such letter, the way zero-width spaces and soft hyphens sit inside
   * scraped words.
   */
  static String withInvisible(String text, char invisible, int every) {
    StringBuilder out = new StringBuilder();
    int letters = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      out.appendCodePoint(cp);
      if (Character.isLetter(cp)
          && next < text.length()
          && Character.isLetter(text.codePointAt(next))
          && letters++ % every == 0) {
        out.append(invisible);
      }
      i = next;
    }
    return out.toString();
  }

  /** Canonical decomposition: accents as combining marks. */
  static String asNfd(String text) {
    return Normalizer2.getNFDInstance().normalize(text);
  }
}
