package org.textmend.cli;

import java.util.List;
import java.util.Map;

/**
 * Reads facts about a document from the page header a fixer removes, for {@code
 * --extract-metadata}: the page title and date of a crawl or breadcrumb header.
 *
 * <p>The JSON Lines mode calls {@link #read} only for a field whose edit log has a step of {@link
 * #fixer()}, with the text exactly as that fixer was given it (the original with the earlier steps
 * replayed), so that a reader can use the fixer's own header analysis. Implementations must be
 * immutable and thread-safe, and must not throw.
 */
interface MetadataSource {

  /** The fields {@code --extract-metadata} fills, in the order they are added to a record. */
  List<String> FIELDS = List.of("title", "date");

  /** The name of the fixer whose removed header this source reads, such as {@code breadcrumbs}. */
  String fixer();

  /**
   * What the header at the top of {@code text} says: values for some of {@link #FIELDS}, non-empty
   * strings as the header wrote them; an empty map when there is no header.
   */
  Map<String, String> read(String text);

  /**
   * The sources of this build. The {@code breadcrumbs} fixer's header analysis is bound here, next
   * to the fixer it reads for; none is installed while that fixer is not part of the build.
   */
  static List<MetadataSource> installed() {
    return List.of();
  }
}
