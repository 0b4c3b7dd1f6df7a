package org.textmend.pipeline;

/**
 * Makes a {@link Fixer} by name: the service that registers a fixer with the {@link FixerRegistry}.
 *
 * <p>Each fixer's source file nests its provider as {@code public static final class Provider},
 * listed in {@code META-INF/services/org.textmend.pipeline.FixerProvider}. Implementations are
 * stateless.
 */
public interface FixerProvider {

  /** The fixer's name: lower kebab-case, unique among all providers. */
  String name();

  /** One line saying what the fixer repairs, shown by {@code --list-fixers}. */
  String summary();

  /**
   * Whether the standard pipeline runs this plug-in fixer; opt-in fixers answer {@code false}.
   * Asked only of fixers that {@link FixerOrder} does not list: the built-in fixers' default set is
   * data in the order file.
   */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * Creates the fixer. Reads its parameters from {@code args}, then calls {@link
   * FixerArgs#requireNoneLeft()}.
   *
   * @throws IllegalArgumentException for a missing, malformed or unknown parameter
   */
  Fixer create(FixerArgs args);
}
