package org.textmend.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.textmend.TextMend;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Cleans JSON Lines: in each line's object, the string values of the chosen top-level fields are
 * cleaned; everything else, key order, spacing and escapes included, is kept byte for byte, and a
 * line whose fields need nothing comes out identical. A line that is not a JSON object (or not
 * UTF-8) is reported with its number and passed through unchanged; blank lines pass silently.
 * Immutable and thread-safe.
 */
final class JsonLinesCleaner {

  private static final byte[] UTF8_BOM = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};

  /**
   * What cleaning a block of lines gave.
   *
   * @param bytes the lines as they are to be written
   * @param changed whether any line changed
   * @param lines how many lines the block held
   * @param edits edits per fixer, in the order fixers first appeared
   * @param messages lines for standard error, in line order: malformed lines, {@code --explain}
   * @param problems the malformed lines, for the report
   */
  record Block(
      byte[] bytes,
      boolean changed,
      int lines,
      Map<String, Integer> edits,
      List<String> messages,
      List<Problem> problems) {}

  private final TextMend mend;
  private final Set<String> fields;
  private final List<MetadataSource> metadata;
  private final boolean explain;

  /**
   * @param fields the names of the top-level fields to clean
   * @param metadata sources for {@code --extract-metadata}; empty when it is off
   * @param explain whether to add an {@code --explain} line per edit
   */
  JsonLinesCleaner(
      TextMend mend, List<String> fields, List<MetadataSource> metadata, boolean explain) {
    this.mend = mend;
    this.fields = new LinkedHashSet<>(fields);
    this.metadata = List.copyOf(metadata);
    this.explain = explain;
  }

  /**
   * Cleans the whole lines in {@code data[from, to)}, the first of which is line {@code firstLine}
   * of {@code label}; {@code fileStart} says whether they start the input (where a byte order mark
   * may stand).
   */
  Block clean(String label, byte[] data, int from, int to, long firstLine, boolean fileStart) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteSink out = new ByteSink(to - from + 64);
    Map<String, Integer> edits = new LinkedHashMap<>();
    List<String> messages = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    boolean changed = false;
    int lines = 0;
    long number = firstLine;
    int at = from;
    while (at < to) {
      int newline = indexOf(data, (byte) '\n', at, to);
      int next = newline < 0 ? to : newline + 1;
      int end = newline < 0 ? to : newline;
      if (end > at && data[end - 1] == '\r') {
        end--;
      }
      int start = at;
      if (fileStart && at == 0 && startsWith(data, at, end, UTF8_BOM)) {
        start += UTF8_BOM.length;
      }
      String replaced = line(label, number, data, start, end, decoder, edits, messages, problems);
      if (replaced == null) {
        out.write(data, at, next - at);
      } else {
        changed = true;
        out.write(data, at, start - at);
        out.write(replaced.getBytes(StandardCharsets.UTF_8));
        out.write(data, end, next - end);
      }
      lines++;
      number++;
      at = next;
    }
    return new Block(out.toByteArray(), changed, lines, edits, messages, problems);
  }

  /** The cleaned line, or {@code null} when it stays as it is. */
  private String line(
      String label,
      long number,
      byte[] data,
      int start,
      int end,
      CharsetDecoder decoder,
      Map<String, Integer> edits,
      List<String> messages,
      List<Problem> problems) {
    if (isBlank(data, start, end)) {
      return null;
    }
    String line;
    try {
      line = decoder.decode(ByteBuffer.wrap(data, start, end - start)).toString();
    } catch (CharacterCodingException e) {
      String problem = "not valid UTF-8. The line was passed through unchanged.";
      messages.add(Messages.about(label + ":" + number, problem));
      problems.add(new Problem(number, problem));
      return null;
    }
    Json.ObjectScan scan;
    try {
      scan = Json.object(line, 0, line.length());
    } catch (Json.MalformedException e) {
      String problem =
          "not a JSON object (" + e.getMessage() + "). The line was passed through unchanged.";
      messages.add(Messages.about(label + ":" + number + ":" + e.column(), problem));
      problems.add(new Problem(number, "column " + e.column() + ": " + problem));
      return null;
    }
    StringBuilder out = null;
    int copied = 0;
    Map<String, String> found = Map.of();
    for (Json.Member member : scan.members()) {
      if (!member.isString() || !fields.contains(member.key())) {
        continue;
      }
      String value = Json.decode(line, member.valueStart(), member.valueEnd());
      ExplainedText explained = keepEnding(mend.explain(value));
      if (found.isEmpty() && !metadata.isEmpty()) {
        found = metadata(explained);
      }
      if (!explained.changed()) {
        continue;
      }
      explained.editCounts().forEach((fixer, count) -> edits.merge(fixer, count, Integer::sum));
      if (explain) {
        ExplainFormat.lines(label + ":" + number + ":" + member.key(), explained, messages);
      }
      if (out == null) {
        out = new StringBuilder(line.length() + 64);
      }
      out.append(line, copied, member.valueStart());
      boolean ascii = Json.isAsciiEscaped(line, member.valueStart(), member.valueEnd());
      Json.quote(explained.text(), ascii, out);
      copied = member.valueEnd();
    }
    String added = added(line, scan, found);
    if (out == null && added.isEmpty()) {
      return null;
    }
    if (out == null) {
      out = new StringBuilder(line.length() + added.length());
    }
    out.append(line, copied, scan.close()).append(added).append(line, scan.close(), line.length());
    return out.toString();
  }

  /**
   * The edit log without a final line break that the cleaning added to a value that ended without
   * one: a file ends with a line break, a field's value does not have to, and a record whose text
   * is otherwise clean must come out unchanged. Only a break made by the last step's last edit, at
   * the very end, is taken back; the log stays consistent.
   */
  static ExplainedText keepEnding(ExplainedText explained) {
    String original = explained.original();
    String text = explained.text();
    int added = breakLength(text);
    List<Step> steps = explained.steps();
    if (added == 0 || breakLength(original) > 0 || steps.isEmpty()) {
      return explained;
    }
    Step step = steps.get(steps.size() - 1);
    List<Edit> edits = step.edits();
    Edit edit = edits.get(edits.size() - 1);
    int inputLength = text.length();
    for (Edit e : edits) {
      inputLength -= e.delta();
    }
    String replacement = edit.replacement();
    if (edit.end() != inputLength
        || replacement.length() < added
        || !replacement.endsWith(text.substring(text.length() - added))) {
      return explained;
    }
    List<Edit> kept = new ArrayList<>(edits.subList(0, edits.size() - 1));
    String shorter = replacement.substring(0, replacement.length() - added);
    if (!(shorter.isEmpty() && edit.start() == edit.end())) {
      kept.add(new Edit(edit.start(), edit.end(), shorter));
    }
    List<Step> newSteps = new ArrayList<>(steps.subList(0, steps.size() - 1));
    if (!kept.isEmpty()) {
      newSteps.add(new Step(step.fixer(), kept));
    }
    return new ExplainedText(original, text.substring(0, text.length() - added), newSteps);
  }

  /** The length of the line break that ends {@code text}: 0, 1 or 2 (CR LF). */
  private static int breakLength(String text) {
    int n = text.length();
    if (n == 0) {
      return 0;
    }
    char last = text.charAt(n - 1);
    if (last == '\n') {
      return n >= 2 && text.charAt(n - 2) == '\r' ? 2 : 1;
    }
    return last == '\r' ? 1 : 0;
  }

  /** What the metadata sources read in the header a fixer of {@code explained} removed. */
  private Map<String, String> metadata(ExplainedText explained) {
    List<Step> steps = explained.steps();
    for (MetadataSource source : metadata) {
      for (int s = 0; s < steps.size(); s++) {
        if (!steps.get(s).fixer().equals(source.fixer())) {
          continue;
        }
        String text = explained.original();
        for (int k = 0; k < s; k++) {
          text = steps.get(k).applyTo(text);
        }
        Map<String, String> read = source.read(text);
        if (!read.isEmpty()) {
          return read;
        }
      }
    }
    return Map.of();
  }

  /** The members to add for {@code found}: those the object does not have yet. */
  private static String added(String line, Json.ObjectScan scan, Map<String, String> found) {
    if (found.isEmpty()) {
      return "";
    }
    Set<String> present = new LinkedHashSet<>();
    for (Json.Member member : scan.members()) {
      present.add(member.key());
    }
    // follow the line's spacing: {"a": 1, "b": 2} as Python writes it, or {"a":1,"b":2}
    boolean spaced =
        !scan.members().isEmpty() && line.charAt(scan.members().get(0).valueStart() - 1) == ' ';
    StringBuilder out = new StringBuilder();
    boolean first = scan.members().isEmpty();
    for (String field : MetadataSource.FIELDS) {
      String value = found.get(field);
      if (value == null || value.isEmpty() || present.contains(field)) {
        continue;
      }
      if (!first) {
        out.append(spaced ? ", " : ",");
      }
      first = false;
      Json.quote(field, false, out);
      out.append(spaced ? ": " : ":");
      Json.quote(value, false, out);
    }
    return out.toString();
  }

  private static boolean isBlank(byte[] data, int start, int end) {
    for (int i = start; i < end; i++) {
      byte b = data[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  static int indexOf(byte[] data, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (data[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private static boolean startsWith(byte[] data, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (data[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** A growable byte array. */
  private static final class ByteSink {
    private byte[] bytes;
    private int length;

    ByteSink(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    void write(byte[] data) {
      write(data, 0, data.length);
    }

    void write(byte[] data, int from, int count) {
      if (length + count > bytes.length) {
        bytes = java.util.Arrays.copyOf(bytes, Math.max(length + count, bytes.length * 2));
      }
      System.arraycopy(data, from, bytes, length, count);
      length += count;
    }

    byte[] toByteArray() {
      return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    }
  }
}
