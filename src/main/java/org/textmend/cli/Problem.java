package org.textmend.cli;

/**
 * Something that went wrong with an input, for the report: what, and on which line ({@code 0} when
 * it concerns the whole input). Immutable.
 */
record Problem(long line, String message) {}
