package org.textmend.fixers.structure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.textmend.fixers.structure.Lines.Line;
import org.textmend.fixers.structure.furniture.Furniture;
import org.textmend.fixers.structure.header.HeaderLine;
import org.textmend.pipeline.Edit;

/**
 * Finds the header lines at the top of a document and decides what becomes of each: removed, or cut
 * down to the page title it carries. Shared by {@link BreadcrumbsFixer} and {@link
 * PageHeader#find(String)}, so that both agree.
 *
 * <p>Only the top is read: header lines and at most {@value #TOP_LINES} other lines, up to the
 * first line too long to be a header. The decisions end at the second line that is neither a header
 * nor furniture (the first such line is the title, or the start of the article); below a title only
 * anchored headers go (see {@link HeaderLine#anchored()}). Lines that {@link Furniture} recognises
 * ("Skip to main content") are passed over and left to the boilerplate fixer.
 */
final class HeaderZone {

  /** How many non-blank lines that are not headers are read at the top. */
  static final int TOP_LINES = 5;

  /** The longest line kept as a title when it stands before header lines. */
  private static final int MAX_TITLE_LINE = 250;

  /** The result: the edits, and the headers that were found, in document order. */
  record Analysis(List<Edit> edits, List<HeaderLine> headers) {}

  private static final Analysis NOTHING = new Analysis(List.of(), List.of());

  private HeaderZone() {}

  static Analysis analyse(String text) {
    Top top = Top.read(text);
    if (!top.anyHeader) {
      return NOTHING;
    }
    List<Line> removed = new ArrayList<>();
    List<Edit> trims = new ArrayList<>();
    List<HeaderLine> headers = new ArrayList<>();
    boolean titleSeen = false;
    int kept = 0;
    for (int i = 0; i < top.lines.size(); i++) {
      Line line = top.lines.get(i);
      HeaderLine header = top.headers.get(i);
      if (header == null) {
        if (top.furniture.get(i)) {
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
      String title = header.title();
      if (title == null || titleSeen || !keepsTitle(text, top, i, header, title)) {
        // nothing to keep, the page already has its title, or the title stands elsewhere
        removed.add(line);
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
    if (kept == 0 && top.onlyBlankAfter(text)) {
      return NOTHING; // the document is nothing but a header: leave it as it is
    }
    List<Edit> edits = new ArrayList<>(trims);
    edits.addAll(Lines.removals(text, removed));
    edits.sort(Comparator.comparingInt(Edit::start));
    return new Analysis(List.copyOf(edits), List.copyOf(headers));
  }

  /**
   * Whether the header line {@code i} is cut down to its title rather than removed: not when the
   * title follows on its own line, nor when the "title" is a section name ("Home › News › World")
   * above the title line.
   */
  private static boolean keepsTitle(String text, Top top, int i, HeaderLine header, String title) {
    // the next line that is neither a header nor furniture, if it can be a title
    String next = top.nextPlainLine(text, i);
    if (next != null && repeatsTitle(title, next)) {
      return false;
    }
    return !(header.titleLooksLikeNavigation() && next != null && !endsSentence(next));
  }

  /**
   * The non-blank lines at the top of a document with what each is: read until {@value #TOP_LINES}
   * lines that are not headers have been seen, or a line too long to be a header. Header lines do
   * not count, so that removing them does not bring further lines into reach and a second run finds
   * nothing more to do.
   */
  private static final class Top {
    /** A bound on header lines in a row, so that a pathological input is still read in bounds. */
    private static final int MAX_HEADER_LINES = 64;

    final List<Line> lines = new ArrayList<>();
    final List<HeaderLine> headers = new ArrayList<>();
    final List<Boolean> furniture = new ArrayList<>();
    boolean anyHeader;

    static Top read(String text) {
      Top top = new Top();
      int others = 0;
      int at = 0;
      int length = text.length();
      while (at < length && others < TOP_LINES && top.lines.size() < MAX_HEADER_LINES) {
        Line line = Lines.lineAt(text, at, HeaderLine.MAX_LINE);
        if (line == null) {
          break; // a long line: the article
        }
        if (!Lines.isBlank(text, line.start(), line.end())) {
          HeaderLine header =
              mayBeHeader(text, line)
                  ? HeaderLine.parse(text.substring(line.start(), line.end()))
                  : null;
          top.anyHeader |= header != null;
          boolean isFurniture =
              header == null && Furniture.isFurniture(text, line.start(), line.end());
          top.lines.add(line);
          top.headers.add(header);
          top.furniture.add(isFurniture);
          if (header == null) {
            others++;
          }
        }
        at = line.next();
      }
      return top;
    }

    /** The text of the first plain line after line {@code i}, when it is short enough. */
    String nextPlainLine(String text, int i) {
      for (int j = i + 1; j < lines.size(); j++) {
        if (headers.get(j) == null && !furniture.get(j)) {
          Line line = lines.get(j);
          return line.length() <= MAX_TITLE_LINE ? lineText(text, line) : null;
        }
      }
      return null;
    }

    boolean onlyBlankAfter(String text) {
      return Lines.nextNonBlank(text, lines.get(lines.size() - 1).next()) < 0;
    }
  }

  /**
   * A cheap test that rules out most lines: a header line holds a separator, a digit or a colon.
   */
  private static boolean mayBeHeader(String text, Line line) {
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
    return false;
  }

  private static String lineText(String text, Line line) {
    return text.substring(line.start(), line.end());
  }

  /** Whether {@code next} is the same title, or starts with a title the crumb cut short. */
  private static boolean repeatsTitle(String title, String next) {
    String a = Furniture.titleKey(title);
    String b = Furniture.titleKey(next);
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    if (a.equals(b)) {
      return true;
    }
    boolean shortened = title.strip().endsWith("...") || title.strip().endsWith("…");
    return shortened && a.length() >= 10 && b.startsWith(a);
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
