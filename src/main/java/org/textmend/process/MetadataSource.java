package org.textmend.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.textmend.fixers.structure.PageHeader;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.Step;

/**
 * Reads facts about a document from the page header a fixer removes (the command line's {@code
 * --extract-metadata}): the page title and date of a crawl or breadcrumb header.
 *
 * <pre>{@code
 * ExplainedText explained = TextMend.standard().explain(page);
 * Map<String, String> found = MetadataSource.read(MetadataSource.installed(), explained);
 * // {"title": "Harbour wall gives way", "date": "2021-04-02"} when breadcrumbs removed a header
 * }</pre>
 *
 * <p>{@link #read(List, ExplainedText)} calls {@link #read(String)} only for a field whose edit log
 * has a step of {@link #fixer()}, with the text exactly as that fixer was given it (the original
 * with the earlier steps replayed), so that a reader can use the fixer's own header analysis.
 * Implementations must be immutable and thread-safe, and must not throw.
 */
public interface MetadataSource {

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
   * What the first of {@code sources} to find something reads in the header its fixer removed in
   * {@code explained}, given the text exactly as that fixer saw it; an empty map when none does.
   */
  static Map<String, String> read(List<MetadataSource> sources, ExplainedText explained) {
    List<Step> steps = explained.steps();
    for (MetadataSource source : sources) {
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

  /** The sources of this build: the {@code breadcrumbs} fixer's own header analysis. */
  static List<MetadataSource> installed() {
    return List.of(new Breadcrumbs());
  }

  /**
   * The title and date of the header the {@code breadcrumbs} fixer removes ({@link PageHeader}).
   */
  final class Breadcrumbs implements MetadataSource {
    @Override
    public String fixer() {
      return "breadcrumbs";
    }

    @Override
    public Map<String, String> read(String text) {
      Map<String, String> found = new LinkedHashMap<>();
      PageHeader.find(text)
          .ifPresent(
              header -> {
                header.title().filter(t -> !t.isBlank()).ifPresent(t -> found.put("title", t));
                header.date().filter(d -> !d.isBlank()).ifPresent(d -> found.put("date", d));
              });
      return found;
    }
  }
}
