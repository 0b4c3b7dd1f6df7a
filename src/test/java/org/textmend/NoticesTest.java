package org.textmend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The notices name everything textmend.jar bundles with its license: every runtime dependency (as
 * the build resolved them into target/bundled-dependencies.txt) has a line in the third-party list
 * the build generated, and NOTICE names the dictionary the lexicon is compiled from, at the version
 * the build uses, with its license. A new dependency without a license entry fails here.
 */
class NoticesTest {

  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Pattern RESOLVED =
      Pattern.compile(
          "^\\s+([\\w.-]+):([\\w.-]+):jar:([\\w.-]+):(compile|runtime)", Pattern.MULTILINE);

  private static List<String> bundledCoordinates() throws IOException {
    String listing = Files.readString(PROJECT.resolve("target/bundled-dependencies.txt"));
    Matcher matcher = RESOLVED.matcher(listing);
    return matcher.results().map(m -> m.group(1) + ":" + m.group(2) + ":" + m.group(3)).toList();
  }

  private static String thirdPartyList() throws IOException {
    return Files.readString(PROJECT.resolve("target/classes/META-INF/THIRD-PARTY.txt"));
  }

  @Test
  void theBuildListsTheLibrariesThatTextmendJarBundles() throws IOException {
    assertThat(bundledCoordinates())
        .contains("info.picocli:picocli:" + pomProperty("picocli.version"))
        .anyMatch(c -> c.startsWith("com.ibm.icu:icu4j:"));
  }

  @Test
  void everyBundledLibraryHasALicenseInTheThirdPartyList() throws IOException {
    String list = thirdPartyList();
    for (String coordinates : bundledCoordinates()) {
      Matcher line =
          Pattern.compile(
                  "^\\s*\\((.+)\\) .*\\(" + Pattern.quote(coordinates) + " ", Pattern.MULTILINE)
              .matcher(list);
      assertThat(line.find()).as("a third-party line for %s", coordinates).isTrue();
      assertThat(line.group(1))
          .as("license of %s", coordinates)
          .isNotBlank()
          .doesNotContainIgnoringCase("unknown");
    }
  }

  @Test
  void noticeNamesTheLexiconSourceAtTheBuiltVersionWithItsLicense() throws IOException {
    String notice = Files.readString(PROJECT.resolve("NOTICE"));

    assertThat(notice)
        .contains("org.languagetool:english-pos-dict:" + pomProperty("english-pos-dict.version"))
        .contains("GNU Lesser General Public License, version 2.1")
        .contains("META-INF/licenses/LGPL-2.1.txt");
    assertThat(PROJECT.resolve("src/license/LGPL-2.1.txt"))
        .content()
        .contains("Version 2.1, February 1999");
  }

  @Test
  void everyJarCarriesTheNotices() throws IOException {
    // What the build put on the class path is what both jars are made from.
    for (String name : List.of("LICENSE", "NOTICE", "THIRD-PARTY.txt", "licenses/LGPL-2.1.txt")) {
      assertThat(PROJECT.resolve("target/classes/META-INF/" + name)).as(name).isRegularFile();
    }
  }

  private static String pomProperty(String name) throws IOException {
    Matcher matcher =
        Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
            .matcher(Files.readString(PROJECT.resolve("pom.xml")));
    assertThat(matcher.find()).as("property %s in pom.xml", name).isTrue();
    return matcher.group(1);
  }
}
