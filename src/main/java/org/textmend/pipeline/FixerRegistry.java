package org.textmend.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.regex.Pattern;

/**
 * The fixers known by name: every {@link FixerProvider} found through {@link ServiceLoader}.
 *
 * <p>Names must be lower kebab-case and unique; a second provider with a taken name is an error,
 * not "first wins". Immutable and thread-safe.
 */
public final class FixerRegistry {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final Map<String, FixerProvider> providers;

  /** A registry of exactly these providers. */
  public FixerRegistry(List<? extends FixerProvider> providers) {
    Map<String, FixerProvider> byName = new LinkedHashMap<>();
    for (FixerProvider provider : providers) {
      String name = provider.name();
      if (!NAME.matcher(name).matches()) {
        throw new IllegalStateException(
            "fixer name \""
                + name
                + "\" of "
                + provider.getClass().getName()
                + " is not lower kebab-case");
      }
      FixerProvider previous = byName.putIfAbsent(name, provider);
      if (previous != null) {
        throw new IllegalStateException(
            "two fixers are named \""
                + name
                + "\": "
                + previous.getClass().getName()
                + " and "
                + provider.getClass().getName());
      }
    }
    this.providers = Collections.unmodifiableMap(byName);
  }

  /** The registry of every provider on the class path, loaded once per process. */
  public static FixerRegistry installed() {
    return InstalledHolder.INSTALLED;
  }

  /** The registered names, sorted. */
  public List<String> names() {
    List<String> names = new ArrayList<>(providers.keySet());
    Collections.sort(names);
    return List.copyOf(names);
  }

  /** The provider named {@code name}. @throws IllegalArgumentException listing the valid names */
  public FixerProvider provider(String name) {
    Objects.requireNonNull(name, "name");
    FixerProvider provider = providers.get(name);
    if (provider == null) {
      throw new IllegalArgumentException(
          "Unknown fixer \"" + name + "\". Valid fixers: " + String.join(", ", names()));
    }
    return provider;
  }

  /** Whether a fixer is registered under {@code name}. */
  public boolean contains(String name) {
    return providers.containsKey(name);
  }

  /**
   * Creates the fixer {@code name} from {@code args}. @throws IllegalArgumentException for an
   * unknown name
   */
  public Fixer create(String name, FixerArgs args) {
    Fixer fixer = provider(name).create(args);
    if (!fixer.name().equals(name)) {
      throw new IllegalStateException(
          "provider " + name + " created a fixer named " + fixer.name());
    }
    return fixer;
  }

  private static final class InstalledHolder {
    static final FixerRegistry INSTALLED =
        new FixerRegistry(
            ServiceLoader.load(FixerProvider.class, FixerRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
  }
}
