package org.textmend.process;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.textmend.TextMend;
import org.textmend.lexicon.Lexicon;
import org.textmend.pipeline.FixerRegistry;

/**
 * The fixer options of the command line as one value: {@code --fixers}, {@code --skip}, {@code
 * --fix}, {@code --nfkc}, {@code --eol}, the words of {@code --lexicon} files and {@code
 * --protect}. Immutable, thread-safe and serializable, with value equality: a distributed job ships
 * it to its workers, and each builds the same {@link TextMend} from it once.
 *
 * <pre>{@code
 * PipelineSpec spec = PipelineSpec.defaults().withSkip(List.of("boilerplate"))
 *     .withFix(List.of("glued-words:min-length=3")).withProtect(List.of("Hmeymim"));
 * TextMend mend = spec.build(FixerRegistry.installed());
 * }</pre>
 *
 * <p>Lexicon files are read by the caller ({@link org.textmend.lexicon.UserLexicon#parse}), so the
 * value holds their words rather than paths that a worker may not see.
 *
 * @param fixers the {@code --fixers} list, or {@code null} for the default set
 * @param skip the fixers to leave out
 * @param fix {@code --fix} specifications, {@code NAME[:KEY=VALUE,...]}
 * @param nfkc whether to normalise to NFKC
 * @param eol {@code lf}, {@code crlf} or {@code keep}
 * @param lexicons the words of each lexicon file, in the order given
 * @param protect words no fixer may split or change
 */
public record PipelineSpec(
    @Nullable List<String> fixers,
    List<String> skip,
    List<String> fix,
    boolean nfkc,
    String eol,
    List<Map<String, Integer>> lexicons,
    List<String> protect)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public PipelineSpec {
    fixers = fixers == null ? null : List.copyOf(fixers);
    skip = List.copyOf(skip);
    fix = List.copyOf(fix);
    List<Map<String, Integer>> copies = new ArrayList<>();
    for (Map<String, Integer> words : lexicons) {
      // keeps the file's order, which Map.copyOf would not
      copies.add(java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words)));
    }
    lexicons = List.copyOf(copies);
    protect = List.copyOf(protect);
  }

  /** What the command line does without fixer options. */
  public static PipelineSpec defaults() {
    return new PipelineSpec(null, List.of(), List.of(), false, "keep", List.of(), List.of());
  }

  /** This spec with {@code --fixers} set to {@code names}. */
  public PipelineSpec withFixers(@Nullable List<String> names) {
    return new PipelineSpec(names, skip, fix, nfkc, eol, lexicons, protect);
  }

  /** This spec with {@code --skip} set to {@code names}. */
  public PipelineSpec withSkip(List<String> names) {
    return new PipelineSpec(fixers, names, fix, nfkc, eol, lexicons, protect);
  }

  /** This spec with the {@code --fix} specifications {@code specs}. */
  public PipelineSpec withFix(List<String> specs) {
    return new PipelineSpec(fixers, skip, specs, nfkc, eol, lexicons, protect);
  }

  /** This spec with {@code --nfkc} on or off. */
  public PipelineSpec withNfkc(boolean on) {
    return new PipelineSpec(fixers, skip, fix, on, eol, lexicons, protect);
  }

  /** This spec with {@code --eol} set to {@code ending}. */
  public PipelineSpec withEol(String ending) {
    return new PipelineSpec(fixers, skip, fix, nfkc, ending, lexicons, protect);
  }

  /** This spec with the words of one more lexicon file. */
  public PipelineSpec withLexicon(Map<String, Integer> words) {
    List<Map<String, Integer>> more = new ArrayList<>(lexicons);
    more.add(words);
    return new PipelineSpec(fixers, skip, fix, nfkc, eol, more, protect);
  }

  /** This spec with {@code --protect} set to {@code words}. */
  public PipelineSpec withProtect(List<String> words) {
    return new PipelineSpec(fixers, skip, fix, nfkc, eol, lexicons, words);
  }

  /**
   * Builds the pipeline this spec describes, with fixers from {@code registry}.
   *
   * @throws IllegalArgumentException naming the option at fault, in the command line's words
   */
  public TextMend build(FixerRegistry registry) {
    return builder(registry).build();
  }

  /**
   * A builder set up as this spec says, for a caller that adds to it (such as a furniture profile)
   * before it builds. A malformed {@code --fix}, {@code --eol} or {@code --protect} throws here; an
   * unknown fixer or a bad parameter when the builder builds.
   *
   * @throws IllegalArgumentException naming the option at fault, in the command line's words
   */
  public TextMend.Builder builder(FixerRegistry registry) {
    TextMend.Builder builder = TextMend.builder().registry(registry).lexicon(lexicon());
    if (fixers != null) {
      builder.fixers(fixers);
    }
    builder.skip(skip);
    for (String spec : fix) {
      FixOption option = FixOption.parse(spec);
      if (option == null) {
        throw new IllegalArgumentException(
            "--fix expects NAME or NAME:KEY=VALUE,..., not '" + spec + "'");
      }
      builder.fix(option.name(), option.parameters());
    }
    if (nfkc) {
      builder.fix("unicode-normalize", Map.of("form", "nfkc"));
    }
    String ending = eol.toLowerCase(Locale.ROOT);
    if (!ending.equals("keep")) {
      if (!ending.equals("lf") && !ending.equals("crlf")) {
        throw new IllegalArgumentException("--eol must be lf, crlf or keep, not '" + eol + "'");
      }
      builder.fix("whitespace", Map.of("eol", ending));
    }
    return builder;
  }

  private Lexicon lexicon() {
    Lexicon lexicon = Lexicon.english();
    for (Map<String, Integer> words : lexicons) {
      lexicon = lexicon.withWords(words);
    }
    if (!protect.isEmpty()) {
      try {
        lexicon = lexicon.withProtected(protect);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--protect: " + e.getMessage(), e);
      }
    }
    return lexicon;
  }
}
