package org.textmend.fixers.structure.furniture;

import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.furniture.PageFurniture.Reason;

/**
 * Finds inline code that a scraper left in a page of prose: a script that loads a widget
 * ("(function(d, s, id){ … }(document, 'script', 'sdk'));"), a {@code <script>} or {@code <style>}
 * element, a JSON-LD block ({@code {"@context": …}}), a line of style rules ({@code .share {
 * display: none; }}). Only in a page whose other lines hold no code: a programming article keeps
 * its samples. Stateless.
 */
final class CodeBlocks {

  /** The most lines of one block. */
  private static final int MAX_BLOCK = 30;

  /** ".share-bar { display: none; }", "#menu a{color:#333}": a line of style rules. */
  private static final Pattern STYLE_RULE =
      Pattern.compile(
          "[.#@]?[A-Za-z][\\w\\-.#:>\\[\\]=\"' ,]{0,80}\\{[^{}]*:[^{}]*\\}(?:\\s*\\S.*)?");

  private CodeBlocks() {}

  /** Marks the code blocks of {@code lines} with {@link Reason#CODE}, in a page of prose. */
  static void mark(List<String> lines, @Nullable Reason[] reasons) {
    int n = lines.size();
    boolean[] block = new boolean[n];
    boolean any = false;
    for (int i = 0; i < n; i++) {
      int end = blockEnd(lines, i);
      if (end >= 0) {
        for (int k = i; k <= end; k++) {
          block[k] = true;
        }
        any = true;
        i = end;
      }
    }
    if (!any) {
      return;
    }
    for (int i = 0; i < n; i++) {
      if (!block[i] && isCodeLine(lines.get(i).strip())) {
        return; // code outside the blocks: a programming article, whose samples stay
      }
    }
    for (int i = 0; i < n; i++) {
      if (block[i]) {
        reasons[i] = Reason.CODE;
      }
    }
  }

  /** The index of the last line of the block that starts at line {@code i}, or -1. */
  private static int blockEnd(List<String> lines, int i) {
    String first = lines.get(i).strip();
    if (first.endsWith("}") && STYLE_RULE.matcher(first).matches()) {
      return i;
    }
    String close;
    if (isOneLineScript(first)) {
      return i;
    } else if (opensScript(first)) {
      close = null;
    } else if (first.startsWith("<script")) {
      close = "</script>";
    } else if (first.startsWith("<style")) {
      close = "</style>";
    } else if (first.startsWith("{")
        && (first.contains("\"@context\"") || isJsonOpening(lines, i))) {
      return jsonEnd(lines, i);
    } else {
      return -1;
    }
    for (int k = i; k < lines.size() && k < i + MAX_BLOCK; k++) {
      String line = lines.get(k).strip();
      if (close != null ? line.endsWith(close) : closesScript(line)) {
        return k;
      }
      if (close == null && k > i && !isCodeLine(line)) {
        return -1;
      }
    }
    return -1;
  }

  /** "(function(d, s, id){", "!function(f,b,e){", "window.fbAsyncInit = function() {". */
  private static boolean opensScript(String line) {
    if (!line.endsWith("{")) {
      return false; // most lines, without copying them (the line comes stripped)
    }
    String s = line.replace(" ", "");
    return (s.startsWith("(function(")
            || s.startsWith("!function(")
            || s.startsWith("(()=>")
            || s.startsWith("window.") && s.contains("=function("))
        && s.endsWith("{");
  }

  /** "(function(d, s, id){ … }(document, 'script', 'sdk'));" on one line. */
  private static boolean isOneLineScript(String line) {
    if (!line.startsWith("(") && !line.startsWith("!")) {
      return false;
    }
    String s = line.replace(" ", "");
    return (s.startsWith("(function(") || s.startsWith("!function("))
        && s.contains("{")
        && (s.endsWith("));") || s.endsWith(")();") || s.endsWith("());"));
  }

  /**
   * "}(document, 'script', 'sdk'));", "})();", "}(window, document);": the end of a script invoked
   * where it stands.
   */
  private static boolean closesScript(String line) {
    if (!line.startsWith("}")) {
      return false;
    }
    String s = line.replace(" ", "");
    return s.startsWith("}") && (s.endsWith(");") || s.equals("};"));
  }

  /** A first line "{" followed by a JSON-LD key. */
  private static boolean isJsonOpening(List<String> lines, int i) {
    return lines.get(i).strip().equals("{")
        && i + 1 < lines.size()
        && lines.get(i + 1).strip().startsWith("\"@");
  }

  /** The line where the braces opened at line {@code i} close, or -1. */
  private static int jsonEnd(List<String> lines, int i) {
    int depth = 0;
    for (int k = i; k < lines.size() && k < i + MAX_BLOCK; k++) {
      String line = lines.get(k);
      for (int c = 0; c < line.length(); c++) {
        char ch = line.charAt(c);
        if (ch == '{') {
          depth++;
        } else if (ch == '}') {
          depth--;
        }
      }
      if (depth <= 0) {
        return k;
      }
    }
    return -1;
  }

  /**
   * A line that reads as code: it ends with a statement's or a block's punctuation ({@code ;},
   * {@code {}, {@code }}), or opens with a keyword of a script and holds an operator.
   */
  static boolean isCodeLine(String line) {
    if (line.isEmpty()) {
      return false;
    }
    char last = line.charAt(line.length() - 1);
    if (last == ';' || last == '{' || last == '}') {
      return true;
    }
    return (line.startsWith("var ") || line.startsWith("let ") || line.startsWith("const "))
        && line.contains("=");
  }
}
