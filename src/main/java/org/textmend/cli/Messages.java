package org.textmend.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;
import org.textmend.io.BinaryInputException;
import org.textmend.io.UndecodableInputException;
import org.textmend.io.UnencodableTextException;

/**
 * The one-line error messages of the command: {@code textmend: <file>: <what is wrong>. <what to
 * do>}.
 */
final class Messages {

  static final String PREFIX = "textmend: ";

  private Messages() {}

  /** {@code textmend: <label>: <problem>}. */
  static String about(String label, String problem) {
    return PREFIX + label + ": " + problem;
  }

  /** The message for a file that could not be read or decoded. */
  static String readError(String label, IOException error) {
    if (error instanceof BinaryInputException binary) {
      return about(
          label,
          "looks binary (NUL byte at byte "
              + binary.byteOffset()
              + "). textmend reads text files only; for UTF-16 text without a byte order mark,"
              + " try --encoding=UTF-16LE.");
    }
    if (error instanceof UndecodableInputException bad) {
      String problem = "not valid " + bad.charsetName() + " at byte " + bad.byteOffset() + ".";
      if (bad.suggestion() == null) {
        return about(label, problem + " Check --encoding.");
      }
      if (bad.mostlyUtf8()) {
        return about(
            label,
            problem
                + " The rest is UTF-8, so the file is damaged or mixes encodings. Try"
                + " --encoding="
                + bad.suggestion()
                + " to read it byte by byte.");
      }
      return about(label, problem + " Try --encoding=" + bad.suggestion() + ".");
    }
    if (error instanceof NoSuchFileException) {
      return about(label, "no such file or directory. Check the path.");
    }
    if (error instanceof AccessDeniedException) {
      return about(label, "permission denied. Check the file's permissions.");
    }
    if (error instanceof NotDirectoryException) {
      return about(label, "not a directory. Check the path.");
    }
    return about(label, "cannot read (" + reason(error) + "). Check the file.");
  }

  /** The message for an input too large for the memory Java was given. */
  static String outOfMemory(String label) {
    return about(
        label,
        "too large for the memory Java was given. Run with more, e.g."
            + " TEXTMEND_JAVA_OPTS=-Xmx8g bin/textmend ..., or clean it in smaller chunks"
            + " (--chunk-size).");
  }

  /** The message for an input that is a directory where a file is expected. */
  static String isDirectory(String label) {
    return about(
        label,
        "is a directory. Use --output-dir, --in-place, --check or --diff to process a folder.");
  }

  /** The message for an output that could not be encoded or written. */
  static String writeError(String label, IOException error, String lineAndColumn) {
    if (error instanceof UnencodableTextException bad) {
      return about(
          label,
          String.format(
              Locale.ROOT,
              "cannot write U+%04X at %s in %s. Try --output-encoding=UTF-8.",
              bad.codePoint(),
              lineAndColumn,
              bad.charsetName()));
    }
    if (error instanceof AccessDeniedException) {
      return about(label, "cannot write: permission denied. Check the folder's permissions.");
    }
    if (error instanceof NoSuchFileException) {
      return about(label, "cannot write: the folder does not exist. Check the path.");
    }
    return about(label, "cannot write (" + reason(error) + "). Check the path and free space.");
  }

  /** The message for a bug: an exception nobody expected. */
  static String internalError(String label, Throwable error, boolean stackTraceShown) {
    return about(
        label,
        "internal error ("
            + error
            + "). This is a bug in textmend; please report it with the input"
            + (stackTraceShown ? "." : " and the stack trace that -x prints."));
  }

  static String reason(IOException error) {
    if (error instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    String message = error.getMessage();
    return message == null ? error.getClass().getSimpleName() : message;
  }
}
