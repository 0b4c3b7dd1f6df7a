package org.textmend.fixers.words.boundary;

import org.jspecify.annotations.Nullable;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.DocumentLexicon;

/**
 * How well a split of a token fits its neighbours, as a log-likelihood ratio to add to the split's
 * lexical score: "Russian targets" between "civilian and" and "in" against "Russiantargets", "a
 * political solution" against "apolitical solution".
 *
 * <p>Two sources. The {@link ContextModel} says how much likelier than chance each pair of words
 * the split makes is ("in the" high, "I an" low), against the pairs of the token as it stands. The
 * document itself says the same from its own pairs: a document that writes "the Russian" elsewhere
 * supports "the|Russian" here. Only pairs that nothing but a space separates count, as in the
 * model. The cost is a few hash look-ups per candidate place, never per character of the text. Not
 * thread-safe; one per analysis.
 */
final class ContextEvidence {

  /** The weight of the association of the two parts of the split with each other. */
  static final double INNER = 1.0;

  /** The weight of the association of a part with the word beside the token. */
  static final double OUTER = 0.5;

  /** Evidence for each time the document has a part and its neighbour side by side elsewhere. */
  static final double DOCUMENT_PAIR = 1.0;

  private final TokenIndex tokens;
  private final char[] chars;
  private final ContextModel model;
  private final @Nullable ContextModel batch;
  private final DocumentLexicon document;
  private final boolean useModel;
  private final boolean useDocument;

  ContextEvidence(TokenIndex tokens, ContextModel model, DocumentLexicon document) {
    this(tokens, model, null, document, true, true);
  }

  /** Evidence from the built-in model, the word pairs of the batch (if any) and the document. */
  ContextEvidence(
      TokenIndex tokens,
      ContextModel model,
      @Nullable ContextModel batch,
      DocumentLexicon document) {
    this(tokens, model, batch, document, true, true);
  }

  /**
   * Evidence from the sources chosen: the model, the document or both (measuring what each is
   * worth).
   */
  ContextEvidence(
      TokenIndex tokens,
      ContextModel model,
      @Nullable ContextModel batch,
      DocumentLexicon document,
      boolean useModel,
      boolean useDocument) {
    this.batch = batch;
    this.useModel = useModel;
    this.useDocument = useDocument;
    this.tokens = tokens;
    this.chars = tokens.chars();
    this.model = model;
    this.document = document;
  }

  /**
   * The evidence of the context for a boundary at {@code e} inside token {@code t}, against the
   * token as it stands; 0 where the place is beside punctuation (a sentence end) or has no word on
   * either side.
   */
  double of(int t, int e) {
    int start = tokens.tokenStart(t);
    int end = tokens.tokenEnd(t);
    if (!isWordChar(e - 1) || !isWordChar(e)) {
      return 0;
    }
    int from = e - 1;
    while (from > start && isWordChar(from - 1)) {
      from--;
    }
    int to = e + 1;
    while (to < end && isWordChar(to)) {
      to++;
    }
    double evidence = useModel ? INNER * association(from, e, e, to) : 0;
    if (from == start
        && t > 0
        && tokens.sameLine(t - 1, t)
        && isWordChar(tokens.tokenEnd(t - 1) - 1)) {
      int prevEnd = tokens.tokenEnd(t - 1);
      int prevStart = prevEnd - 1;
      while (prevStart > tokens.tokenStart(t - 1) && isWordChar(prevStart - 1)) {
        prevStart--;
      }
      evidence += outer(prevStart, prevEnd, from, e, 0) - outer(prevStart, prevEnd, from, to, 1);
    }
    if (to == end
        && t + 1 < tokens.tokenCount()
        && tokens.sameLine(t, t + 1)
        && isWordChar(next(t))) {
      int nextStart = next(t);
      int nextEnd = nextStart + 1;
      while (nextEnd < tokens.tokenEnd(t + 1) && isWordChar(nextEnd)) {
        nextEnd++;
      }
      evidence += outer(e, to, nextStart, nextEnd, 0) - outer(from, to, nextStart, nextEnd, 1);
    }
    return evidence;
  }

  /**
   * The evidence of the pair {@code text[a, b)} {@code text[c, d)} from both sources; {@code own}
   * is how many of the document's uses of the pair are this place (1 when the pair holds the token
   * as it stands), which are no evidence.
   */
  private double outer(int a, int b, int c, int d, int own) {
    double evidence = 0;
    if (useModel) {
      evidence += OUTER * association(a, b, c, d);
    }
    if (useDocument) {
      int pairs = document.pairCount(chars, a, b, chars, c, d) - own;
      evidence += DOCUMENT_PAIR * Math.min(2, Math.max(0, pairs));
    }
    return evidence;
  }

  /**
   * The association of the pair {@code text[a, b)} {@code text[c, d)}: the built-in model's, and
   * the batch's where there is one. Their mean, so that the scale stays that of one model; a pair
   * the batch writes often outweighs a gloss corpus that rarely has it.
   */
  private double association(int a, int b, int c, int d) {
    double english = model.association(chars, a, b, chars, c, d);
    ContextModel pairs = batch;
    return pairs == null
        ? english
        : english + Math.max(0, pairs.association(chars, a, b, chars, c, d));
  }

  private int next(int t) {
    return tokens.tokenStart(t + 1);
  }

  private boolean isWordChar(int k) {
    return Character.isLetterOrDigit(chars[k]);
  }
}
