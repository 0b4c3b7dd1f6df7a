package org.textmend.process;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A parsed {@code --fix NAME[:KEY=VALUE,...]}, as the command line and the Spark job take it.
 * Values cannot hold commas. Immutable.
 *
 * @param name the fixer
 * @param parameters its parameters, in the order given
 */
public record FixOption(String name, Map<String, String> parameters) {

  public FixOption {
    parameters = Map.copyOf(parameters);
  }

  /** Parses {@code spec}, or returns {@code null} when it is malformed. */
  public static @Nullable FixOption parse(String spec) {
    int colon = spec.indexOf(':');
    String name = (colon < 0 ? spec : spec.substring(0, colon)).strip();
    if (name.isEmpty()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    if (colon >= 0) {
      for (String pair : spec.substring(colon + 1).split(",", -1)) {
        int equals = pair.indexOf('=');
        if (equals <= 0) {
          return null;
        }
        parameters.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
      }
    }
    return new FixOption(name, parameters);
  }
}
