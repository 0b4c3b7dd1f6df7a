package org.textmend.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.io.TextDecoder;
import org.textmend.lexicon.ContextCounts;
import org.textmend.process.FurnitureTally;
import org.textmend.process.JsonLinesSources;
import org.textmend.process.furniture.FurnitureCounts;
import org.textmend.process.furniture.FurnitureProfile;
import org.textmend.process.furniture.FurnitureThresholds;
import picocli.CommandLine.ParameterException;

/**
 * Learned furniture in a run: the first pass over a batch, the profile of {@code --furniture}, and
 * the pipeline for each input's source. A source is the folder an input file is in, as named on the
 * command line; standard input has the source {@code <stdin>}.
 */
final class LearnedFurniture {

  /** The name of the fixer that removes learned furniture. */
  static final String FIXER = "learned-furniture";

  private LearnedFurniture() {}

  /** The thresholds the options ask for; a bad value is a usage error. */
  static FurnitureThresholds thresholds(
      Options.FurnitureOptions options, Function<String, ParameterException> usage) {
    try {
      return new FurnitureThresholds(options.minDocs, options.minShare);
    } catch (IllegalArgumentException e) {
      throw usage.apply("--furniture-min-docs and --furniture-min-share: " + e.getMessage());
    }
  }

  /** Reads the profile {@code path}; an unreadable or malformed file is a usage error. */
  static FurnitureProfile read(
      Path path, FurnitureThresholds thresholds, Function<String, ParameterException> usage) {
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return FurnitureProfile.read(in, thresholds);
    } catch (IOException e) {
      throw usage.apply(Messages.readError(path.toString(), e).substring(Messages.PREFIX.length()));
    } catch (IllegalArgumentException e) {
      throw usage.apply(path + ": " + e.getMessage() + ". Write it with 'textmend learn'");
    }
  }

  /**
   * The first pass: counts the lines of every input file per source. Files that cannot be read or
   * decoded are left out here; the second pass reports them. So are files larger than {@code
   * maxBytes}, the chunk size: such a file is cleaned in chunks, as a stream and not as a page, so
   * learned furniture is not removed from it, and reading it whole here would cost its size in
   * memory. The word pairs of every document are counted into {@code pairs} when it is not {@code
   * null}.
   */
  static FurnitureCounts count(
      List<Input> inputs, TextDecoder decoder, long maxBytes, @Nullable ContextCounts pairs) {
    FurnitureCounts counts = new FurnitureCounts();
    for (Input input : inputs) {
      Path path = input.path();
      if (path == null) {
        continue; // standard input cannot be read twice
      }
      try {
        if (Files.isRegularFile(path) && Files.size(path) <= maxBytes) {
          String text = decoder.decode(Files.readAllBytes(path)).text();
          counts.addDocument(source(input), text);
          if (pairs != null) {
            pairs.addText(text);
          }
        }
      } catch (IOException | RuntimeException e) {
        // reported when the file is cleaned
      }
    }
    return counts;
  }

  /**
   * The first pass over JSON Lines files: each line's object is a document of the source its {@code
   * groupBy} field names. Unreadable files and malformed lines are left out here.
   */
  static FurnitureCounts countJsonLines(List<Input> inputs, Set<String> fields, String groupBy) {
    FurnitureCounts counts = new FurnitureCounts();
    for (Input input : inputs) {
      Path path = input.path();
      if (path == null || !Files.isRegularFile(path)) {
        continue;
      }
      try (BufferedReader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
        String line;
        while ((line = reader.readLine()) != null) {
          JsonLinesSources.count(counts, line, fields, groupBy, "");
        }
      } catch (IOException | RuntimeException e) {
        // reported when the file is cleaned
      }
    }
    return counts;
  }

  /** Whether a run over {@code inputs} is a batch to learn from: two files or more. */
  static boolean isBatch(List<Input> inputs) {
    return inputs.stream().filter(input -> !input.isStdin()).count() >= 2;
  }

  /**
   * The source of {@code input}: the folder it is in, as named; {@code <stdin>} for standard input.
   */
  static String source(Input input) {
    if (input.isStdin()) {
      return Input.STDIN_LABEL;
    }
    Path parent = Path.of(input.label()).getParent();
    return parent == null ? "." : parent.toString();
  }

  /**
   * The furniture removed from {@code input} per source, with the source {@code ""} of documents
   * that no {@code --group-by} field placed taken as the source of the input itself.
   */
  static Map<String, FurnitureTally.Source> sources(
      Input input, Map<String, FurnitureTally.Source> furniture) {
    if (!furniture.containsKey("")) {
      return furniture;
    }
    FurnitureTally tally = new FurnitureTally();
    furniture.forEach(
        (source, counts) -> tally.add(source.isEmpty() ? source(input) : source, counts));
    return tally.sources();
  }

  /**
   * The pipeline of each input: the run's own, with a {@code learned-furniture} fixer for its
   * source. Thread-safe; one pipeline is built per source and kept.
   */
  static final class Mends {
    private final TextMend plain;
    private final @Nullable FurnitureProfile profile;
    private final BiFunction<FurnitureProfile, String, TextMend> factory;
    private final Map<String, TextMend> bySource = new ConcurrentHashMap<>();

    /**
     * @param plain the pipeline without learned furniture
     * @param profile what was learned, or {@code null} for none
     * @param factory builds the run's pipeline with a profile for a source
     */
    Mends(
        TextMend plain,
        @Nullable FurnitureProfile profile,
        BiFunction<FurnitureProfile, String, TextMend> factory) {
      this.plain = plain;
      this.profile = profile;
      this.factory = factory;
    }

    /** The run's pipeline without learned furniture. */
    TextMend plain() {
      return plain;
    }

    /** The pipeline for documents of {@code source} (a JSON Lines source, say). */
    TextMend forSource(String source) {
      FurnitureProfile learned = profile;
      String known = learned == null ? null : sourceIn(learned, source);
      if (learned == null || known == null) {
        return plain;
      }
      return bySource.computeIfAbsent(known, s -> factory.apply(learned, s));
    }

    /**
     * The {@code --explain} note of an edit of {@code fixer} that removed {@code before} from
     * {@code input}: the reason of a learned removal or of a line of furniture that a rule removed
     * ({@link TextMend#removalReason}), {@code null} for any other edit.
     */
    @Nullable String note(Input input, String fixer, String before) {
      if (!fixer.equals(FIXER)) {
        return TextMend.removalReason(fixer, before);
      }
      FurnitureProfile learned = profile;
      String source = learned == null ? null : sourceIn(learned, input);
      if (learned == null || source == null) {
        return null;
      }
      return learned.reason(source, before);
    }

    /** The source of the profile that {@code input} is judged by, or null for none. */
    private static @Nullable String sourceIn(FurnitureProfile learned, Input input) {
      return sourceIn(learned, source(input));
    }

    private static @Nullable String sourceIn(FurnitureProfile learned, String source) {
      if (learned.knows(source)) {
        return source;
      }
      List<String> sources = learned.sources();
      return sources.size() == 1 && learned.knows(sources.get(0)) ? sources.get(0) : null;
    }

    /**
     * The pipeline for {@code input}. A source the profile does not know takes the profile's only
     * source when it has one (a profile learned from one site applies to any page of it, standard
     * input included), and no learned furniture otherwise.
     */
    TextMend forInput(Input input) {
      FurnitureProfile learned = profile;
      if (learned == null) {
        return plain;
      }
      String source = sourceIn(learned, input);
      if (source == null) {
        return plain;
      }
      return bySource.computeIfAbsent(source, s -> factory.apply(learned, s));
    }
  }
}
