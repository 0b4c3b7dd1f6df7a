package org.textmend.fixers.unicode;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;
import org.textmend.pipeline.Step;

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
 * text ({@link MojibakeBadness}). Candidates with strong evidence ({@code Ã©}, {@code â€™}, a C1
 * control, {@code ┬á}) are repaired on their own; those with weak evidence ({@code Ã…}, which a
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

  /** The code pages whose mojibake this fixer repairs, in the order they are tried. */
  private static final CodePage[] PAGES = {
    CodePage.WINDOWS_1252, CodePage.CP437, CodePage.WINDOWS_1252_SOFT_HYPHENS
  };

  /** How many times text may have been decoded wrongly, one after the other. */
  private static final int MAX_LAYERS = 3;

  /** How many rounds of repair at most, each over the result of the one before. */
  private static final int MAX_ROUNDS = 3;

  /** How many invisible characters may sit between two bytes of a sequence. */
  private static final int MAX_SKIPPED = 4;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    List<Edit> edits = round(text);
    if (edits.isEmpty()) {
      return edits;
    }
    // A repair can change what its neighbours look like (a box-drawing neighbour turns out to be
    // mojibake itself); rounds until nothing more changes keep the fixer idempotent.
    String current = new Step(NAME, edits).applyTo(text);
    for (int round = 1; round < MAX_ROUNDS; round++) {
      List<Edit> more = round(current);
      if (more.isEmpty()) {
        break;
      }
      String next = new Step(NAME, more).applyTo(current);
      edits = EditComposition.compose(text, edits, current, more, next);
      current = next;
    }
    return edits;
  }

  /** One round of repairs over {@code text}. */
  private static List<Edit> round(String text) {
    List<Candidate> candidates = candidates(text, 0, text.length(), 0);
    if (candidates.isEmpty()) {
      return List.of();
    }
    boolean damaged = false;
    boolean damagedTwice = false;
    for (Candidate candidate : candidates) {
      damaged |= candidate.strong;
      damagedTwice |= candidate.twice;
    }
    List<Edit> edits = new ArrayList<>(candidates.size());
    for (Candidate candidate : candidates) {
      if (candidate.strong || damaged) {
        String replacement =
            damagedTwice && candidate.deeper != null ? candidate.deeper : candidate.replacement;
        edits.add(new Edit(candidate.start, candidate.end, replacement));
      }
    }
    return edits;
  }

  /**
   * A possible repair: replace {@code [start, end)} with {@code replacement}, or with {@code
   * deeper} in a document that was decoded wrongly twice.
   *
   * @param replacement the decoded text, with the strong repairs of a second layer of damage
   * @param deeper the decoded text with weak repairs of a second layer too, or null when the same
   *     or not plausible
   * @param strong whether the evidence of damage is strong enough on its own
   * @param twice whether the decoded text held strong damage itself: the text was damaged twice
   */
  private record Candidate(
      int start, int end, String replacement, String deeper, boolean strong, boolean twice) {}

  /**
   * The possible repairs in {@code [from, to)} of {@code text}, in order; {@code layer} counts how
   * many wrong decodings have been undone around this text already.
   */
  private static List<Candidate> candidates(String text, int from, int to, int layer) {
    List<Candidate> found = null;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c < 0x80) {
        i++;
        continue;
      }
      Candidate candidate = null;
      int failedEnd = i + 1;
      // The first reading with strong evidence wins, else the first plausible one.
      for (CodePage page : PAGES) {
        int end = clusterEnd(text, i, to, page);
        if (end > i) {
          Candidate reading = evaluate(text, i, end, page, layer);
          if (reading == null) {
            failedEnd = Math.max(failedEnd, end);
          } else if (candidate == null || (reading.strong && !candidate.strong)) {
            candidate = reading;
          }
          if (candidate != null && candidate.strong) {
            break;
          }
        }
      }
      if (found == null && (candidate != null || failedEnd > i + 1 || isC1(c))) {
        found = new ArrayList<>();
      }
      if (candidate != null) {
        found.add(candidate);
        i = candidate.end;
        continue;
      }
      // A rejected stretch is skipped whole, so that no character is examined twice; the C1
      // controls in it still stand for windows-1252 characters. Not inside a decoded stretch:
      // there a C1 control is an implausible decoding, not a character of the text.
      for (int k = i; k < failedEnd && layer == 0; k++) {
        char control = text.charAt(k);
        if (isC1(control) && CodePage.windows1252ForC1(control) != control) {
          String replacement = String.valueOf(CodePage.windows1252ForC1(control));
          found.add(new Candidate(k, k + 1, replacement, null, besideWord(text, k), false));
        }
      }
      i = failedEnd;
    }
    return found == null ? List.of() : found;
  }

  /**
   * Decodes {@code [start, end)}, a run of UTF-8 sequences in {@code page}, and judges it; null
   * when the result is not plausible text.
   */
  private static Candidate evaluate(String text, int start, int end, CodePage page, int layer) {
    StringBuilder decoded = new StringBuilder(end - start);
    for (int i = start; i < end; ) {
      if (skippable(text.charAt(i), page)) {
        decoded.append(text.charAt(i++)); // an invisible character between two sequences
        continue;
      }
      long sequence = sequence(text, i, end, page);
      int sequenceEnd = sequenceEnd(sequence);
      decoded.appendCodePoint(codePoint(sequence));
      for (int k = i + 1; k < sequenceEnd; k++) {
        if (skippable(text.charAt(k), page)) {
          decoded.append(text.charAt(k)); // kept, after the character it was inside of
        }
      }
      i = sequenceEnd;
    }
    boolean strong = MojibakeBadness.evidence(text, start, end, page) >= MojibakeBadness.STRONG;
    String once = decoded.toString();
    Layer inner = layer + 1 < MAX_LAYERS ? repairLayer(once, text, start, end, layer + 1) : null;
    String replacement = inner == null ? once : inner.strongOnly;
    if (!MojibakeBadness.plausible(replacement, text, start, end)
        || joinsNeighbours(replacement, text, start, end)) {
      return null;
    }
    String deeper = null;
    if (layer == 0
        && inner != null
        && !inner.all.equals(replacement)
        && MojibakeBadness.plausible(inner.all, text, start, end)) {
      deeper = inner.all;
    }
    return new Candidate(
        start, end, replacement, deeper, strong, inner != null && inner.strongInside);
  }

  /**
   * The decoded text of a stretch with the damage inside it repaired too.
   *
   * @param strongOnly with only the repairs that strong evidence supports
   * @param all with every plausible repair
   * @param strongInside whether there was a strong repair inside
   */
  private record Layer(String strongOnly, String all, boolean strongInside) {}

  /**
   * Repairs mojibake inside {@code decoded}, the decoding of {@code [start, end)} of {@code text}:
   * the text was decoded wrongly more than once. Judged with the characters around the stretch as
   * context. That the text was damaged once does not say it was damaged twice ("IRMÃ”" decoded once
   * is Portuguese, not "IRMÔ"), so a weak repair inside is made only in a document where strong
   * ones show the second layer of damage.
   */
  private static Layer repairLayer(String decoded, String text, int start, int end, int layer) {
    boolean suspicious = false;
    for (int i = 0; i < decoded.length() && !suspicious; i++) {
      suspicious = decoded.charAt(i) >= 0x80;
    }
    if (!suspicious) {
      return new Layer(decoded, decoded, false);
    }
    String before =
        start > 0
            ? text.substring(start - Character.charCount(text.codePointBefore(start)), start)
            : "";
    String after =
        end < text.length()
            ? text.substring(end, end + Character.charCount(text.codePointAt(end)))
            : "";
    String context = before + decoded + after;
    int from = before.length();
    int to = from + decoded.length();
    List<Candidate> inner = candidates(context, from, to, layer);
    if (inner.isEmpty()) {
      return new Layer(decoded, decoded, false);
    }
    StringBuilder strongOnly = new StringBuilder(decoded.length());
    StringBuilder all = new StringBuilder(decoded.length());
    boolean strongInside = false;
    int strongAt = from;
    int allAt = from;
    for (Candidate candidate : inner) {
      if (candidate.strong) {
        strongInside = true;
        strongOnly.append(context, strongAt, candidate.start).append(candidate.replacement);
        strongAt = candidate.end;
      }
      all.append(context, allAt, candidate.start).append(candidate.replacement);
      allAt = candidate.end;
    }
    strongOnly.append(context, strongAt, to);
    all.append(context, allAt, to);
    return new Layer(strongOnly.toString(), all.toString(), strongInside);
  }

  /**
   * Whether {@code replacement}, put in place of {@code [start, end)}, would make a UTF-8 sequence
   * with the characters around it ("Ã" before "Â©" becomes "Ã©"; "Ã’" before "™" becomes "Ò™"): the
   * text is then not mojibake of the kind repaired here, and repairing it would leave new mojibake
   * behind.
   */
  private static boolean joinsNeighbours(String replacement, String text, int start, int end) {
    String left = text.substring(Math.max(0, start - 3), start);
    String right = text.substring(end, Math.min(text.length(), end + 3));
    // Without the soft hyphens around: the invisible fixer removes them next. (Where one is a
    // byte of what the repair makes, the next round of this fixer takes it.)
    return joins(
        left.replace("\u00AD", ""), replacement.replace("\u00AD", ""), right.replace("\u00AD", ""));
  }

  private static boolean joins(String left, String replacement, String right) {
    String window = left + replacement + right;
    int replacementStart = left.length();
    int replacementEnd = replacementStart + replacement.length();
    for (int i = 0; i < window.length(); i++) {
      for (CodePage page : PAGES) {
        long sequence = sequence(window, i, window.length(), page);
        if (sequence < 0) {
          continue;
        }
        int sequenceEnd = sequenceEnd(sequence);
        if ((i < replacementStart && sequenceEnd > replacementStart)
            || (i < replacementEnd && sequenceEnd > replacementEnd)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The end of the run of UTF-8 sequences that starts at {@code start} when the characters are read
   * as bytes of {@code page}, or {@code start} when there is none.
   */
  private static int clusterEnd(String text, int start, int limit, CodePage page) {
    int at = start;
    int next = start;
    while (next < limit) {
      long sequence = sequence(text, next, limit, page);
      if (sequence < 0) {
        break;
      }
      at = sequenceEnd(sequence);
      // Invisible characters between two sequences stay inside the stretch, so that both halves
      // of "ÐŸ\u200BÑ€" are judged together.
      next = at;
      for (int skipped = 0;
          next < limit && skipped < MAX_SKIPPED && skippable(text.charAt(next), page);
          skipped++) {
        next++;
      }
    }
    return at;
  }

  /** The length of a UTF-8 sequence that starts with byte {@code lead}; 0 for any other byte. */
  static int sequenceLength(int lead) {
    if (lead < 0xC2 || lead > 0xF4) {
      return 0;
    }
    return lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  }

  /**
   * The well-formed UTF-8 sequence whose bytes are the {@code page} bytes of the characters from
   * {@code at}: its code point and end packed by {@link #sequenceEnd} and {@link #codePoint}, or
   * -1. Invisible characters that the page does not have (a zero-width space, a byte-order mark)
   * may sit between the bytes and become part of the stretch, as when they were inserted into text
   * that was mojibake already; left out, the repair would wait for the invisible fixer to remove
   * them and happen only on a second run.
   */
  static long sequence(CharSequence text, int at, int limit, CodePage page) {
    int lead = page.byteOf(text.charAt(at));
    int length = sequenceLength(lead);
    if (length == 0) {
      return -1;
    }
    int codePoint = lead & (0x7F >> length);
    int p = at + 1;
    for (int k = 1; k < length; k++) {
      for (int skipped = 0;
          p < limit && skipped < MAX_SKIPPED && skippable(text.charAt(p), page);
          skipped++) {
        p++;
      }
      if (p >= limit) {
        return -1;
      }
      int b = page.byteOf(text.charAt(p));
      if (b < 0x80 || b > 0xBF) {
        return -1;
      }
      if (k == 1
          && ((lead == 0xE0 && b < 0xA0)
              || (lead == 0xED && b > 0x9F)
              || (lead == 0xF0 && b < 0x90)
              || (lead == 0xF4 && b > 0x8F))) {
        return -1; // overlong, surrogate or beyond U+10FFFF
      }
      codePoint = (codePoint << 6) | (b & 0x3F);
      p++;
    }
    return ((long) codePoint << 32) | p;
  }

  /** The end of a sequence found by {@link #sequence}. */
  static int sequenceEnd(long sequence) {
    return (int) sequence;
  }

  /** The code point of a sequence found by {@link #sequence}. */
  static int codePoint(long sequence) {
    return (int) (sequence >>> 32);
  }

  /**
   * Whether {@code c} is an invisible or control character that cannot be a byte of a UTF-8
   * sequence in {@code page} (the soft hyphen is byte 0xAD of windows-1252 and can), so that it may
   * sit inside a stretch of mojibake as an insertion.
   */
  static boolean skippable(char c, CodePage page) {
    if (!MojibakeBadness.ignorable(c)) {
      return false;
    }
    int b = page.byteOf(c);
    return b < 0x80 || b > 0xBF;
  }

  /**
   * Whether the character at {@code at} touches a letter or digit: a C1 control there is a
   * windows-1252 character in text ("It\u0092s"); elsewhere it may be a control on purpose (a
   * regular expression's character class), and is repaired only in a damaged document.
   */
  private static boolean besideWord(String text, int at) {
    int before = MojibakeBadness.contextBefore(text, at);
    int after = MojibakeBadness.contextAfter(text, at + 1);
    return (before >= 0 && Character.isLetterOrDigit(before))
        || (after >= 0 && Character.isLetterOrDigit(after));
  }

  private static boolean isC1(char c) {
    return c >= 0x80 && c < 0xA0;
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
