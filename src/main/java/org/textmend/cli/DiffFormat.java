package org.textmend.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;

/**
 * Formats {@code --diff}: a unified diff with three lines of context, readable by {@code patch -p0}
 * and {@code git apply -p0}. Lines are split at LF only, so a changed line ending shows as a
 * changed line, and a missing final newline is marked as {@code diff} marks it.
 */
final class DiffFormat {

  private static final String NO_NEWLINE = "\n\\ No newline at end of file";
  private static final int CONTEXT = 3;

  private DiffFormat() {}

  /** The unified diff from {@code before} to {@code after}, or "" when they are equal. */
  static String diff(String label, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> original = lines(before);
    List<String> revised = lines(after);
    Patch<String> patch = DiffUtils.diff(original, revised);
    StringBuilder out = new StringBuilder();
    for (String line :
        UnifiedDiffUtils.generateUnifiedDiff(label, label, original, patch, CONTEXT)) {
      out.append(line).append('\n');
    }
    return out.toString();
  }

  /**
   * The lines of {@code text} without their LF; a last line without one carries the "No newline"
   * marker, which cannot occur inside a line, so it also makes the line differ from the same line
   * with a newline.
   */
  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', start)) {
      lines.add(text.substring(start, at));
      start = at + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start) + NO_NEWLINE);
    }
    return lines;
  }
}
