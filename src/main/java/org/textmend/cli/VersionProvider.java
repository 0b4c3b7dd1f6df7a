package org.textmend.cli;

import com.ibm.icu.util.VersionInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Supplies {@code --version}: textmend's version (written into the jar by the build). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "textmend " + version(),
      "Java "
          + System.getProperty("java.version")
          + ", ICU "
          + VersionInfo.ICU_VERSION.getMajor()
          + "."
          + VersionInfo.ICU_VERSION.getMinor()
    };
  }

  static String version() {
    try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version");
        if (version != null && !version.startsWith("$")) {
          return version;
        }
      }
    } catch (IOException e) {
      // fall through: a development build without the resource
    }
    return "(development build)";
  }
}
