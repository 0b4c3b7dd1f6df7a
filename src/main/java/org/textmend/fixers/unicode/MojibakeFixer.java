package org.textmend.fixers.unicode;

import java.util.List;
import org.textmend.fixers.unicode.mojibake.MojibakeRepair;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Repairs mojibake: UTF-8 text that was decoded as windows-1252, ISO-8859-1 or code page 437, once
 * or more than once.
 *
 * <p>Examples: {@code "Itâ€™s a cafÃ© in ZÃ¼rich"} → {@code "It’s a café in Zürich"}; {@code
 * "By┬áSamir"} → {@code "By\u00A0Samir"} (code page 437; the no-break space is the whitespace
 * fixer's business); {@code "cafÃƒÂ©"} (decoded wrongly twice) → {@code "café"}; {@code
 * "It\u0092s"} (windows-1252 read as ISO-8859-1, leaving a C1 control character) → {@code "It’s"}.
 *
 * <p>How: every stretch of characters that encodes in the code page to well-formed UTF-8 of two or
 * more bytes per character is a candidate; it is decoded, decoded again while the result is itself
 * such a stretch, and replaced only when the original looks like mojibake and the result reads as
 * text (the package {@code mojibake}). Candidates with strong evidence ({@code Ã©}, {@code â€™}, a
 * C1 control, {@code ┬á}) are repaired on their own; those with weak evidence ({@code Ã…}, which a
 * Portuguese capital Ã before an ellipsis also gives) only in a document that has strong ones. A C1
 * control character outside any such stretch becomes the windows-1252 character of its byte when it
 * touches a letter or digit ("It\u0092s"), otherwise only in a damaged document. Invisible
 * characters inserted between the bytes (a zero-width space) travel with the repair for the
 * invisible fixer to judge. The repair runs in rounds until nothing changes (one repair can reveal
 * another beside it), so that running the fixer again proposes nothing.
 *
 * <p>Left alone: text in any language that was decoded right, even where it contains {@code Ã} or
 * {@code Â} ("NÃO", "SÃO PAULO", "CHÂTEAU") or an accented capital before a quotation mark
 * ("«CAFÉ»", "STRAßE“", Czech "PROHLÍŽEČ"); sequences whose decoding would be a rare character,
 * glued to a letter of another script, or inside a box-drawing picture, and symbol tables ("˜Â¯˘");
 * the C1 controls that windows-1252 leaves undefined (U+0081, U+008D, U+008F, U+0090, U+009D) when
 * they are not part of a sequence; and mojibake whose bytes were lost (an undefined byte dropped or
 * turned into U+FFFD, a no-break space turned into a space), which cannot be decoded without
 * guessing. Immutable and thread-safe.
 */
public final class MojibakeFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "mojibake";

  @Override
  public String name() {
    return NAME;
  }

  /**
   * {@inheritDoc}
   *
   * <p>The repair runs in rounds over its own result, composed into edits of {@code text}.
   */
  @Override
  public List<Edit> edits(String text) {
    return MojibakeRepair.edits(text);
  }

  /** Registers {@code mojibake}; it takes no parameters. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Repair mojibake: UTF-8 read as windows-1252, Latin-1 or cp437 (Itâ€™s -> It’s)";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new MojibakeFixer();
    }
  }
}
