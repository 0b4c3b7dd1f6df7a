package org.textmend.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textmend.pipeline.FixerRegistry;

/** The command line, run in-process through {@link Main#run}. */
class MainTest {

  private static final String TRY_HELP = "Try 'textmend --help' for more information.\n";

  @TempDir Path dir;

  /** What one run printed and returned. */
  record Result(int code, byte[] outBytes, String err) {
    String out() {
      return new String(outBytes, UTF_8);
    }
  }

  private static Result run(
      FixerRegistry registry, byte[] stdin, OutputStream out, String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    ByteArrayOutputStream captured = out instanceof ByteArrayOutputStream b ? b : null;
    int code = Main.run(registry, new ByteArrayInputStream(stdin), out, err, args);
    return new Result(
        code, captured == null ? new byte[0] : captured.toByteArray(), err.toString(UTF_8));
  }

  private static Result run(String stdin, String... args) {
    return run(FixerRegistry.installed(), stdin.getBytes(UTF_8), new ByteArrayOutputStream(), args);
  }

  private static Result runBytes(byte[] stdin, String... args) {
    return run(FixerRegistry.installed(), stdin, new ByteArrayOutputStream(), args);
  }

  private static Result runWithTestFixers(String stdin, String... args) {
    return run(CliTestFixers.registry(), stdin.getBytes(UTF_8), new ByteArrayOutputStream(), args);
  }

  private Path write(String relative, String content) throws IOException {
    return write(relative, content.getBytes(UTF_8));
  }

  private Path write(String relative, byte[] content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.write(file, content);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }

  private List<String> tree(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .map(f -> root.relativize(f).toString())
          .sorted()
          .toList();
    }
  }

  // ---- standard input and output

  @Test
  void readsStandardInputWritesStandardOutput() {
    Result result = run("a  dirty   line  \n\n\n\nend");
    assertThat(result.code()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).isEqualTo("a dirty line\n\nend\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void dashReadsStandardInput() {
    assertThat(run("x  y\n", "-").out()).isEqualTo("x y\n");
  }

  @Test
  void cleanInputComesOutByteIdentical() {
    byte[] clean = "Grüße aus Köln.\r\n\r\nZweite Zeile.\r\n".getBytes(UTF_8);
    assertThat(runBytes(clean).outBytes()).isEqualTo(clean);
  }

  @Test
  void emptyInputGivesEmptyOutput() {
    Result result = run("");
    assertThat(result.code()).isZero();
    assertThat(result.outBytes()).isEmpty();
  }

  @Test
  void standardInputTwiceIsAUsageError() {
    Result result = run("x", "-", "-");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo("textmend: standard input (-) can be read only once\n" + TRY_HELP);
  }

  // ---- files to standard output, -o

  @Test
  void oneFileToStandardOutput() throws IOException {
    Path file = write("a.txt", "one  two \n");
    Result result = run("", file.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEqualTo("one two\n");
    assertThat(read(file)).isEqualTo("one  two \n");
  }

  @Test
  void severalFilesToStandardOutputOneAfterTheOther() throws IOException {
    Path a = write("a.txt", "first  file\n");
    Path b = write("b.txt", "second  file\n");
    assertThat(run("", b.toString(), a.toString()).out()).isEqualTo("second file\nfirst file\n");
  }

  @Test
  void parallelJobsKeepInputOrder() throws IOException {
    List<String> args = new ArrayList<>(List.of("--jobs", "4", "--explain"));
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 40; i++) {
      args.add(write("f" + i + ".txt", "file  " + i + "\n").toString());
      expected.append("file ").append(i).append('\n');
    }
    Result result = run("", args.toArray(String[]::new));
    assertThat(result.out()).isEqualTo(expected.toString());
    List<String> explained = result.err().lines().toList();
    assertThat(explained).hasSize(40);
    for (int i = 0; i < 40; i++) {
      assertThat(explained.get(i)).contains("f" + i + ".txt:1:5 whitespace");
    }
  }

  @Test
  void outputOptionWritesTheFile() throws IOException {
    Path input = write("in.txt", "to  clean\n");
    Path output = dir.resolve("out/clean.txt");
    Result result = run("", "-o", output.toString(), input.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(read(output)).isEqualTo("to clean\n");
  }

  @Test
  void outputOptionTakesStandardInput() throws IOException {
    Path output = dir.resolve("clean.txt");
    assertThat(run("from  stdin", "-o", output.toString()).code()).isZero();
    assertThat(read(output)).isEqualTo("from stdin\n");
  }

  @Test
  void outputOptionNamingTheInputIsRefused() throws IOException {
    Path input = write("same.txt", "keep  me\n");
    Result result = run("", "-o", input.toString(), input.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "textmend: -o "
                + input
                + " names the input file; use --in-place to rewrite it\n"
                + TRY_HELP);
    assertThat(read(input)).isEqualTo("keep  me\n");
  }

  @Test
  void outputOptionWithTwoInputsIsAUsageError() throws IOException {
    Path a = write("a.txt", "a\n");
    Path b = write("b.txt", "b\n");
    Result result = run("", "-o", dir.resolve("o.txt").toString(), a.toString(), b.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: -o takes exactly one input");
  }

  @Test
  void outputOptionWithAFolderIsAUsageError() throws IOException {
    write("folder/a.txt", "a\n");
    Result result =
        run("", "-o", dir.resolve("o.txt").toString(), dir.resolve("folder").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("is a directory; use --output-dir");
  }

  // ---- --output-dir

  @Test
  void outputDirMirrorsRelativePathsAndCreatesFolders() throws IOException {
    write("in/top.txt", "top  level\n");
    write("in/sub/deeper/note.txt", "deep  down\n");
    Path out = dir.resolve("out/nested");
    Result result = run("", "--output-dir", out.toString(), dir.resolve("in").toString());
    assertThat(result.code()).isZero();
    assertThat(tree(out)).containsExactly("sub/deeper/note.txt", "top.txt");
    assertThat(read(out.resolve("top.txt"))).isEqualTo("top level\n");
    assertThat(read(out.resolve("sub/deeper/note.txt"))).isEqualTo("deep down\n");
  }

  @Test
  void outputDirTakesSeveralFilesAndFolders() throws IOException {
    Path single = write("single.txt", "one\n");
    write("first/a.txt", "a\n");
    write("second/b.txt", "b\n");
    Path out = dir.resolve("out");
    Result result =
        run(
            "",
            "--output-dir",
            out.toString(),
            single.toString(),
            dir.resolve("first").toString(),
            dir.resolve("second").toString());
    assertThat(result.code()).isZero();
    assertThat(tree(out)).containsExactly("a.txt", "b.txt", "single.txt");
  }

  @Test
  void outputDirSkipsHiddenFiles() throws IOException {
    write("in/.hidden.txt", "secret\n");
    write("in/.git/HEAD", "ref\n");
    write("in/shown.txt", "shown\n");
    Path out = dir.resolve("out");
    run("", "--output-dir", out.toString(), dir.resolve("in").toString());
    assertThat(tree(out)).containsExactly("shown.txt");
  }

  @Test
  void outputDirInsideTheInputIsNotReadAsInput() throws IOException {
    write("docs/a.txt", "a  b\n");
    write("docs/clean/old.txt", "from an earlier run\n");
    Path out = dir.resolve("docs/clean");
    Result result =
        run(
            "",
            "--allow-output-inside",
            "--output-dir",
            out.toString(),
            dir.resolve("docs").toString());
    assertThat(result.code()).isZero();
    assertThat(tree(out)).containsExactly("a.txt", "old.txt");
    assertThat(read(out.resolve("a.txt"))).isEqualTo("a b\n");
  }

  @Test
  void outputDirWithTwoInputsOfTheSameNameIsAUsageError() throws IOException {
    Path a = write("x/same.txt", "x\n");
    Path b = write("y/same.txt", "y\n");
    Result result =
        run("", "--output-dir", dir.resolve("out").toString(), a.toString(), b.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("would both be written to");
    assertThat(dir.resolve("out")).doesNotExist();
  }

  @Test
  void outputDirOverTheInputIsAUsageError() throws IOException {
    Path a = write("a.txt", "a  b\n");
    Result result = run("", "--output-dir", dir.toString(), a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("would write " + a + " over itself");
    assertThat(read(a)).isEqualTo("a  b\n");
  }

  @Test
  void outputDirRefusesStandardInput() {
    Result result = run("x", "--output-dir", dir.resolve("out").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith("textmend: --output-dir needs files or folders, not standard input (-)");
  }

  @Test
  void outputDirThatIsAFileIsAUsageError() throws IOException {
    Path file = write("file", "x\n");
    Path a = write("a.txt", "a\n");
    Result result = run("", "--output-dir", file.toString(), a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("is a file, not a folder");
  }

  // ---- --in-place

  @Test
  void inPlaceRewritesChangedFiles() throws IOException {
    Path a = write("a.txt", "needs  work \n");
    Result result = run("", "--in-place", a.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(read(a)).isEqualTo("needs work\n");
  }

  @Test
  void inPlaceLeavesUnchangedFilesUntouched() throws IOException {
    Path clean = write("clean.txt", "already clean\n");
    FileTime old = FileTime.fromMillis(1_000_000_000_000L);
    Files.setLastModifiedTime(clean, old);
    run("", "-i", clean.toString());
    assertThat(Files.getLastModifiedTime(clean)).isEqualTo(old);
  }

  @Test
  void inPlaceWalksFolders() throws IOException {
    Path a = write("tree/a.txt", "a  a\n");
    Path b = write("tree/sub/b.txt", "b  b\n");
    assertThat(run("", "-i", dir.resolve("tree").toString()).code()).isZero();
    assertThat(read(a)).isEqualTo("a a\n");
    assertThat(read(b)).isEqualTo("b b\n");
  }

  @Test
  void inPlaceKeepsPermissions() throws IOException {
    Path a = write("a.txt", "x  y\n");
    Files.setPosixFilePermissions(a, PosixFilePermissions.fromString("rw-r-----"));
    run("", "--in-place", a.toString());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(a)))
        .isEqualTo("rw-r-----");
  }

  @Test
  void inPlaceWithBackupKeepsTheOriginal() throws IOException {
    Path a = write("a.txt", "x  y\n");
    Path clean = write("clean.txt", "clean\n");
    assertThat(run("", "--in-place", "--backup", ".orig", a.toString(), clean.toString()).code())
        .isZero();
    assertThat(read(a)).isEqualTo("x y\n");
    assertThat(read(dir.resolve("a.txt.orig"))).isEqualTo("x  y\n");
    assertThat(dir.resolve("clean.txt.orig")).doesNotExist();
  }

  @Test
  void backupWithoutInPlaceIsAUsageError() throws IOException {
    Path a = write("a.txt", "x\n");
    Result result = run("", "--backup", ".orig", a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo("textmend: --backup works only with --in-place\n" + TRY_HELP);
  }

  @Test
  void backupSuffixWithSlashIsAUsageError() throws IOException {
    Path a = write("a.txt", "x\n");
    Result result = run("", "-i", "--backup", "../x", a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--backup needs a file name suffix");
  }

  @Test
  void inPlaceRefusesStandardInput() {
    Result result = run("x", "--in-place");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: --in-place needs files or folders");
  }

  @Test
  void sameFileNamedTwiceIsProcessedOnce() throws IOException {
    Path a = write("a.txt", "x  y\n");
    Result result = run("", "-i", "-v", a.toString(), a.toString());
    assertThat(result.code()).isZero();
    assertThat(result.err()).contains("textmend: 1 file: 1 changed");
  }

  // ---- --check

  @Test
  void checkListsFilesThatWouldChangeAndExitsOne() throws IOException {
    Path dirty = write("dirty.txt", "x  y\n");
    Path clean = write("clean.txt", "clean\n");
    Result result = run("", "--check", clean.toString(), dirty.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).isEqualTo(dirty + "\n");
    assertThat(read(dirty)).isEqualTo("x  y\n");
  }

  @Test
  void checkExitsZeroWhenEverythingIsClean() throws IOException {
    Path clean = write("clean.txt", "clean\n");
    Result result = run("", "--check", clean.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void checkWithQuietListsNothing() throws IOException {
    Path dirty = write("dirty.txt", "x  y\n");
    Result result = run("", "--check", "--quiet", dirty.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void checkReadsStandardInput() {
    Result result = run("x  y\n", "--check");
    assertThat(result.code()).isEqualTo(ExitCodes.CHANGES_FOUND);
    assertThat(result.out()).isEqualTo("<stdin>\n");
  }

  @Test
  void checkWalksFoldersInSortedOrder() throws IOException {
    write("t/b.txt", "b  b\n");
    write("t/a/c.txt", "c  c\n");
    write("t/a.txt", "fine\n");
    Path t = dir.resolve("t");
    Result result = run("", "--check", t.toString());
    assertThat(result.out()).isEqualTo(t.resolve("a/c.txt") + "\n" + t.resolve("b.txt") + "\n");
  }

  // ---- --diff

  @Test
  void diffPrintsAUnifiedDiff() throws IOException {
    Path a = write("a.txt", "one  two\nthree\n");
    Result result = run("", "--diff", a.toString());
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo("--- " + a + "\n+++ " + a + "\n@@ -1,2 +1,2 @@\n-one  two\n+one two\n three\n");
    assertThat(read(a)).isEqualTo("one  two\nthree\n");
  }

  @Test
  void diffMarksAMissingFinalNewline() throws IOException {
    Path a = write("a.txt", "last");
    assertThat(run("", "--diff", a.toString()).out())
        .isEqualTo(
            "--- "
                + a
                + "\n+++ "
                + a
                + "\n@@ -1,1 +1,1 @@\n-last\n\\ No newline at end of file\n+last\n");
  }

  @Test
  void diffOfCleanInputIsEmpty() {
    Result result = run("clean\n", "--diff");
    assertThat(result.code()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void modesAreMutuallyExclusive() {
    Result result = run("x", "--check", "--diff");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "textmend: --check, --diff are mutually exclusive (specify only one)\n" + TRY_HELP);
  }

  // ---- --explain

  @Test
  void explainReportsEachEditAtItsOriginalPosition() {
    Result result =
        runWithTestFixers("hello  world\nhello\n", "--explain", "--fixers", "shout,whitespace");
    assertThat(result.out()).isEqualTo("HELLO THERE world\nHELLO THERE\n");
    assertThat(result.err())
        .isEqualTo(
            "<stdin>:1:1 shout \"hello\" → \"HELLO THERE\"\n"
                + "<stdin>:2:1 shout \"hello\" → \"HELLO THERE\"\n"
                + "<stdin>:1:6 whitespace \"  \" → \" \"\n");
  }

  @Test
  void explainEscapesInvisibleCharactersAndLineBreaks() {
    Result result = run("tab\t \r\n\r\n\r\nsaid\u00A0it\r\n", "--explain");
    assertThat(result.err())
        .isEqualTo(
            "<stdin>:1:4 whitespace \"\\t \" → \"\"\n"
                + "<stdin>:3:1 whitespace \"\\r\\n\" → \"\"\n"
                + "<stdin>:4:5 whitespace \"\\u00A0\" → \" \"\n");
  }

  @Test
  void explainNamesTheFileAndCountsColumnsInCharacters() throws IOException {
    Path a = write("a.txt", "👍 ok  go\n");
    Result result = run("", "--explain", a.toString());
    assertThat(result.err()).isEqualTo(a + ":1:5 whitespace \"  \" → \" \"\n");
  }

  // ---- fixer selection

  @Test
  void fixersRunsExactlyThose() {
    Result result = runWithTestFixers("hello  tag", "--fixers", "tag");
    assertThat(result.out()).isEqualTo("hello  <tag>");
  }

  @Test
  void fixersDefaultMeansTheDefaultSet() {
    Result result = runWithTestFixers("hello  tag", "--fixers", "default,tag");
    assertThat(result.out()).isEqualTo("HELLO THERE <tag>\n");
  }

  @Test
  void skipLeavesFixersOut() {
    Result result = runWithTestFixers("hello  tag", "--skip", "shout");
    assertThat(result.out()).isEqualTo("hello tag\n");
  }

  @Test
  void fixTurnsOnAnOptInFixer() {
    assertThat(runWithTestFixers("hello tag\n", "--fix", "tag").out())
        .isEqualTo("HELLO THERE <tag>\n");
  }

  @Test
  void fixPassesParameters() {
    assertThat(run("a\nb\n", "--fix", "whitespace:eol=crlf").out()).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void malformedFixIsAUsageError() {
    Result result = run("a", "--fix", "whitespace:eol");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "textmend: --fix expects NAME or NAME:KEY=VALUE,..., not 'whitespace:eol'\n"
                + TRY_HELP);
  }

  @Test
  void unknownFixerParameterIsAUsageError() {
    Result result = run("a", "--fix", "whitespace:tabs=4");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo("textmend: Unknown parameters for whitespace: [tabs]\n" + TRY_HELP);
  }

  @Test
  void unknownFixerIsAUsageErrorListingTheValidNames() {
    Result result = runWithTestFixers("a", "--skip", "shuot");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "textmend: Unknown fixer \"shuot\". Valid fixers: broken, lexicon-probe, shout, tag,"
                + " unicode-normalize, whitespace\n"
                + TRY_HELP);
  }

  @Test
  void fixerBothAddedAndSkippedIsAUsageError() {
    Result result = runWithTestFixers("a", "--fix", "tag", "--skip", "tag");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: fixer tag is both added and skipped");
  }

  @Test
  void repeatedOptionsAccumulateOrTheLastWins() {
    Result result =
        runWithTestFixers(
            "hello  tag\n",
            "--verbose",
            "--skip",
            "shout",
            "--fix",
            "tag",
            "--skip",
            "broken",
            "--explain",
            "--explain");
    assertThat(result.out()).isEqualTo("hello <tag>\n");
    assertThat(result.err())
        .isEqualTo(
            "<stdin>:1:8 tag \"tag\" → \"<tag>\"\n"
                + "<stdin>:1:6 whitespace \"  \" → \" \"\n"
                + "textmend: <stdin>: UTF-8, 2 edits: tag 1 whitespace 1\n"
                + "textmend: 1 file: 1 changed, 0 unchanged, 0 failed ("
                + result.err().substring(result.err().lastIndexOf('(') + 1));
  }

  @Test
  void listFixersShowsNameStateAndSummaryInRunningOrder() {
    Result result = runWithTestFixers("", "--list-fixers");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "unicode-normalize  on   Writes its form parameter in place of FORM\n"
                + "broken             on   Throws on boom\n"
                + "lexicon-probe      off  Marks known and protected words\n"
                + "shout              on   Replaces hello with HELLO THERE\n"
                + "tag                off  Replaces tag with <tag>\n"
                + "whitespace         on   "
                + new org.textmend.fixers.whitespace.WhitespaceFixer.Provider().summary()
                + "\n");
  }

  @Test
  void eolOptionConvertsLineEndings() {
    assertThat(run("a\r\nb\r\n", "--eol", "lf").out()).isEqualTo("a\nb\n");
    assertThat(run("a\nb", "--eol", "CRLF").out()).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void eolKeepIsTheDefault() {
    assertThat(run("a\r\nb\r\n", "--eol", "keep").out()).isEqualTo("a\r\nb\r\n");
  }

  @Test
  void unknownEolIsAUsageError() {
    Result result = run("a", "--eol", "mac");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo("textmend: --eol must be lf, crlf or keep, not 'mac'\n" + TRY_HELP);
  }

  @Test
  void eolWithWhitespaceSkippedIsAUsageError() {
    Result result = run("a", "--eol", "lf", "--skip", "whitespace");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("whitespace is both added and skipped");
  }

  @Test
  void nfkcTurnsOnUnicodeNormalizeWithFormNfkc() {
    assertThat(runWithTestFixers("FORM\n", "--nfkc").out()).isEqualTo("nfkc\n");
    assertThat(runWithTestFixers("FORM\n", "--fix", "unicode-normalize").out()).isEqualTo("nfc\n");
  }

  @Test
  void protectMarksWordsForEveryFixer() {
    Result result =
        runWithTestFixers("Hmeymim Zorblax\n", "--fixers", "lexicon-probe", "--protect", "Hmeymim");
    assertThat(result.out()).isEqualTo("Hmeymim[p] Zorblax\n");
  }

  @Test
  void lexiconFileAddsWords() throws IOException {
    Path words = write("words.txt", "# our names\nZorblax 7\nQuonk\n");
    Result result =
        runWithTestFixers(
            "Zorblax Quonk\n", "--fixers", "lexicon-probe", "--lexicon", words.toString());
    assertThat(result.out()).isEqualTo("Zorblax[7] Quonk[12]\n");
  }

  @Test
  void malformedLexiconIsAUsageErrorNamingTheLine() throws IOException {
    Path words = write("words.txt", "fine\nnot fine at all\n");
    Result result = run("a", "--lexicon", words.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + words
                + ": line 2: expected a word and an optional frequency class. Fix the lexicon"
                + " file\n"
                + TRY_HELP);
  }

  @Test
  void missingLexiconIsAUsageError() {
    Path missing = dir.resolve("missing.txt");
    Result result = run("a", "--lexicon", missing.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith("textmend: " + missing + ": no such file or directory. Check the path.");
  }

  // ---- encodings

  @Test
  void detectsLegacyEncodingAndWritesUtf8() throws IOException {
    String text =
        "The council said it\u2019s too early to judge the plan. \u201CWe will wait,\u201D the"
            + " mayor told reporters at the caf\u00E9 on Monday.\n";
    Result result = runBytes(text.getBytes("windows-1252"), "--verbose");
    assertThat(result.out()).isEqualTo(text);
    assertThat(result.err())
        .containsPattern("<stdin>: windows-1252 \\(detected, \\d+% sure\\) → UTF-8");
  }

  @Test
  void encodingOptionOverridesDetection() throws IOException {
    byte[] latin1 = "caf\u00E9\n".getBytes("ISO-8859-1");
    assertThat(runBytes(latin1, "--encoding", "ISO-8859-1").out()).isEqualTo("caf\u00E9\n");
  }

  @Test
  void outputEncodingWritesTheCharset() throws IOException {
    Result result = run("caf\u00E9\n", "--output-encoding", "ISO-8859-1");
    assertThat(result.outBytes()).isEqualTo("caf\u00E9\n".getBytes("ISO-8859-1"));
  }

  @Test
  void outputEncodingKeepWritesTheInputEncoding() throws IOException {
    Charset cp1252 = Charset.forName("windows-1252");
    byte[] input = "na\u00EFve  caf\u00E9\n".getBytes(cp1252);
    Result result = runBytes(input, "--encoding", "windows-1252", "--output-encoding", "keep");
    assertThat(result.outBytes()).isEqualTo("na\u00EFve caf\u00E9\n".getBytes(cp1252));
  }

  @Test
  void utf8ByteOrderMarkIsKeptSoCleanFilesStayIdentical() {
    byte[] marked = "\uFEFFclean\n".getBytes(UTF_8);
    assertThat(runBytes(marked).outBytes()).isEqualTo(marked);
  }

  @Test
  void utf16WithByteOrderMarkIsReadAndWrittenAsUtf8() {
    byte[] utf16 = "\uFEFFwide  text\n".getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
    assertThat(runBytes(utf16).out()).isEqualTo("wide text\n");
  }

  @Test
  void unknownEncodingIsAUsageError() {
    Result result = run("a", "--encoding", "klingon-8");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: unknown encoding 'klingon-8'; examples: UTF-8");
  }

  @Test
  void characterTheOutputEncodingCannotHoldFailsTheInput() {
    Result result = run("ok\nit\u2019s\n", "--output-encoding", "ISO-8859-1");
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.out()).isEmpty();
    assertThat(result.err())
        .isEqualTo(
            "textmend: <stdin>: cannot write U+2019 at 2:3 of the cleaned text in ISO-8859-1."
                + " Try --output-encoding=UTF-8.\n");
  }

  // ---- errors and exit codes

  @Test
  void undecodableInputNamesTheByteAndAnEncodingToTry() throws IOException {
    Path a = write("a.txt", new byte[] {'c', 'a', 'f', (byte) 0xE9, '\n'});
    Result result = run("", a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: " + a + ": not valid UTF-8 at byte 3. Try --encoding=windows-1252.\n");
  }

  @Test
  void damagedUtf8SaysSo() {
    // "é è " in UTF-8, then a lone windows-1252 "é"
    byte[] damaged = {(byte) 0xC3, (byte) 0xA9, ' ', (byte) 0xC3, (byte) 0xA8, ' ', (byte) 0xE9};
    Result result = runBytes(damaged);
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: <stdin>: not valid UTF-8 at byte 6. The rest is UTF-8, so the file is"
                + " damaged or mixes encodings. Try --encoding=windows-1252 to read it byte by"
                + " byte.\n");
  }

  @Test
  void binaryInputFails() throws IOException {
    Path png = write("image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    Result result = run("", png.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + png
                + ": looks binary (NUL byte at byte 4). textmend reads text files only; for UTF-16"
                + " text without a byte order mark, try --encoding=UTF-16LE.\n");
  }

  @Test
  void missingFileFailsAndTheOthersAreStillProcessed() throws IOException {
    Path good = write("good.txt", "good  file\n");
    Path missing = dir.resolve("missing.txt");
    Result result = run("", missing.toString(), good.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.out()).isEqualTo("good file\n");
    assertThat(result.err())
        .isEqualTo("textmend: " + missing + ": no such file or directory. Check the path.\n");
  }

  @Test
  void unreadableFileFails() throws IOException {
    Path locked = write("locked.txt", "secret\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    assumeThat(Files.isReadable(locked)).as("not running as root").isFalse();
    Result result = run("", locked.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .isEqualTo("textmend: " + locked + ": permission denied. Check the file's permissions.\n");
  }

  @Test
  void folderWhereAFileIsExpectedFails() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Path good = write("good.txt", "good\n");
    Result result = run("", folder.toString(), good.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.out()).isEqualTo("good\n");
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + folder
                + ": is a directory. Use --output-dir, --in-place, --check or --diff to process a"
                + " folder.\n");
  }

  @Test
  void batchWithOneBadFileWritesAllTheOthers() throws IOException {
    write("in/a.txt", "a  a\n");
    write("in/b.bin", new byte[] {'b', 0, 'b'});
    write("in/c.txt", "c  c\n");
    Path out = dir.resolve("out");
    Result result =
        run("", "--output-dir", out.toString(), "--jobs", "2", dir.resolve("in").toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(tree(out)).containsExactly("a.txt", "c.txt");
    assertThat(result.err()).startsWith("textmend: " + dir.resolve("in/b.bin") + ": looks binary");
  }

  @Test
  void unwritableOutputFailsTheInput() throws IOException {
    Path blocker = write("blocker", "a file where a folder should be\n");
    Path a = write("a.txt", "a\n");
    Result result = run("", "-o", blocker.resolve("out.txt").toString(), a.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INPUT_FAILED);
    assertThat(result.err())
        .startsWith("textmend: " + blocker.resolve("out.txt") + ": cannot write");
  }

  @Test
  void unknownOptionIsAUsageErrorWithASuggestion() {
    Result result = run("", "--chek");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: Unknown option: '--chek'\n");
    assertThat(result.err()).contains("--check").endsWith(TRY_HELP);
  }

  @Test
  void quietAndVerboseTogetherAreAUsageError() {
    Result result = run("", "-q", "-v");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void jobsMustBePositive() {
    Result result = run("", "--jobs", "0");
    assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).startsWith("textmend: --jobs must be 1 or more, not 0");
  }

  @Test
  void bugInAFixerIsAnInternalErrorAndTheOthersStillRun() throws IOException {
    Path boom = write("boom.txt", "boom\n");
    Path fine = write("fine.txt", "hello\n");
    Result result =
        run(
            CliTestFixers.registry(),
            new byte[0],
            new ByteArrayOutputStream(),
            boom.toString(),
            fine.toString());
    assertThat(result.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.out()).isEqualTo("HELLO THERE\n");
    assertThat(result.err())
        .isEqualTo(
            "textmend: "
                + boom
                + ": internal error (java.lang.IllegalStateException: boom). This is a bug in"
                + " textmend; please report it with the input and the stack trace that -x"
                + " prints.\n");
  }

  @Test
  void stacktraceOptionPrintsTheStackTrace() {
    Result result = runWithTestFixers("boom\n", "-x");
    assertThat(result.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err()).contains("java.lang.IllegalStateException: boom\n\tat ");
  }

  @Test
  void unexpectedFailureOutsideAFileExitsWithFour() {
    OutputStream broken =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("device gone");
          }
        };
    Result result = run(FixerRegistry.installed(), "text\n".getBytes(UTF_8), broken);
    assertThat(result.code()).isEqualTo(ExitCodes.INTERNAL_ERROR);
    assertThat(result.err()).startsWith("textmend: internal error (").doesNotContain("\tat ");
  }

  // ---- reporting, help, version

  @Test
  void verboseReportsEachFileAndASummary() throws IOException {
    Path dirty = write("dirty.txt", "x  y\n");
    Path clean = write("clean.txt", "clean\n");
    Result result = run("", "--verbose", "--check", dirty.toString(), clean.toString());
    List<String> lines = result.err().lines().toList();
    assertThat(lines).hasSize(4);
    assertThat(lines.get(0)).isEqualTo("textmend: " + dirty + ": UTF-8, 1 edit: whitespace 1");
    assertThat(lines.get(1)).isEqualTo("textmend: " + clean + ": UTF-8, unchanged");
    assertThat(lines.get(2))
        .matches(
            "textmend: 2 files: 1 changed, 1 unchanged, 0 failed"
                + " \\(0\\.00 MB in \\d+\\.\\d\\d s, \\d+\\.\\d MB/s\\)");
    assertThat(lines.get(3)).isEqualTo("textmend: edits: whitespace 1");
  }

  @Test
  void versionPrintsTheVersion() {
    Result result = run("", "--version");
    assertThat(result.code()).isZero();
    assertThat(result.out()).startsWith("textmend ").contains("Java ").contains("ICU ");
  }

  @Test
  void helpShowsOptionsExamplesAndExitCodes() {
    Result result = run("", "--help");
    assertThat(result.code()).isZero();
    assertThat(result.out())
        .contains("Usage: textmend")
        .contains("--output-dir=DIR")
        .contains("--list-fixers")
        .contains("Examples:")
        .contains("Exit codes:")
        .contains("4   internal error");
  }

  @Test
  void jsonLinesTakeTheTitleAndDateOfTheRemovedHeaderIntoFields() {
    String in =
        "{\"id\": 7, \"text\": \"date 2019-05-31 Home › News › Ferry back in service\\n\\n"
            + "The ferry sailed again on Monday after two weeks of repairs.\"}\n"
            + "{\"id\": 8, \"text\": \"No header here, just a sentence.\"}\n";
    Result result = run(in, "--jsonl", "--extract-metadata");
    assertThat(result.code()).isEqualTo(0);
    assertThat(result.out())
        .isEqualTo(
            "{\"id\": 7, \"text\": \"Ferry back in service\\n\\nThe ferry sailed again on"
                + " Monday after two weeks of repairs.\", \"title\": \"Ferry back in service\","
                + " \"date\": \"2019-05-31\"}\n"
                + "{\"id\": 8, \"text\": \"No header here, just a sentence.\"}\n");
  }
}
