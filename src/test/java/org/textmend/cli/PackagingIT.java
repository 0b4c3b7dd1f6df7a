package org.textmend.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * What the two jars hold: the plain jar is the library a Java user depends on (no command-line
 * library inside, a module name); textmend.jar is the self-contained command. Neither ships the
 * build-time lexicon compiler.
 */
class PackagingIT {

  private static final Path TARGET = Path.of("target").toAbsolutePath();

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
        .noneMatch(name -> name.startsWith("picocli/"))
        .noneMatch(name -> name.contains("LexiconCompiler"));
    assertThat(moduleName(jar)).isEqualTo("org.textmend");
  }

  @Test
  void theCommandJarBundlesWhatItRunsButNotTheLexiconCompiler() throws IOException {
    Path jar = TARGET.resolve("textmend.jar");

    assertThat(entries(jar))
        .contains("org/textmend/cli/Main.class", "picocli/CommandLine.class")
        .noneMatch(name -> name.contains("LexiconCompiler"));
    assertThat(moduleName(jar)).isEqualTo("org.textmend");
  }
}
