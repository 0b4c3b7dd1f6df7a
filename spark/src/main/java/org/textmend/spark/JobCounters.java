package org.textmend.spark;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.SparkContext;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;

/**
 * The accumulators of one {@link CleanJob} run: records, failed records with the first few reasons,
 * and edits by fixer. Serializable with the task closures; each task updates its own copies.
 */
final class JobCounters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many failures one task describes; the count covers them all. */
  static final int REASONS_PER_TASK = 5;

  final LongAccumulator records;
  final LongAccumulator failed;
  final CollectionAccumulator<String> reasons;
  final EditCounter edits;

  JobCounters(SparkContext context) {
    records = context.longAccumulator("textmend records");
    failed = context.longAccumulator("textmend failed");
    reasons = context.collectionAccumulator("textmend failures");
    edits = EditCounter.register(context);
  }

  /** Counts a failed record, describing it if this task has described fewer than the limit. */
  void fail(String reason, int failedInTask) {
    failed.add(1);
    if (failedInTask < REASONS_PER_TASK) {
      reasons.add(reason);
    }
  }

  /** What the job did, read on the driver once it finished. */
  CleanJob.Summary summary() {
    return new CleanJob.Summary(
        records.value(), failed.value(), edits.value(), List.copyOf(reasons.value()));
  }
}
