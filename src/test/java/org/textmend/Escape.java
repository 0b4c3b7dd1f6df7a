package org.textmend;

/** Shows generated text in test messages: control, invisible and non-ASCII characters escaped. */
public final class Escape {

  private Escape() {}

  /** {@code text} in double quotes, with every character outside printable ASCII as \\uXXXX. */
  public static String quoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        out.append(String.format("\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
