package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the built command in a real JVM: {@code java -jar target/textmend.jar} and the {@code
 * bin/textmend} launcher from another working directory. Runs under failsafe, after packaging.
 */
class MainIT {

  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path JAR = PROJECT.resolve("target/textmend.jar");
  private static final Path LAUNCHER = PROJECT.resolve("bin/textmend");

  @TempDir Path dir;

  record Result(int code, String out, String err) {}

  private Result exec(Path workingDirectory, String stdin, List<String> command)
      throws IOException, InterruptedException {
    Path in = Files.writeString(dir.resolve("stdin." + System.nanoTime()), stdin, UTF_8);
    Path out = dir.resolve("stdout." + System.nanoTime());
    Path err = dir.resolve("stderr." + System.nanoTime());
    Process process =
        new ProcessBuilder(command)
            .directory(workingDirectory.toFile())
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished").isTrue();
    return new Result(
        process.exitValue(), Files.readString(out, UTF_8), Files.readString(err, UTF_8));
  }

  private Result jar(String stdin, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return exec(dir, stdin, command);
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private Result launcher(Path script, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(script.toString()));
    command.addAll(List.of(args));
    return exec(dir, "", command);
  }

  @Test
  void jarCleansStandardInput() throws Exception {
    Result result = jar("a  line \n\n\n\nend");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("a line\n\nend\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void launcherRunsFromAnotherFolderAndThroughASymlink() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "x  y\n", UTF_8);
    Path link = Files.createSymbolicLink(dir.resolve("tm"), LAUNCHER);
    Result result = launcher(link, "--check", "--verbose", file.toString());
    Files.delete(link); // JUnit would warn about a link out of its temporary folder
    assertThat(result.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).isEqualTo(file + "\n");
    assertThat(result.err()).contains("1 changed");
  }

  @Test
  void launcherPassesExitCodesOfErrors() throws Exception {
    assertThat(launcher(LAUNCHER, "--chek").code()).isEqualTo(ExitCodes.USAGE);
    Result missing = launcher(LAUNCHER, dir.resolve("missing.txt").toString());
    assertThat(missing.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(missing.err()).contains("no such file or directory");
  }

  @Test
  void launcherSaysWhenTheJarIsNotBuilt() throws Exception {
    Path bin = Files.createDirectories(dir.resolve("checkout/bin"));
    Path copy = Files.copy(LAUNCHER, bin.resolve("textmend"));
    Result result = launcher(copy, "--version");
    assertThat(result.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err()).contains("is not built yet").contains("./mvnw -q -DskipTests package");
  }
}
