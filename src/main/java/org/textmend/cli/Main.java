package org.textmend.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.textmend.TextMend;

/** Entry point of the textmend command (bootstrap version: stdin to stdout). */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws IOException {
    byte[] input = readAll(System.in);
    String text = new String(input, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    out.print(TextMend.standard().clean(text));
    out.flush();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    in.transferTo(buffer);
    return buffer.toByteArray();
  }
}
