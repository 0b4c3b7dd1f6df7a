package org.textmend.pipeline;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.textmend.lexicon.Lexicon;

/**
 * The configuration a {@link FixerProvider} creates its fixer from: string parameters, as in {@code
 * --fix glued-words:min-length=3}, and the shared {@link Lexicon}.
 *
 * <p>A provider takes each parameter it understands with a typed getter, which removes it, and then
 * calls {@link #requireNoneLeft()}, so a misspelt parameter is an error rather than silently
 * ignored. Not thread-safe: one instance serves one {@code create} call.
 */
public final class FixerArgs {

  private final String fixer;
  private final Map<String, String> remaining;
  private final Lexicon lexicon;

  /** Arguments for the fixer named {@code fixer}. */
  public FixerArgs(String fixer, Map<String, String> parameters, Lexicon lexicon) {
    this.fixer = Objects.requireNonNull(fixer, "fixer");
    this.remaining = new LinkedHashMap<>(parameters);
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** Arguments without parameters, with the built-in English lexicon. */
  public static FixerArgs defaults(String fixer) {
    return new FixerArgs(fixer, Map.of(), Lexicon.english());
  }

  /**
   * The lexicon shared by the pipeline: built-in words plus the user's words and protected names.
   */
  public Lexicon lexicon() {
    return lexicon;
  }

  /** Takes the string parameter {@code key}, or {@code fallback} when it is absent. */
  public String get(String key, String fallback) {
    String value = remaining.remove(key);
    return value == null ? fallback : value;
  }

  /** Takes the whole-number parameter {@code key}, or {@code fallback} when it is absent. */
  public int getInt(String key, int fallback) {
    return parsed(key, fallback, Integer::parseInt, "a whole number");
  }

  /** Takes the decimal parameter {@code key}, or {@code fallback} when it is absent. */
  public double getDouble(String key, double fallback) {
    return parsed(key, fallback, Double::parseDouble, "a number");
  }

  /**
   * Takes the parameter {@code key} read by {@code parser}, or {@code fallback} when it is absent;
   * a value the parser refuses is a configuration error that says what was expected ({@code kind}).
   */
  private <T> T parsed(String key, T fallback, Function<String, T> parser, String kind) {
    String value = remaining.remove(key);
    if (value == null) {
      return fallback;
    }
    try {
      return parser.apply(value.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          fixer + ": parameter " + key + " must be " + kind + ", not \"" + value + "\"");
    }
  }

  /**
   * Takes the parameter {@code key} as {@code true}/{@code false}, or {@code fallback} when it is
   * absent.
   */
  public boolean getBoolean(String key, boolean fallback) {
    String value = remaining.remove(key);
    if (value == null) {
      return fallback;
    }
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true":
      case "yes":
      case "on":
        return true;
      case "false":
      case "no":
      case "off":
        return false;
      default:
        throw new IllegalArgumentException(
            fixer + ": parameter " + key + " must be true or false, not \"" + value + "\"");
    }
  }

  /**
   * Fails when parameters are left that no getter took.
   *
   * @throws IllegalArgumentException "Unknown parameters for NAME: [..]"
   */
  public void requireNoneLeft() {
    if (!remaining.isEmpty()) {
      throw new IllegalArgumentException(
          "Unknown parameters for " + fixer + ": " + remaining.keySet());
    }
  }
}
