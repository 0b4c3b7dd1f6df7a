package org.textmend.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the test JVM ({@code local[2]}), started by the first test that
 * asks for it and shared by every test class: starting Spark takes seconds, cleaning a few
 * documents takes milliseconds. Spark stops it when the JVM exits.
 */
final class SharedSpark {

  private SharedSpark() {}

  static SparkSession session() {
    return Holder.SESSION;
  }

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("textmend-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.ui.showConsoleProgress", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
  }
}
