package org.textmend.process.furniture;

import java.io.Serializable;

/**
 * When a line that recurs in the documents of a source counts as that source's furniture.
 *
 * <p>A line is learned when at least {@code minDocs} documents of its source have it, and at least
 * that share {@code minShare} of the source's documents, and it keeps company: in at least {@code
 * minDocs} documents the same line stands before or after it (or it opens or ends them), or it
 * recurs in twice {@code minDocs} documents. The last test is what sets a site's menus and widgets,
 * printed as blocks, apart from a headline or a quoted sentence that other pages of a crawl mention
 * here and there.
 *
 * <p>Why an absolute count and no share by default: a crawl, or a folder of pages of many sites,
 * puts each site's few dozen pages among thousands of others, so a site's furniture is in one or
 * two percent of the source's documents; a relative test alone would miss it. Ten documents is more
 * than a headline or a quote is shared by in a news crawl (measured: at most seven), and fewer than
 * the pages of a site in any batch worth learning from. Immutable; serializable, as part of a
 * {@link FurnitureProfile} that a Spark job broadcasts.
 *
 * @param minDocs the least number of documents (at least 2)
 * @param minShare the least share of the source's documents, from 0 to 1
 */
public record FurnitureThresholds(int minDocs, double minShare) implements Serializable {

  /** The default least number of documents: 10. */
  public static final int DEFAULT_MIN_DOCS = 10;

  /** The default least share of documents: 0, no relative test. */
  public static final double DEFAULT_MIN_SHARE = 0.0;

  /** The defaults: 10 documents, no least share. */
  public static final FurnitureThresholds DEFAULTS =
      new FurnitureThresholds(DEFAULT_MIN_DOCS, DEFAULT_MIN_SHARE);

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException for {@code minDocs} below 2 or {@code minShare} outside [0, 1]
   */
  public FurnitureThresholds {
    if (minDocs < 2) {
      throw new IllegalArgumentException(
          "the least number of documents must be 2 or more, not " + minDocs);
    }
    if (!(minShare >= 0 && minShare <= 1)) {
      throw new IllegalArgumentException(
          "the least share of documents must be between 0 and 1, not " + minShare);
    }
  }

  /** Whether {@code count} of a source's {@code documents} is often enough. */
  public boolean often(int count, int documents) {
    return count >= minDocs && count >= minShare * documents;
  }
}
