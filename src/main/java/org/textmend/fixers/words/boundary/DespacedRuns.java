package org.textmend.fixers.words.boundary;

import java.util.ArrayList;
import java.util.List;
import org.textmend.lexicon.Characters;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.Edit;

/**
 * The spaces a paragraph lost when every one of them went, as a PDF text layer can leave it:
 * "Inthesystemoffunctioningofpublicauthorities,afileisnormallyopened" → "In the system of
 * functioning of public authorities, a file is normally opened".
 *
 * <p>A token is taken for such a paragraph only when it is long ({@link #MIN_LENGTH} characters or
 * more), holds no mark of an address or code, is written in the Latin script, and its best
 * segmentation ({@link RunSegmenter}) reads as English: several words, nearly all letters in words
 * the lexicon knows, a high score per character, and at most half of the tokens capitalised (an
 * identifier in camel case splits into capitalised words only), and at least half of its cuts
 * between two letters (a chain of hyphenated words is cut at its hyphens only). A German compound,
 * a URL, an identifier, a hash, base64, a DNA sequence or Thai text fails one of these and stays as
 * it is. Stateless and thread-safe; each call makes its own model.
 */
final class DespacedRuns {

  /** The shortest token that is looked at: shorter glued tokens are the word engine's. */
  static final int MIN_LENGTH = 30;

  /** The fewest tokens a segmentation must have. */
  static final int MIN_TOKENS = 5;

  /** The share of the run's letters that must fall into words the lexicon knows. */
  static final double MIN_KNOWN_SHARE = 0.9;

  /** The lowest mean score per character (natural log) of an accepted segmentation. */
  static final double MIN_SCORE_PER_CHAR = -2.6;

  /** The longest mean token length, in characters, of an accepted segmentation. */
  static final double MAX_MEAN_TOKEN = 9.0;

  /**
   * A run longer than this is first judged on its beginning alone, so that a megabyte of base64 is
   * turned down after a few thousand characters rather than segmented whole.
   */
  static final int PROBE = 2048;

  private DespacedRuns() {}

  /** The edits that put back the spaces of each despaced run of {@code text}, in order. */
  static List<Edit> edits(String text, Lexicon lexicon) {
    char[] chars = null;
    RunSegmenter segmenter = null;
    List<Edit> edits = new ArrayList<>();
    int length = text.length();
    int i = 0;
    while (i < length) {
      if (Characters.isSpace(text.charAt(i))) {
        i++;
        continue;
      }
      int end = tokenEnd(text, i);
      if (end - i >= MIN_LENGTH && isCandidate(text, i, end)) {
        if (chars == null) {
          chars = text.toCharArray();
          boolean spacedDashes = text.contains(" - ") || text.contains(" \u2013 ");
          DocumentLexicon document = DocumentLexicon.of(chars);
          WordModel model = new WordModel(lexicon, document, spacedDashes);
          segmenter =
              new RunSegmenter(
                  model, lexicon, DashShare.of(text, MIN_LENGTH), ContextModel.english(), document);
        }
        if (end - i <= PROBE || reads(segmenter.segment(chars, i, i + PROBE))) {
          RunSegmenter.Segmentation segmentation = segmenter.segment(chars, i, end);
          if (reads(segmentation)) {
            for (int cut : segmentation.cuts()) {
              edits.add(Edit.insert(cut, " "));
            }
          }
        }
      }
      i = end;
    }
    return edits;
  }

  /**
   * The end of the token of {@code text} (characters other than white space) from {@code start}.
   */
  static int tokenEnd(CharSequence text, int start) {
    int end = start;
    while (end < text.length() && !Characters.isSpace(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** Whether a segmentation reads as English prose. */
  static boolean reads(RunSegmenter.Segmentation segmentation) {
    int tokens = segmentation.cuts().length + 1;
    return tokens >= MIN_TOKENS
        && 2 * segmentation.cutsBetweenLetters() >= tokens - 1
        && segmentation.knownShare() >= MIN_KNOWN_SHARE
        && 2 * segmentation.capitalisedTokens() <= tokens
        && segmentation.scorePerChar() >= MIN_SCORE_PER_CHAR
        && (double) segmentation.letters() / tokens <= MAX_MEAN_TOKEN;
  }

  /**
   * The fewest characters of a run per point of a domain or file name it may hold: a despaced
   * paragraph can name a site ("AfakePaypal.comhasalreadybeenregistered"), but a dotted identifier
   * ("org.example.util.StringTools") has a point every few words.
   */
  static final int CHARS_PER_NAME_POINT = 100;

  /**
   * Whether {@code text[start, end)} may be a despaced paragraph: mostly letters, all of them
   * Latin, lower case among them, none of the marks of an address, a path or code, and points of a
   * domain or file name only far apart in a long run.
   */
  static boolean isCandidate(CharSequence text, int start, int end) {
    int letters = 0;
    int lower = 0;
    int namePoints = 0;
    for (int k = start; k < end; k++) {
      char c = text.charAt(k);
      if (Character.isLetter(c)) {
        if (Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
          return false;
        }
        letters++;
        if (Character.isLowerCase(c)) {
          lower++;
        }
      } else if (isCodeMark(text, k, end)) {
        return false;
      } else if (text.charAt(k) == '.' && isFileOrDomainPoint(text, k, end)) {
        namePoints++;
      }
    }
    return letters >= 0.75 * (end - start)
        && lower >= letters / 2
        && (long) namePoints * CHARS_PER_NAME_POINT <= end - start;
  }

  private static boolean isCodeMark(CharSequence text, int k, int end) {
    return switch (text.charAt(k)) {
      case '@', '_', '=', '<', '>', '{', '}', '\\', '|', '#', '~', '^', '*' -> true;
      case ':', '/' -> k + 1 < end && text.charAt(k + 1) == '/';
      case '.' -> k >= 3 && isWww(text, k - 3);
      default -> false;
    };
  }

  /**
   * A point between a letter or digit and a lower-case letter, as in a domain or a file name
   * ("games.com", "manager.zip"); a sentence in a despaced paragraph starts with a capital.
   */
  private static boolean isFileOrDomainPoint(CharSequence text, int k, int end) {
    return k > 0
        && k + 1 < end
        && Character.isLetterOrDigit(text.charAt(k - 1))
        && Character.isLowerCase(text.charAt(k + 1));
  }

  private static boolean isWww(CharSequence text, int at) {
    return at >= 0
        && Character.toLowerCase(text.charAt(at)) == 'w'
        && Character.toLowerCase(text.charAt(at + 1)) == 'w'
        && Character.toLowerCase(text.charAt(at + 2)) == 'w';
  }
}
