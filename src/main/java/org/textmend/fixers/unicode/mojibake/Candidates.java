package org.textmend.fixers.unicode.mojibake;

import java.util.ArrayList;
import java.util.List;
import org.textmend.pipeline.Edit;

/**
 * One round of mojibake repair: finds the stretches that decode as UTF-8 in one of the code pages,
 * decodes them (layer under layer when the text was decoded wrongly more than once), judges each
 * ({@link MojibakeBadness}, {@link Plausibility}), and keeps the repairs the document supports.
 * Stateless.
 */
final class Candidates {

  /** The code pages whose mojibake this fixer repairs, in the order they are tried. */
  private static final CodePage[] PAGES = {
    CodePage.WINDOWS_1252, CodePage.CP437, CodePage.WINDOWS_1252_SOFT_HYPHENS
  };

  /** How many times text may have been decoded wrongly, one after the other. */
  private static final int MAX_LAYERS = 3;

  private Candidates() {}

  /** One round of repairs over {@code text}. */
  static List<Edit> round(String text) {
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
      if (Utf8Sequences.skippable(text.charAt(i), page)) {
        decoded.append(text.charAt(i++)); // an invisible character between two sequences
        continue;
      }
      long sequence = Utf8Sequences.sequence(text, i, end, page);
      int sequenceEnd = Utf8Sequences.sequenceEnd(sequence);
      decoded.appendCodePoint(Utf8Sequences.codePoint(sequence));
      for (int k = i + 1; k < sequenceEnd; k++) {
        if (Utf8Sequences.skippable(text.charAt(k), page)) {
          decoded.append(text.charAt(k)); // kept, after the character it was inside of
        }
      }
      i = sequenceEnd;
    }
    boolean strong = MojibakeBadness.evidence(text, start, end, page) >= MojibakeBadness.STRONG;
    String once = decoded.toString();
    Layer inner = layer + 1 < MAX_LAYERS ? repairLayer(once, text, start, end, layer + 1) : null;
    String replacement = inner == null ? once : inner.strongOnly;
    if (!Plausibility.plausible(replacement, text, start, end)
        || joinsNeighbours(replacement, text, start, end)) {
      return null;
    }
    String deeper = null;
    if (layer == 0
        && inner != null
        && !inner.all.equals(replacement)
        && Plausibility.plausible(inner.all, text, start, end)) {
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
        long sequence = Utf8Sequences.sequence(window, i, window.length(), page);
        if (sequence < 0) {
          continue;
        }
        int sequenceEnd = Utf8Sequences.sequenceEnd(sequence);
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
      long sequence = Utf8Sequences.sequence(text, next, limit, page);
      if (sequence < 0) {
        break;
      }
      at = Utf8Sequences.sequenceEnd(sequence);
      // Invisible characters between two sequences stay inside the stretch, so that both halves
      // of "ÐŸ\u200BÑ€" are judged together.
      next = at;
      for (int skipped = 0;
          next < limit
              && skipped < Utf8Sequences.MAX_SKIPPED
              && Utf8Sequences.skippable(text.charAt(next), page);
          skipped++) {
        next++;
      }
    }
    return at;
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
}
