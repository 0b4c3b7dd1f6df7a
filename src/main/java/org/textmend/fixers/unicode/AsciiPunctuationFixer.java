package org.textmend.fixers.unicode;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Opt-in: replaces typographic quotation marks, dashes, the ellipsis and primes with their ASCII
 * stand-ins, for tools and readers that expect plain ASCII punctuation.
 *
 * <p>Example: {@code “It’s 5′11″ — and that’s all…”} → {@code "It's 5'11" -- and that's all..."}.
 *
 * <table>
 *   <caption>What becomes what</caption>
 *   <tr><td>‘ ’ ‚ ‛ ′</td><td>{@code '}</td></tr>
 *   <tr><td>“ ” „ ‟ ″</td><td>{@code "}</td></tr>
 *   <tr><td>‐ ‑ ‒ – − (hyphen, non-breaking hyphen, figure dash, en dash, minus)</td>
 *       <td>{@code -}</td></tr>
 *   <tr><td>— ― (em dash, horizontal bar)</td><td>{@code --}, so that a dash between two words
 *       does not read as a hyphenated word</td></tr>
 *   <tr><td>… ‴</td><td>{@code ...} and {@code '''}</td></tr>
 * </table>
 *
 * <p>Left alone: guillemets « » ‹ › (the quotation marks of French, Russian and other languages,
 * which have no ASCII equivalent; the transliterate fixer folds them), the modifier letter
 * apostrophe ʼ (a letter in Ukrainian and Hawaiian spelling), bullets, and every space (the
 * whitespace fixer's job). Not in the default pipeline, because curly quotes and dashes are not
 * defects. Immutable and thread-safe.
 */
public final class AsciiPunctuationFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "ascii-punctuation";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    List<Edit> edits = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x2010) {
        continue;
      }
      String ascii = ascii(c);
      if (ascii != null) {
        if (edits == null) {
          edits = new ArrayList<>();
        }
        edits.add(new Edit(i, i + 1, ascii));
      }
    }
    return edits == null ? List.of() : edits;
  }

  /** The ASCII stand-in for {@code c}, or null when it stays. */
  static String ascii(char c) {
    switch (c) {
      case '\u2018': // left single quotation mark
      case '\u2019': // right single quotation mark
      case '\u201A': // single low-9 quotation mark
      case '\u201B': // single high-reversed-9 quotation mark
      case '\u2032': // prime
        return "'";
      case '\u201C': // left double quotation mark
      case '\u201D': // right double quotation mark
      case '\u201E': // double low-9 quotation mark
      case '\u201F': // double high-reversed-9 quotation mark
      case '\u2033': // double prime
        return "\"";
      case '\u2034': // triple prime
        return "'''";
      case '\u2010': // hyphen
      case '\u2011': // non-breaking hyphen
      case '\u2012': // figure dash
      case '\u2013': // en dash
      case '\u2212': // minus sign
        return "-";
      case '\u2014': // em dash
      case '\u2015': // horizontal bar
        return "--";
      case '\u2026': // horizontal ellipsis
        return "...";
      default:
        return null;
    }
  }

  /** Registers {@code ascii-punctuation} (opt-in); it takes no parameters. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Opt-in: curly quotes, dashes, ellipsis and primes to ASCII (“a—b…” -> \"a--b...\")";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new AsciiPunctuationFixer();
    }
  }
}
