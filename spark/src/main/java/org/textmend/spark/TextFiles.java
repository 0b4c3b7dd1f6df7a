package org.textmend.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.VoidFunction;
import org.apache.spark.input.PortableDataStream;
import org.textmend.TextMend;
import org.textmend.io.DecodedText;
import org.textmend.io.TextDecoder;
import org.textmend.io.TextEncoder;
import org.textmend.pipeline.ExplainedText;
import scala.Tuple2;

/**
 * Cleans a partition of text files, one document each, as the command line cleans a file with
 * {@code --output-dir}: the encoding is detected, the text cleaned whole, and the result written as
 * UTF-8 under the same name relative to the input folder (an unchanged UTF-8 file is copied byte
 * for byte). Each file is cleaned with the learned furniture of its folder, when there is a
 * profile. A file that cannot be decoded or cleaned is counted as failed and not written.
 * Serializable; immutable.
 */
final class TextFiles implements VoidFunction<Iterator<Tuple2<String, PortableDataStream>>> {

  private static final long serialVersionUID = 1L;

  private final SourceMends mends;
  private final TextSources sources;
  private final String inputRoot;
  private final String outputRoot;
  private final JobCounters counters;

  TextFiles(SourceMends mends, TextSources sources, String outputRoot, JobCounters counters) {
    this.mends = mends;
    this.sources = sources;
    this.inputRoot = sources.root();
    this.outputRoot = outputRoot;
    this.counters = counters;
  }

  @Override
  public void call(Iterator<Tuple2<String, PortableDataStream>> files) throws IOException {
    TextDecoder decoder = new TextDecoder(null);
    Configuration conf = new Configuration();
    int failedInTask = 0;
    while (files.hasNext()) {
      Tuple2<String, PortableDataStream> file = files.next();
      String name = file._1();
      counters.records.add(1);
      byte[] cleaned;
      try {
        cleaned = clean(mends.forSource(sources.of(name)), decoder, file._2().toArray());
      } catch (IOException | RuntimeException | StackOverflowError e) {
        counters.fail(DocumentFailure.describe(name, e), failedInTask++);
        continue;
      }
      Path target = new Path(outputRoot, relative(name));
      FileSystem fs = target.getFileSystem(conf);
      try (OutputStream out = fs.create(target, true)) {
        out.write(cleaned);
      }
    }
  }

  private byte[] clean(TextMend mend, TextDecoder decoder, byte[] bytes) throws IOException {
    DecodedText decoded = decoder.decode(bytes);
    ExplainedText explained = mend.explain(decoded.text());
    counters.edits.addAll(explained.editCounts());
    Charset output = StandardCharsets.UTF_8;
    boolean sameEncoding = output.equals(decoded.charset());
    if (!explained.changed() && sameEncoding) {
      return bytes;
    }
    return TextEncoder.encode(explained.text(), output, decoded.byteOrderMark() && sameEncoding);
  }

  /** {@code name} relative to the input folder, or its file name when it lies elsewhere. */
  private String relative(String name) {
    String path = URI.create(name).getPath();
    String root = URI.create(inputRoot).getPath();
    if (root != null && path.startsWith(root.endsWith("/") ? root : root + "/")) {
      return path.substring(root.length()).replaceFirst("^/+", "");
    }
    return new Path(path).getName();
  }

  /** The input folder as a qualified URI, so that it compares with the names Spark gives. */
  static String qualified(String input, Configuration conf) {
    Path path = new Path(input);
    try {
      return path.getFileSystem(conf).makeQualified(path).toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
