package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the two jars hold: the plain jar is the library a Java user depends on (no command-line
 * library inside, a module name); textmend.jar is the self-contained command. Neither ships the
 * build-time lexicon compiler or docs writer, and both carry the notices. The release archive
 * unpacks into a folder whose bin/textmend runs, as INSTALL tells a new user.
 */
class PackagingIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();
  private static final List<String> NOTICES =
      List.of(
          "META-INF/LICENSE",
          "META-INF/NOTICE",
          "META-INF/THIRD-PARTY.txt",
          "META-INF/licenses/LGPL-2.1.txt");

  @TempDir Path dir;

  private static Path plainJar() throws IOException {
    try (var files = Files.list(TARGET)) {
      List<Path> jars =
          files
              .filter(p -> p.getFileName().toString().matches("textmend-[0-9].*\\.jar"))
              .filter(p -> !p.getFileName().toString().contains("-sources"))
              .toList();
      assertThat(jars).as("the plain jar in %s", TARGET).hasSize(1);
      return jars.get(0);
    }
  }

  private static List<String> entries(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(ZipEntry::getName).toList();
    }
  }

  private static String moduleName(Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
    }
  }

  @Test
  void thePlainJarIsTheLibraryWithoutTheCommandLineLibrary() throws IOException {
    Path jar = plainJar();

    assertThat(entries(jar))
        .contains("org/textmend/TextMend.class", "org/textmend/lexicon/english.lex")
        .containsAll(NOTICES)
        .noneMatch(name -> name.startsWith("picocli/"))
        .noneMatch(name -> name.contains("LexiconCompiler") || name.contains("CommandDocs"));
    assertThat(moduleName(jar)).isEqualTo("org.textmend");
  }

  @Test
  void theCommandJarBundlesWhatItRunsButNotTheLexiconCompiler() throws IOException {
    Path jar = TARGET.resolve("textmend.jar");

    assertThat(entries(jar))
        .contains("org/textmend/cli/Main.class", "picocli/CommandLine.class")
        .containsAll(NOTICES)
        .noneMatch(name -> name.contains("LexiconCompiler") || name.contains("CommandDocs"));
    assertThat(moduleName(jar)).isEqualTo("org.textmend");
  }

  private static Path archive(String extension) {
    Path archive = TARGET.resolve("textmend-" + VersionProvider.version() + extension);
    assertThat(archive).as("the release archive").isRegularFile();
    return archive;
  }

  private String run(Path workingDirectory, String... command)
      throws IOException, InterruptedException {
    Path out = dir.resolve("out." + System.nanoTime());
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true)
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
            .redirectOutput(out.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    String output = Files.readString(out, UTF_8);
    assertThat(process.exitValue()).as("exit code of %s: %s", List.of(command), output).isZero();
    return output;
  }

  @Test
  void theUnpackedArchiveRunsFromItsOwnLauncher() throws Exception {
    // As INSTALL says: unpack anywhere, run bin/textmend (here from another folder).
    run(dir, "tar", "-xzf", archive(".tar.gz").toString());
    Path home = dir.resolve("textmend-" + VersionProvider.version());
    Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
    String launcher = home.resolve("bin/textmend").toString();

    assertThat(run(elsewhere, launcher, "--version"))
        .startsWith("textmend " + VersionProvider.version() + " (commit ")
        .contains("Java " + System.getProperty("java.version"));
    Path sample = home.resolve("samples/harbour-wall.txt");
    String direct =
        run(
            elsewhere,
            javaBinary(),
            "-jar",
            TARGET.resolve("textmend.jar").toString(),
            sample.toString());
    assertThat(run(elsewhere, launcher, sample.toString())).isEqualTo(direct).isNotEmpty();
  }

  @Test
  void bothArchivesHoldTheCommandItsDocsAndItsNotices() throws Exception {
    String top = "textmend-" + VersionProvider.version() + "/";
    List<String> expected = new ArrayList<>();
    for (String name :
        List.of(
            "bin/textmend",
            "lib/textmend.jar",
            "man/man1/textmend.1",
            "completion/textmend-completion.bash",
            "LICENSE",
            "NOTICE",
            "THIRD-PARTY.txt",
            "licenses/LGPL-2.1.txt",
            "INSTALL",
            "README.md")) {
      expected.add(top + name);
    }
    try (ZipFile zip = new ZipFile(archive(".zip").toFile())) {
      assertThat(zip.stream().map(ZipEntry::getName)).containsAll(expected);
    }
    assertThat(run(dir, "tar", "-tzf", archive(".tar.gz").toString()).lines())
        .containsAll(expected);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
