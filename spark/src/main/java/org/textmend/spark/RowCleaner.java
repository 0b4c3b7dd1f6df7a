package org.textmend.spark;

import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRow;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.pipeline.ExplainedText;
import org.textmend.process.ValueEnding;

/**
 * Cleans the chosen string columns of each row of a partition and appends the error column: what
 * {@link TextMendSpark#clean} runs on each partition. The pipeline comes from {@link Pipelines}, so
 * it is built once per executor. Serializable, as Spark ships it to the executors; immutable.
 */
final class RowCleaner implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;

  private final SourceMends mends;
  private final int source;
  private final String[] names;
  private final int[] columns;
  private final @Nullable EditCounter edits;
  private final @Nullable JobCounters counters;

  /**
   * @param mends the pipelines, with learned furniture when there is a profile
   * @param source the index of the column naming a row's source, or -1 for none
   * @param names the names of the columns to clean, for the error column
   * @param columns their indexes
   * @param edits where to count edits, if anywhere
   * @param counters the job's counters of records and failures, when run by {@link CleanJob}
   */
  RowCleaner(
      SourceMends mends,
      int source,
      String[] names,
      int[] columns,
      @Nullable EditCounter edits,
      @Nullable JobCounters counters) {
    this.mends = mends;
    this.source = source;
    this.names = names.clone();
    this.columns = columns.clone();
    this.edits = edits;
    this.counters = counters;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TextMend plain = mends.plain();
    return new Iterator<>() {
      private int failedInTask;

      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row next = rows.next();
        TextMend mend =
            mends.profile() == null ? plain : mends.forSource(FirstPass.sourceOf(next, source));
        Row row = clean(mend, next);
        if (counters != null) {
          counters.records.add(1);
          String error = (String) row.get(row.length() - 1);
          if (error != null) {
            counters.fail(error, failedInTask++);
          }
        }
        return row;
      }
    };
  }

  private Row clean(TextMend mend, Row row) {
    int width = row.length();
    Object[] values = new Object[width + 1];
    for (int i = 0; i < width; i++) {
      values[i] = row.get(i);
    }
    String error = null;
    for (int c = 0; c < columns.length; c++) {
      Object value = values[columns[c]];
      if (value == null) {
        continue;
      }
      try {
        ExplainedText explained = ValueEnding.keep(mend.explain((String) value));
        if (explained.changed()) {
          values[columns[c]] = explained.text();
          if (edits != null) {
            edits.addAll(explained.editCounts());
          }
        }
      } catch (RuntimeException | StackOverflowError e) {
        // the value stays as it was, and the row says why
        String message = DocumentFailure.describe(names[c], e);
        error = error == null ? message : error + "; " + message;
      }
    }
    values[width] = error;
    return new GenericRow(values);
  }
}
