package org.textmend.process.furniture;

/**
 * The 64-bit fingerprint of one line, the same for lines that differ only in letter case, digits or
 * white space: {@code "© 2019 Harbour Daily"} and {@code "© 2021 HARBOUR daily "} share one.
 *
 * <p>The line is case folded (upper, then lower case, {@code Locale}-independent), every decimal
 * digit counts as {@code 0}, and runs of white space count as one space, with none at either end;
 * the result is hashed with 64-bit FNV-1a and a final mix. A blank line has the fingerprint {@link
 * #BLANK}, which no other line has. Stateless and thread-safe. The hash is part of the profile
 * format: changing it changes {@link FurnitureProfile#VERSION}.
 */
public final class LineFingerprint {

  /** The fingerprint of a line that is empty or white space only. */
  public static final long BLANK = 0L;

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private LineFingerprint() {}

  /** The fingerprint of {@code line} (which should hold no line break). */
  public static long of(CharSequence line) {
    return of(line, 0, line.length());
  }

  /** The fingerprint of {@code text[start, end)}. */
  public static long of(CharSequence text, int start, int end) {
    long hash = FNV_OFFSET;
    boolean any = false;
    boolean space = false;
    int i = start;
    while (i < end) {
      int c = Character.codePointAt(text, i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = any;
        continue;
      }
      if (space) {
        hash = (hash ^ ' ') * FNV_PRIME;
        space = false;
      }
      int folded = Character.isDigit(c) ? '0' : Character.toLowerCase(Character.toUpperCase(c));
      hash = (hash ^ (folded & 0xffff)) * FNV_PRIME;
      if (folded > 0xffff) {
        hash = (hash ^ (folded >>> 16)) * FNV_PRIME;
      }
      any = true;
    }
    if (!any) {
      return BLANK;
    }
    long mixed = mix(hash);
    return mixed == BLANK ? 1L : mixed;
  }

  /** Combines two fingerprints into one key, order mattering (a line and the line after it). */
  static long pair(long first, long second) {
    long mixed = mix(first * 31 + mix(second ^ 0x9e3779b97f4a7c15L));
    return mixed == BLANK ? 1L : mixed;
  }

  /** The finaliser of SplitMix64: spreads FNV's weak low bits over the whole word. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
