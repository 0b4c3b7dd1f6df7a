package org.textmend.process;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.textmend.process.furniture.FurnitureCounts;

/**
 * The sources of JSON Lines documents for learned furniture: which field names a line's source, and
 * the first pass that counts the lines of the cleaned fields per source. Stateless.
 */
public final class JsonLinesSources {

  private JsonLinesSources() {}

  /**
   * The source that the value of a {@code --group-by} field names: the host of a URL ({@code
   * https://news.example.org/a/1} → {@code news.example.org}, a leading {@code www.} left out), any
   * other value as it is.
   */
  public static String sourceOf(String value) {
    String text = value.strip();
    int scheme = text.indexOf("://");
    if (scheme > 0 && scheme < 12) {
      try {
        String host = URI.create(text.replace(" ", "%20")).getHost();
        if (host != null && !host.isEmpty()) {
          host = host.toLowerCase(Locale.ROOT);
          return host.startsWith("www.") ? host.substring(4) : host;
        }
      } catch (IllegalArgumentException e) {
        // not a URL after all: the value itself names the source
      }
    }
    return text;
  }

  /**
   * The source of the JSON object on {@code line}: the value of its string field {@code groupBy},
   * or {@code fallback} when the field is missing or not a string, or the line is no object.
   */
  public static String sourceOf(String line, String groupBy, String fallback) {
    try {
      Json.ObjectScan scan = Json.object(line, 0, line.length());
      return source(line, scan, groupBy, fallback);
    } catch (Json.MalformedException e) {
      return fallback;
    }
  }

  /**
   * Counts the string fields {@code fields} of the JSON object on {@code line} as one document of
   * its source (by {@code groupBy}, or {@code fallback} when that is null or missing). A line that
   * is no JSON object is left out.
   */
  public static void count(
      FurnitureCounts counts,
      String line,
      Set<String> fields,
      @Nullable String groupBy,
      String fallback) {
    Json.ObjectScan scan;
    try {
      scan = Json.object(line, 0, line.length());
    } catch (Json.MalformedException e) {
      return;
    }
    String source = groupBy == null ? fallback : source(line, scan, groupBy, fallback);
    StringBuilder text = new StringBuilder();
    for (Json.Member member : scan.members()) {
      if (member.isString() && fields.contains(member.key())) {
        text.append(Json.decode(line, member.valueStart(), member.valueEnd())).append('\n');
      }
    }
    if (!text.isEmpty()) {
      counts.addDocument(source, text);
    }
  }

  static String source(String line, Json.ObjectScan scan, String groupBy, String fallback) {
    for (Json.Member member : scan.members()) {
      if (member.isString() && member.key().equals(groupBy)) {
        return sourceOf(Json.decode(line, member.valueStart(), member.valueEnd()));
      }
    }
    return fallback;
  }
}
