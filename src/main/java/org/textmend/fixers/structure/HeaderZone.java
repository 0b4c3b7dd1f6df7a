package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.textmend.fixers.structure.Lines.Line;
import org.textmend.pipeline.Edit;

/**
 * Finds the header lines at the top of a document and decides what becomes of each: removed, or cut
 * down to the page title it carries. Shared by {@link BreadcrumbsFixer} and {@link
 * PageHeader#find(String)}, so that both agree.
 *
 * <p>Only the first {@value #TOP_LINES} non-blank lines are looked at, and the scan ends at the
 * second line that is neither a header nor furniture (the first such line is the title, or the
 * start of the article). Lines that {@link Furniture} recognises ("Skip to main content") are
 * passed over and left to the boilerplate fixer.
 */
final class HeaderZone {

  /** How many non-blank lines at the top may be header lines. */
  static final int TOP_LINES = 5;

  /** The longest line kept as a title when it stands before header lines. */
  private static final int MAX_TITLE_LINE = 250;

  /** The result: the edits, and the headers that were found, in document order. */
  record Analysis(List<Edit> edits, List<PageHeader> headers) {}

  private static final Analysis NOTHING = new Analysis(List.of(), List.of());

  private HeaderZone() {}

  static Analysis analyse(String text) {
    List<Line> top = Lines.firstNonBlank(text, TOP_LINES, PageHeader.MAX_LINE);
    if (top.isEmpty() || !mayHoldHeader(text, top)) {
      return NOTHING;
    }
    List<Line> removed = new ArrayList<>();
    List<Edit> trims = new ArrayList<>();
    List<PageHeader> headers = new ArrayList<>();
    boolean titleSeen = false;
    int kept = 0;
    for (int i = 0; i < top.size(); i++) {
      Line line = top.get(i);
      if (line.length() > PageHeader.MAX_LINE) {
        kept++;
        break;
      }
      String content = text.substring(line.start(), line.end());
      PageHeader header = PageHeader.parseLine(content);
      if (header == null) {
        if (Furniture.isFurniture(text, line.start(), line.end())) {
          continue; // left for the boilerplate fixer
        }
        kept++;
        if (titleSeen || line.length() > MAX_TITLE_LINE) {
          break;
        }
        titleSeen = true;
        continue;
      }
      if (titleSeen && !header.anchored()) {
        break; // below the title only a header with a home page or a date is taken
      }
      headers.add(header);
      if (header.title().isEmpty() || titleSeen) {
        removed.add(line); // nothing to keep, or the page already has its title
        continue;
      }
      // the next line matters only when it can be a title
      Line nextLine = i + 1 < top.size() ? top.get(i + 1) : null;
      String next =
          nextLine != null && nextLine.length() <= MAX_TITLE_LINE ? lineText(text, nextLine) : null;
      if (next != null && repeatsTitle(header.title().get(), next)) {
        removed.add(line); // the title follows on its own line
        continue;
      }
      if (header.titleLooksLikeNavigation()
          && next != null
          && PageHeader.parseLine(next) == null
          && !endsSentence(next)) {
        removed.add(line); // "Home › News › World" and then the title line
        continue;
      }
      if (header.titleStart() > 0) {
        trims.add(Edit.delete(line.start(), line.start() + header.titleStart()));
      }
      if (header.titleEnd() < line.length()) {
        trims.add(Edit.delete(line.start() + header.titleEnd(), line.end()));
      }
      titleSeen = true;
      kept++;
    }
    if (headers.isEmpty()) {
      return NOTHING;
    }
    if (kept == 0 && onlyBlankAfter(text, top)) {
      return NOTHING; // the document is nothing but a header: leave it as it is
    }
    List<Edit> edits = new ArrayList<>(trims);
    edits.addAll(Lines.removals(text, removed));
    edits.sort(Comparator.comparingInt(Edit::start));
    return new Analysis(List.copyOf(edits), List.copyOf(headers));
  }

  /**
   * A cheap test that rules out most documents: a header line holds a separator, a digit or a
   * colon.
   */
  private static boolean mayHoldHeader(String text, List<Line> top) {
    for (Line line : top) {
      if (line.length() > PageHeader.MAX_LINE) {
        return false;
      }
      for (int i = line.start(); i < line.end(); i++) {
        char c = text.charAt(i);
        if ((c >= '0' && c <= '9')
            || c == '›'
            || c == '»'
            || c == '>'
            || c == '/'
            || c == '|'
            || c == '·'
            || c == '•'
            || c == '▸'
            || c == '→'
            || c == ':') {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean onlyBlankAfter(String text, List<Line> top) {
    return Lines.nextNonBlank(text, top.get(top.size() - 1).next()) < 0;
  }

  private static String lineText(String text, Line line) {
    return text.substring(line.start(), line.end());
  }

  /** Whether {@code next} is the same title, or starts with a title the crumb cut short. */
  private static boolean repeatsTitle(String title, String next) {
    String a = normalise(title);
    String b = normalise(next);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    boolean shortened = title.strip().endsWith("...") || title.strip().endsWith("…");
    return shortened && a.length() >= 10 && b.startsWith(a);
  }

  private static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(c);
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean endsSentence(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return last == '.' || last == '!' || last == '?' || last == '"' || last == '”';
  }
}
