package org.textmend.cli;

/** The exit codes of the textmend command; when several apply, the highest wins. */
final class ExitCodes {

  /** Every input was processed. */
  public static final int OK = 0;

  /** {@code --check}: at least one input would change. */
  public static final int CHANGES_FOUND = 1;

  /** The command line is wrong: an unknown option or fixer, a bad value, conflicting options. */
  public static final int USAGE = 2;

  /** Some inputs could not be read, decoded or written; the others were processed. */
  public static final int INPUT_FAILED = 3;

  /** A bug in textmend: an unexpected exception. */
  public static final int INTERNAL_ERROR = 4;

  private ExitCodes() {}
}
