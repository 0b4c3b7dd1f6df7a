/**
 * The word-boundary engine behind the word fixers: tokens and lines ({@code TokenIndex}), the
 * places a token may hide a join ({@code CandidateFinder}, {@code JoinClassifier}, {@code
 * SentenceBoundaries}), their lexical scores ({@code WordModel}), the line-width evidence ({@code
 * WrapModel}) and the decision ({@code JoinAnalysis}). Everything is package-private except {@link
 * org.textmend.fixers.words.boundary.Boundaries}, the joins of one document, which the fixers read.
 */
@NullMarked
package org.textmend.fixers.words.boundary;

import org.jspecify.annotations.NullMarked;
