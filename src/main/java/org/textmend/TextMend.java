package org.textmend;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.textmend.fixers.structure.BoilerplateFixer;
import org.textmend.fixers.structure.LearnedFurnitureFixer;
import org.textmend.lexicon.ContextModel;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.ExplainedText;
import org.textmend.pipeline.FixerOrder;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.pipeline.Pipeline;
import org.textmend.process.furniture.FurnitureProfile;

/**
 * The library entry point: repairs text scraped from the web or extracted from documents.
 *
 * <pre>{@code
 * TextMend mend = TextMend.standard();
 * String clean = mend.clean("influx to Turkey.Erdogan also met his Russiancounterpart");
 * // "influx to Turkey. Erdogan also met his Russian counterpart"
 * }</pre>
 *
 * <p>An instance wraps a {@link Pipeline} of named fixers. It is immutable and thread-safe: build
 * it once and call it from any number of threads, for any number of texts.
 *
 * <p>Beyond one string, the {@link org.textmend.process} classes take a {@code TextMend}: {@link
 * org.textmend.process.StreamCleaner} cleans a stream of any size in chunks, {@link
 * org.textmend.process.JsonLinesCleaner} cleans JSON Lines, and {@link
 * org.textmend.process.MetadataSource} reads the header a fixer removed. They are constructed from
 * an instance rather than handed out by it, so that this facade keeps its four methods.
 */
public final class TextMend {

  private final Pipeline pipeline;

  private TextMend(Pipeline pipeline) {
    this.pipeline = pipeline;
  }

  /** The default pipeline: every fixer that is on by default, with default parameters. */
  public static TextMend standard() {
    return StandardHolder.STANDARD;
  }

  /** A builder to choose fixers, their parameters and the lexicon. */
  public static Builder builder() {
    return new Builder();
  }

  /** Cleans {@code text}. */
  public String clean(String text) {
    return pipeline.clean(text);
  }

  /**
   * Cleans {@code text} and returns the edit log with the result: what changed, where, and by which
   * fixer.
   */
  public ExplainedText explain(String text) {
    return pipeline.explain(text);
  }

  /**
   * Why the fixer named {@code fixer} removed {@code removed}, a line of page furniture, for {@code
   * --explain} ("menu", "ticker of headlines"); {@code null} for an edit of any other fixer.
   */
  public static @Nullable String removalReason(String fixer, String removed) {
    return fixer.equals(BoilerplateFixer.NAME) ? BoilerplateFixer.reason(removed) : null;
  }

  /**
   * Chooses the fixers and their configuration. Not thread-safe; the {@link TextMend} it builds is.
   *
   * <pre>{@code
   * TextMend mend = TextMend.builder()
   *     .skip("boilerplate")
   *     .fix("dateline")                                   // turn on an opt-in fixer
   *     .fix("whitespace", Map.of("eol", "crlf"))           // with parameters
   *     .lexicon(Lexicon.english().withProtected(List.of("Hmeymim")))
   *     .build();
   * }</pre>
   */
  public static final class Builder {
    private FixerRegistry registry = FixerRegistry.installed();
    private Lexicon lexicon = Lexicon.english();
    private List<String> base;
    private final Map<String, Map<String, String>> fixes = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();
    private @Nullable FurnitureProfile furniture;
    private String source = "";
    private @Nullable ContextModel batchContext;

    private Builder() {}

    /** Looks fixers up in {@code registry} (default: the installed one). */
    public Builder registry(FixerRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Uses {@code lexicon} for every fixer that knows words (default: {@link Lexicon#english()}).
     */
    public Builder lexicon(Lexicon lexicon) {
      this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
      return this;
    }

    /**
     * Runs exactly these fixers instead of the default set; the name {@code default} stands for the
     * default set. They still run in the order of {@link FixerOrder}.
     */
    public Builder fixers(Collection<String> names) {
      this.base = List.copyOf(names);
      return this;
    }

    /** Adds the fixer {@code name}, turning on an opt-in fixer. */
    public Builder fix(String name) {
      return fix(name, Map.of());
    }

    /**
     * Adds the fixer {@code name} with parameters; parameters given twice for one fixer are merged.
     */
    public Builder fix(String name, Map<String, String> parameters) {
      fixes
          .computeIfAbsent(Objects.requireNonNull(name, "name"), n -> new LinkedHashMap<>())
          .putAll(parameters);
      return this;
    }

    /** Leaves out the fixers {@code names}. */
    public Builder skip(Collection<String> names) {
      skipped.addAll(names);
      return this;
    }

    /**
     * Gives the {@code learned-furniture} fixer the lines {@code profile} learned of {@code
     * source}, so that the instance built removes them (see {@link
     * org.textmend.process.furniture}). One instance serves the documents of one source: to clean a
     * batch of several sources, build one per source (building is cheap next to cleaning, and an
     * instance can be kept per source and shared by threads); a source the profile does not know
     * gets a fixer that does nothing. Has no effect when {@code learned-furniture} is skipped or
     * left out of {@link #fixers}.
     *
     * <pre>{@code
     * TextMend mend = TextMend.builder().furniture(profile, "scraped/site-a").build();
     * }</pre>
     */
    public Builder furniture(FurnitureProfile profile, String source) {
      this.furniture = Objects.requireNonNull(profile, "profile");
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * Lets the word fixers weigh the word pairs of the batch this instance cleans ({@link
     * org.textmend.lexicon.ContextCounts}, counted over the batch first) beside the built-in pair
     * model when they judge a join by its neighbours.
     *
     * <pre>{@code
     * ContextCounts counts = new ContextCounts();
     * documents.forEach(counts::addText);
     * TextMend mend = TextMend.builder().batchContext(counts.model()).build();
     * }</pre>
     */
    public Builder batchContext(ContextModel pairs) {
      this.batchContext = Objects.requireNonNull(pairs, "pairs");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @throws IllegalArgumentException for an unknown fixer name (listing the valid ones), a fixer
     *     both added and skipped, or a bad parameter
     */
    public TextMend build() {
      Set<String> selected = new LinkedHashSet<>();
      for (String name : base == null ? List.of("default") : base) {
        if (name.equals("default")) {
          selected.addAll(FixerOrder.defaultNames(registry));
        } else {
          selected.add(checked(name));
        }
      }
      for (String name : fixes.keySet()) {
        selected.add(checked(name));
      }
      for (String name : skipped) {
        checked(name);
        if (fixes.containsKey(name)) {
          throw new IllegalArgumentException("fixer " + name + " is both added and skipped");
        }
        selected.remove(name);
      }
      ContextModel pairs = batchContext;
      Pipeline.Builder pipeline =
          Pipeline.builder()
              .registry(registry)
              .lexicon(pairs == null ? lexicon : lexicon.withContext(pairs));
      for (FixerOrder.Stage stage : FixerOrder.stages(selected)) {
        for (String name : stage.fixers()) {
          FurnitureProfile profile = furniture;
          if (profile != null && name.equals(LearnedFurnitureFixer.NAME)) {
            fixes.getOrDefault(name, Map.of()).keySet().stream()
                .findFirst()
                .ifPresent(
                    key -> {
                      throw new IllegalArgumentException(
                          "Unknown parameters for " + name + ": " + key);
                    });
            pipeline.add(new LearnedFurnitureFixer(profile, source));
          } else {
            pipeline.add(name, fixes.getOrDefault(name, Map.of()));
          }
        }
        if (stage.settles()) {
          pipeline.settle(stage.passes());
        }
      }
      return new TextMend(pipeline.build());
    }

    private String checked(String name) {
      registry.provider(name);
      return name;
    }
  }

  private static final class StandardHolder {
    static final TextMend STANDARD = builder().build();
  }
}
