package org.textmend.fixers.structure;

import java.util.List;
import org.textmend.pipeline.Edit;
import org.textmend.pipeline.Fixer;
import org.textmend.pipeline.FixerArgs;
import org.textmend.pipeline.FixerProvider;

/**
 * Removes navigation crumbs and crawl metadata from the top of a document, keeping the page title
 * as its first line.
 *
 * <pre>
 *  date 2019-05-31 Home › World › Ferry strike ends          →  Ferry strike ends
 * You are here: Home / Politics / Budget talks resume        →  Budget talks resume
 *  date 2022-08-14 2022/08/14 | 09:30 - Source: Harbour Daily  →  (line removed)
 * Français | DeutschFerry strike ends                         →  Ferry strike ends
 * </pre>
 *
 * <p>The last crumb is kept as the title unless the title also stands on its own line, or the last
 * crumb is a section name ("Home › News › World") followed by a title line; then the whole header
 * line goes. See {@link PageHeader} for what counts as a header line and for reading the title and
 * date of a removed header.
 *
 * <p>Left alone, deliberately: anything below the first few lines (a header is at the top); any
 * line after the title and the first line of the article; and lines that merely contain "Home",
 * "›", "&gt;", "/" or "|" — a crumb trail must start at a home page, after "You are here:", or
 * consist of short capitalised section names, and a metadata line must hold nothing but dates,
 * times and a source. A document that is nothing but a header is left as it is. Immutable and
 * thread-safe.
 */
public final class BreadcrumbsFixer implements Fixer {

  /** The fixer's name. */
  public static final String NAME = "breadcrumbs";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Edit> edits(String text) {
    return HeaderZone.analyse(text).edits();
  }

  /** Registers {@link BreadcrumbsFixer}. */
  public static final class Provider implements FixerProvider {
    @Override
    public String name() {
      return NAME;
    }

    @Override
    public String summary() {
      return "Removes breadcrumb and crawl-metadata header lines, keeping the page title";
    }

    @Override
    public Fixer create(FixerArgs args) {
      args.requireNoneLeft();
      return new BreadcrumbsFixer();
    }
  }
}
