package org.textmend.process;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textmend.TextMend;
import org.textmend.io.TextChunks;
import org.textmend.io.TextEncoder;
import org.textmend.io.UnencodableTextException;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Cleans one chunk of a large text: the whole chunk (lead-in, body, lead-out) goes through the
 * pipeline, and the part of the result that the body became is kept, found by following the body's
 * seams through the edit log ({@link EditLog}). Stateless.
 */
public final class ChunkCleaner {

  /**
   * A cleaned chunk body.
   *
   * @param bytes the cleaned body in the output encoding
   * @param changed whether the bytes differ from the input's
   * @param edits edits per fixer within the body
   * @param messages {@code --explain} lines for the body's edits
   * @param text the cleaned body
   * @param furnitureCharacters the characters the {@link FurnitureTally#FIXERS} removed from the
   *     body
   */
  public record Part(
      byte[] bytes,
      boolean changed,
      Map<String, Integer> edits,
      List<String> messages,
      String text,
      long furnitureCharacters) {}

  private ChunkCleaner() {}

  /**
   * Cleans {@code chunk}.
   *
   * @param input the encoding the text was read in
   * @param output the encoding to write
   * @param byteOrderMark whether to start the bytes with a byte order mark
   * @throws UnencodableTextException when {@code output} cannot hold a character of the result
   */
  public static Part clean(
      TextMend mend,
      TextChunks.Chunk chunk,
      String label,
      Charset input,
      Charset output,
      boolean byteOrderMark,
      boolean explain)
      throws UnencodableTextException {
    ExplainedText explained = mend.explain(chunk.text());
    List<Step> steps = explained.steps();
    int from = chunk.bodyStart();
    int to = chunk.last() ? EditLog.END : chunk.bodyEnd();
    String cleaned = explained.text();
    int start = EditLog.forward(steps, from);
    int end = to == EditLog.END ? cleaned.length() : EditLog.forward(steps, to);
    String body = chunk.body();
    String text = cleaned.substring(start, end);

    Map<String, Integer> edits = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    long[] furniture = {0};
    if (explain) {
      TextPositions positions = new TextPositions(chunk.text(), from, chunk.line(), chunk.column());
      ExplainFormat.lines(
          label,
          explained,
          from,
          to,
          positions,
          (edit, fixer, before, line) -> {
            edits.merge(fixer, 1, Integer::sum);
            messages.add(line);
            if (FurnitureTally.FIXERS.contains(fixer)) {
              furniture[0] += Math.max(0, -edit.delta());
            }
          });
    } else {
      furniture[0] = count(steps, from, to, edits);
    }
    byte[] bytes = TextEncoder.encode(text, output, byteOrderMark);
    boolean changed = !text.equals(body);
    if (!changed && !output.equals(input)) {
      try {
        changed = !Arrays.equals(bytes, TextEncoder.encode(body, input, byteOrderMark));
      } catch (UnencodableTextException e) {
        changed = true; // cannot happen for text read in that encoding; err on the safe side
      }
    }
    return new Part(bytes, changed, edits, messages, text, furniture[0]);
  }

  /**
   * The charset to encode or decode a chunk after the first in: Java's {@code UTF-16} and {@code
   * UTF-32} encoders start every call with a byte order mark, which only the first chunk may have.
   */
  public static Charset withoutMark(Charset charset) {
    return switch (charset.name()) {
      case "UTF-16" -> StandardCharsets.UTF_16BE;
      case "UTF-32" -> Charset.forName("UTF-32BE");
      default -> charset;
    };
  }

  /** The cleaned body of {@code chunk}, as {@link #clean} finds it. */
  public static String cleanedBody(TextMend mend, TextChunks.Chunk chunk) {
    ExplainedText explained = mend.explain(chunk.text());
    List<Step> steps = explained.steps();
    String cleaned = explained.text();
    int start = EditLog.forward(steps, chunk.bodyStart());
    int end = chunk.last() ? cleaned.length() : EditLog.forward(steps, chunk.bodyEnd());
    return cleaned.substring(start, end);
  }

  /**
   * Counts per fixer the edits that belong to the original text between two seams; returns the
   * characters that the {@link FurnitureTally#FIXERS} removed there.
   */
  static long count(List<Step> steps, int from, int to, Map<String, Integer> edits) {
    int start = from;
    int end = to;
    long furniture = 0;
    for (Step step : steps) {
      int count = 0;
      boolean isFurniture = FurnitureTally.FIXERS.contains(step.fixer());
      for (Edit edit : step.edits()) {
        if (!EditLog.before(edit, start) && EditLog.before(edit, end)) {
          count++;
          furniture += isFurniture ? Math.max(0, -edit.delta()) : 0;
        }
      }
      if (count > 0) {
        edits.merge(step.fixer(), count, Integer::sum);
      }
      start = EditLog.forward(step, start);
      end = EditLog.forward(step, end);
    }
    return furniture;
  }
}
