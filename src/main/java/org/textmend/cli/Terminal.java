package org.textmend.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether standard error is a terminal, which decides whether a progress line is drawn. Java 17
 * cannot ask for one stream ({@code System.console()} needs standard input and output to be
 * terminals too), so: the launcher says so in the system property {@value #PROPERTY} ({@code [ -t 2
 * ]}); without it, on Linux, where {@code /proc/self/fd/2} points is asked. A {@code TERM} of
 * {@code dumb} means no. {@code NO_COLOR} (no-color.org) asks for no escape codes: textmend prints
 * no colour, and draws its progress line without them.
 */
final class Terminal {

  static final String PROPERTY = "textmend.stderr.tty";

  private Terminal() {}

  /** False when {@code NO_COLOR} is set to anything but the empty string. */
  static boolean escapeCodesWanted() {
    String noColor = System.getenv("NO_COLOR");
    return noColor == null || noColor.isEmpty();
  }

  static boolean standardErrorIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    String told = System.getProperty(PROPERTY);
    if (told != null) {
      return told.equals("1") || told.equals("true");
    }
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (Exception e) {
      return false; // not Linux, or not allowed to look: no progress line
    }
  }
}
