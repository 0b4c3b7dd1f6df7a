/**
 * textmend on Apache Spark: {@link org.textmend.spark.TextMendSpark} cleans string columns of a
 * {@code Dataset<Row>} and registers the SQL function {@code textmend(text)}; {@link
 * org.textmend.spark.CleanJob} is the {@code spark-submit} job for JSON Lines, Parquet and text
 * files. The pipeline is built once per executor JVM ({@link org.textmend.spark.Pipelines}).
 */
@NullMarked
package org.textmend.spark;

import org.jspecify.annotations.NullMarked;
