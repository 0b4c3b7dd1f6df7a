package org.textmend.cli;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IVersionProvider;

/**
 * Supplies {@code --version}: textmend's version and the git commit it was built from (both written
 * into the jar by the build), and the Java and ICU versions it runs on.
 */
final class VersionProvider implements IVersionProvider {

  private static final String UNKNOWN_COMMIT = "unknown";

  @Override
  public String[] getVersion() {
    return new String[] {
      "textmend " + version() + " (commit " + commit() + ")",
      "Java "
          + System.getProperty("java.version")
          + " ("
          + System.getProperty("java.vendor")
          + "), ICU "
          + VersionInfo.ICU_VERSION.getMajor()
          + "."
          + VersionInfo.ICU_VERSION.getMinor()
    };
  }

  static String version() {
    String version = built("version");
    return version == null ? "(development build)" : version;
  }

  /** The commit's short id, or "unknown" for a build outside a git checkout or without git. */
  static String commit() {
    String commit = built("commit");
    return commit == null ? UNKNOWN_COMMIT : commit;
  }

  /** A value the build filled in, or null (no resource, or a placeholder the build left). */
  private static @Nullable String built(String key) {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String value = properties.getProperty(key, "").strip();
        if (!value.isEmpty() && !value.startsWith("$")) {
          return value;
        }
      }
    } catch (IOException e) {
      // fall through: a development build without the resource
    }
    return null;
  }
}
