package org.textmend.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.textmend.pipeline.FixerRegistry;
import org.textmend.process.MetadataSource;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Entry point of the textmend command. {@link #run} does the work and returns the exit code, so
 * tests call it in the same JVM; only {@link #main} exits.
 */
public final class Main {

  private Main() {}

  /** Runs textmend on the process's standard streams and exits with its exit code. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    int code =
        run(
            FixerRegistry.installed(),
            System.in,
            out,
            err,
            Terminal.standardErrorIsTerminal(),
            MetadataSource.installed(),
            args);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /**
   * Runs textmend with the given streams and returns its exit code (see {@link ExitCodes}). Text
   * goes to {@code out} as bytes in the output encoding; messages go to {@code err} in UTF-8.
   */
  public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
    return run(FixerRegistry.installed(), in, out, err, args);
  }

  /** As {@link #run(InputStream, OutputStream, OutputStream, String...)}, with these fixers. */
  static int run(
      FixerRegistry registry, InputStream in, OutputStream out, OutputStream err, String... args) {
    return run(registry, in, out, err, false, MetadataSource.installed(), args);
  }

  /**
   * As {@link #run(FixerRegistry, InputStream, OutputStream, OutputStream, String...)}, drawing a
   * progress line on {@code err} when {@code terminal}, and with these metadata sources.
   */
  static int run(
      FixerRegistry registry,
      InputStream in,
      OutputStream out,
      OutputStream err,
      boolean terminal,
      List<MetadataSource> metadata,
      String... args) {
    PrintWriter outWriter = new PrintWriter(out, false, StandardCharsets.UTF_8);
    PrintWriter errWriter = new PrintWriter(err, false, StandardCharsets.UTF_8);
    TextMendCommand command = new TextMendCommand(registry, in, out, terminal, metadata);
    CommandLine commandLine =
        new CommandLine(command)
            .addSubcommand(new LearnCommand())
            .setOut(outWriter)
            .setErr(errWriter)
            .setCaseInsensitiveEnumValuesAllowed(true)
            .setOverwrittenOptionsAllowed(true) // like most Unix tools: the last one wins
            .setParameterExceptionHandler(Main::usageError)
            .setExecutionExceptionHandler(
                (e, cl, parseResult) -> internalError(e, command.stacktrace(), errWriter));
    try {
      return commandLine.execute(args);
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /** Prints a usage error: the problem, suggestions for a misspelt option, where to find help. */
  private static int usageError(ParameterException e, String[] args) {
    PrintWriter err = e.getCommandLine().getErr();
    String message = String.valueOf(e.getMessage());
    if (message.startsWith("Error: ")) {
      message = message.substring("Error: ".length());
    }
    err.println(message.startsWith(Messages.PREFIX) ? message : Messages.PREFIX + message);
    UnmatchedArgumentException.printSuggestions(e, err);
    err.println("Try 'textmend --help' for more information.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int internalError(Exception e, boolean stacktrace, PrintWriter err) {
    err.println(
        Messages.PREFIX
            + "internal error ("
            + e
            + "). This is a bug in textmend; please report it"
            + (stacktrace ? "." : " with the stack trace that -x prints."));
    if (stacktrace) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return ExitCodes.INTERNAL_ERROR;
  }
}
