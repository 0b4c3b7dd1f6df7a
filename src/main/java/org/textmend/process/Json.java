package org.textmend.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Just enough JSON for JSON Lines and reports: a strict scanner for one object that reports where
 * each top-level member's value lies (so that a line can be changed in one place and kept byte for
 * byte everywhere else), string decoding, and string quoting. Stateless.
 */
public final class Json {

  private Json() {}

  /** A JSON text that is not what was expected, with the column (from 1) where it goes wrong. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    MalformedException(String message, int index) {
      super(message);
      this.column = index + 1;
    }

    /** The column where the problem is, from 1, in characters. */
    int column() {
      return column;
    }
  }

  /**
   * A top-level member of an object.
   *
   * @param key the decoded key
   * @param valueStart where its value starts in the line
   * @param valueEnd where its value ends
   * @param isString whether the value is a string
   */
  record Member(String key, int valueStart, int valueEnd, boolean isString) {}

  /**
   * The members of an object.
   *
   * @param members the top-level members, in order
   * @param close where the object's closing brace is
   */
  record ObjectScan(List<Member> members, int close) {}

  /**
   * Scans {@code line[from, to)}, which must hold one JSON object and nothing else but white space.
   *
   * @throws MalformedException when it does not
   */
  static ObjectScan object(String line, int from, int to) throws MalformedException {
    Scanner scanner = new Scanner(line, to);
    int at = scanner.space(from);
    if (at >= to || line.charAt(at) != '{') {
      throw new MalformedException(at >= to ? "empty line" : "expected '{'", Math.min(at, to));
    }
    List<Member> members = new ArrayList<>();
    at = scanner.space(at + 1);
    if (scanner.at(at) != '}') {
      while (true) {
        int keyStart = at;
        at = scanner.string(at);
        String key = decode(line, keyStart, at);
        at = scanner.expect(scanner.space(at), ':');
        int valueStart = scanner.space(at);
        int valueEnd = scanner.value(valueStart);
        members.add(new Member(key, valueStart, valueEnd, line.charAt(valueStart) == '"'));
        at = scanner.space(valueEnd);
        char c = scanner.at(at);
        if (c == ',') {
          at = scanner.space(at + 1);
        } else if (c == '}') {
          break;
        } else {
          throw new MalformedException("expected ',' or '}'", at);
        }
      }
    }
    int close = at;
    int end = scanner.space(close + 1);
    if (end < to) {
      throw new MalformedException("text after the object", end);
    }
    return new ObjectScan(members, close);
  }

  /** The characters of the valid string literal {@code text[start, end)}, quotes included. */
  static String decode(String text, int start, int end) {
    int first = text.indexOf('\\', start + 1);
    if (first < 0 || first >= end - 1) {
      return text.substring(start + 1, end - 1);
    }
    StringBuilder out = new StringBuilder(end - start);
    out.append(text, start + 1, first);
    int i = first;
    while (i < end - 1) {
      char c = text.charAt(i);
      if (c != '\\') {
        out.append(c);
        i++;
        continue;
      }
      char e = text.charAt(i + 1);
      switch (e) {
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(text, i + 2, i + 6, 16));
          i += 4;
        }
        default -> out.append(e); // " \ /
      }
      i += 2;
    }
    return out.toString();
  }

  /**
   * Appends {@code text} as a JSON string literal: quotes, backslashes and control characters
   * escaped, and lone surrogates (which UTF-8 cannot hold) as {@code \\uXXXX}; with {@code ascii},
   * every character beyond ASCII is escaped too, as {@code json.dumps} writes by default.
   */
  public static void quote(CharSequence text, boolean ascii, StringBuilder out) {
    out.append('"');
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          boolean lone =
              (Character.isHighSurrogate(c)
                      && (i + 1 >= n || !Character.isLowSurrogate(text.charAt(i + 1))))
                  || (Character.isLowSurrogate(c)
                      && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1))));
          if (c < 0x20 || lone || (ascii && c > 0x7e)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** {@code text} as a JSON string literal. */
  public static String quote(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(text, false, out);
    return out.toString();
  }

  /**
   * Whether the string literal {@code text[start, end)} was written in ASCII with escapes for the
   * characters beyond it, so that a replacement should be written the same way.
   */
  static boolean isAsciiEscaped(String text, int start, int end) {
    boolean escapedBeyondAscii = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c > 0x7e) {
        return false;
      }
      if (c == '\\' && i + 5 < end && text.charAt(i + 1) == 'u') {
        escapedBeyondAscii |= Integer.parseInt(text, i + 2, i + 6, 16) > 0x7e;
        i += 5;
      } else if (c == '\\') {
        i++;
      }
    }
    return escapedBeyondAscii;
  }

  /**
   * A strict scanner over {@code text[.., end)}; each method returns the index after what it read.
   */
  private static final class Scanner {
    private final String text;
    private final int end;
    private char[] stack = new char[16];
    private int depth; // the containers open in the value being read

    Scanner(String text, int end) {
      this.text = text;
      this.end = end;
    }

    char at(int i) {
      return i < end ? text.charAt(i) : '\0';
    }

    int space(int i) {
      int at = i;
      while (at < end) {
        char c = text.charAt(at);
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
          break;
        }
        at++;
      }
      return at;
    }

    int expect(int i, char c) throws MalformedException {
      if (at(i) != c) {
        throw new MalformedException("expected '" + c + "'", i);
      }
      return i + 1;
    }

    int string(int i) throws MalformedException {
      if (at(i) != '"') {
        throw new MalformedException("expected a string", i);
      }
      int at = i + 1;
      while (true) {
        if (at >= end) {
          throw new MalformedException("unterminated string", i);
        }
        char c = text.charAt(at);
        if (c == '"') {
          return at + 1;
        }
        if (c < 0x20) {
          throw new MalformedException("control character in a string", at);
        }
        if (c == '\\') {
          char e = at(at + 1);
          if (e == 'u') {
            for (int k = at + 2; k < at + 6; k++) {
              if (Character.digit(at(k), 16) < 0) {
                throw new MalformedException("bad \\u escape", at);
              }
            }
            at += 6;
            continue;
          }
          if ("\"\\/bfnrt".indexOf(e) < 0 || e == '\0') {
            throw new MalformedException("bad escape", at);
          }
          at += 2;
          continue;
        }
        at++;
      }
    }

    /** Reads any value, nested ones without recursion, so that depth cannot overflow the stack. */
    int value(int i) throws MalformedException {
      depth = 0;
      int at = i;
      while (true) {
        at = space(at);
        char c = at(at);
        boolean scalarDone = true;
        switch (c) {
          case '{' -> {
            at = space(at + 1);
            if (at(at) == '}') {
              at++;
            } else {
              push(depth++, '{');
              at = expect(space(string(at)), ':');
              scalarDone = false;
            }
          }
          case '[' -> {
            at = space(at + 1);
            if (at(at) == ']') {
              at++;
            } else {
              push(depth++, '[');
              scalarDone = false;
            }
          }
          case '"' -> at = string(at);
          case 't' -> at = literal(at, "true");
          case 'f' -> at = literal(at, "false");
          case 'n' -> at = literal(at, "null");
          default -> at = number(at);
        }
        if (!scalarDone) {
          continue; // read the first member or element
        }
        at = afterValue(at);
        if (depth == 0) {
          return at;
        }
      }
    }

    /**
     * After a value, closes the containers that end there or goes on to the next member or element
     * of the innermost open one; {@link #depth} says how many stay open.
     */
    private int afterValue(int i) throws MalformedException {
      int at = i;
      while (depth > 0) {
        at = space(at);
        char open = stack[depth - 1];
        char next = at(at);
        if (next == ',') {
          at = space(at + 1);
          return open == '{' ? expect(space(string(at)), ':') : at;
        }
        if ((open == '{' && next == '}') || (open == '[' && next == ']')) {
          depth--;
          at++;
          continue;
        }
        throw new MalformedException(
            open == '{' ? "expected ',' or '}'" : "expected ',' or ']'", at);
      }
      return at;
    }

    private void push(int depth, char c) {
      if (depth == stack.length) {
        stack = Arrays.copyOf(stack, depth * 2);
      }
      stack[depth] = c;
    }

    private int literal(int i, String word) throws MalformedException {
      if (!text.startsWith(word, i) || i + word.length() > end) {
        throw new MalformedException("unexpected character", i);
      }
      return i + word.length();
    }

    private int number(int i) throws MalformedException {
      int at = i;
      if (at(at) == '-') {
        at++;
      }
      if (at(at) == '0') {
        at++;
      } else if (at(at) >= '1' && at(at) <= '9') {
        at = digits(at);
      } else {
        throw new MalformedException(
            at(i) == '\0' ? "unexpected end of line" : "unexpected character", i);
      }
      if (at(at) == '.') {
        int fraction = digits(at + 1);
        if (fraction == at + 1) {
          throw new MalformedException("digits expected after '.'", at + 1);
        }
        at = fraction;
      }
      if (at(at) == 'e' || at(at) == 'E') {
        at++;
        if (at(at) == '+' || at(at) == '-') {
          at++;
        }
        int exponent = digits(at);
        if (exponent == at) {
          throw new MalformedException("digits expected in the exponent", at);
        }
        at = exponent;
      }
      return at;
    }

    private int digits(int i) {
      int at = i;
      while (at(at) >= '0' && at(at) <= '9') {
        at++;
      }
      return at;
    }
  }
}
