package org.textmend.spark;

import java.io.Serializable;
import org.apache.spark.broadcast.Broadcast;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.process.PipelineSpec;
import org.textmend.process.furniture.FurnitureProfile;

/**
 * What a task needs to pick the pipeline of each document: the fixer options, and the furniture
 * profile broadcast to the executors (or none). The pipelines themselves come from {@link
 * Pipelines}, built once per executor. Serializable, as Spark ships it with each task; immutable.
 *
 * @param spec the fixer options
 * @param profile the learned furniture, or {@code null} for none
 */
record SourceMends(PipelineSpec spec, @Nullable Broadcast<FurnitureProfile> profile)
    implements Serializable {

  /** The pipeline without learned furniture. */
  TextMend plain() {
    return Pipelines.get(spec);
  }

  /** The pipeline for documents of {@code source}. */
  TextMend forSource(String source) {
    return Pipelines.get(spec, profile, source);
  }
}
