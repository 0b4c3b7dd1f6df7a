package org.textmend.fixers.words.boundary;

import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;
import org.textmend.lexicon.Lexicon;

/**
 * A word split twice by spaces, for {@link SpacedWords}: "Gov ern ment", or "Brit a in" where the
 * word engine split the fragment "ain" of "Brit ain" before the spaces were judged. Joined in one
 * cleaning, so that cleaning the result again changes nothing. Static helpers only.
 */
final class SplitTwice {

  private SplitTwice() {}

  /**
   * The end of a third part of a word split twice, one space after {@code text[end + 1, nextEnd)}
   * ("Gov ern ment", or "Brit a in" where the word engine split the fragment "ain"), or -1 when
   * none follows: letters that end a word, in a case that fits the first two parts.
   */
  static int thirdPartEnd(char[] text, int start, int end, int nextEnd) {
    if (nextEnd + 1 >= text.length || text[nextEnd] != ' ') {
      return -1;
    }
    int thirdEnd = SpacedWords.letterEnd(text, nextEnd + 1);
    if (thirdEnd == nextEnd + 1
        || !SpacedWords.isWordEnd(text, thirdEnd)
        || !SpacedWords.casesFit(text, start, end, nextEnd)
        || !SpacedWords.casesFit(text, end + 1, nextEnd, thirdEnd)) {
      return -1;
    }
    return thirdEnd;
  }

  /**
   * How much likelier the three parts {@code text[start, end)}, {@code text[end + 1, nextEnd)} and
   * {@code text[nextEnd + 1, thirdEnd)} are as one word the lexicon knows than as three, or
   * negative infinity when they must not be joined: three common words ("in so far", "He at her")
   * need {@link SpacedWords#COMMON_GAIN}, and a protected part is never joined.
   */
  static double gain(
      WordModel model,
      DocumentLexicon document,
      Lexicon lexicon,
      char[] text,
      int start,
      int end,
      int nextEnd,
      int thirdEnd) {
    if (lexicon.isProtected(text, start, end)
        || lexicon.isProtected(text, end + 1, nextEnd)
        || lexicon.isProtected(text, nextEnd + 1, thirdEnd)) {
      return Double.NEGATIVE_INFINITY;
    }
    char[] joined = SpacedWords.withoutSpaces(text, start, thirdEnd);
    int first = end - start;
    if (!SpacedWords.isVouched(lexicon, joined)) {
      return Double.NEGATIVE_INFINITY;
    }
    double gain =
        model.word(joined, 0, joined.length, WordModel.IGNORE_DOCUMENT)
            - model.word(text, start, end, 1)
            - model.word(text, end + 1, nextEnd, 1)
            - model.word(text, nextEnd + 1, thirdEnd, 1);
    boolean firstCommon = SpacedWords.isCommonWord(lexicon, text, start, end);
    if (firstCommon
        && SpacedWords.isCommonWord(lexicon, joined, first, joined.length)
        && SpacedWords.gain(model, document, lexicon, text, end + 1, nextEnd, thirdEnd)
            >= SpacedWords.MIN_GAIN) {
      // "money le nder", "as sayi ng": the last two parts make a word that reads after the first.
      return Double.NEGATIVE_INFINITY;
    }
    if (!firstCommon
        || !SpacedWords.isCommonWord(lexicon, text, end + 1, nextEnd)
        || !SpacedWords.isCommonWord(lexicon, text, nextEnd + 1, thirdEnd)) {
      return gain;
    }
    // Three common words: "to get her" and "in so far" read as a phrase and stay, while "Brit a in"
    // reads as none ("a in" is not English), and a document that writes "Britain" elsewhere says
    // which it is.
    ContextModel context = ContextModel.english();
    double phrase =
        context.association(text, start, end, text, end + 1, nextEnd)
            + context.association(text, end + 1, nextEnd, text, nextEnd + 1, thirdEnd);
    double evidence =
        gain
            - phrase
            + (document.count(joined, 0, joined.length) > 0 ? SpacedWords.DOCUMENT_WORD : 0);
    return evidence < SpacedWords.COMMON_GAIN ? Double.NEGATIVE_INFINITY : gain;
  }
}
