package org.textmend.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Finds the files to process below a command-line argument.
 *
 * <p>The rules, chosen so that a batch run is predictable and never escapes the folder it was
 * given:
 *
 * <ul>
 *   <li>A directory is walked recursively; its files come back sorted by relative path, so output
 *       order and reports do not depend on the file system.
 *   <li>Hidden files and directories (name starting with {@code .}) are skipped while walking, like
 *       {@code .git} or editor swap files; a hidden file named directly is processed.
 *   <li>Symbolic links met while walking are followed only when they point to a regular file inside
 *       the walked directory; linked directories are not descended, so there are no cycles and no
 *       file outside the tree is read or rewritten.
 *   <li>Special files (pipes, sockets, devices) met while walking are skipped; named directly, they
 *       are read like files, so {@code textmend <(curl ...)} works.
 *   <li>One directory can be excluded (the output directory, when it lies inside an input tree).
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class InputFinder {

  private final @Nullable Path excluded;

  /** A finder that never walks into {@code excluded} (may be {@code null} or not yet exist). */
  public InputFinder(@Nullable Path excluded) {
    this.excluded = excluded;
  }

  /**
   * What was found below one argument.
   *
   * @param files the files, sorted by relative path
   * @param problems directories that could not be read, with the reason
   */
  public record Found(List<InputFile> files, List<Problem> problems) {
    public Found {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  /** A path that could not be walked, and why. */
  public record Problem(Path path, IOException error) {}

  /**
   * The files below {@code argument}: the argument itself when it is not a directory (whether it
   * exists is for the reader to find out), else the regular files below it.
   */
  public Found find(Path argument) {
    Objects.requireNonNull(argument, "argument");
    if (!Files.isDirectory(argument)) {
      Path name = argument.getFileName();
      return new Found(List.of(new InputFile(argument, name == null ? argument : name)), List.of());
    }
    List<InputFile> files = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    try {
      Path root = argument.toRealPath();
      Files.walkFileTree(
          argument,
          EnumSet.noneOf(java.nio.file.FileVisitOption.class),
          Integer.MAX_VALUE,
          new Walker(argument, root, files, problems));
    } catch (IOException e) {
      problems.add(new Problem(argument, e));
    }
    files.sort(Comparator.comparing(InputFile::relative));
    return new Found(files, problems);
  }

  /**
   * Whether {@code path} is {@code tree} or lies below it, following symbolic links in the part of
   * {@code path} that exists (the rest, such as an output folder still to be made, is taken as
   * written).
   */
  public static boolean isInside(Path path, Path tree) {
    return resolved(path).startsWith(resolved(tree));
  }

  private static Path resolved(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return absolute;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private boolean isExcluded(Path dir) {
    if (excluded == null || !Files.isDirectory(excluded)) {
      return false;
    }
    try {
      return Files.isSameFile(dir, excluded);
    } catch (IOException e) {
      return false;
    }
  }

  private final class Walker extends SimpleFileVisitor<Path> {
    private final Path argument;
    private final Path root;
    private final List<InputFile> files;
    private final List<Problem> problems;

    Walker(Path argument, Path root, List<InputFile> files, List<Problem> problems) {
      this.argument = argument;
      this.root = root;
      this.files = files;
      this.problems = problems;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      if (!dir.equals(argument) && (isHidden(dir) || isExcluded(dir))) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      if (attrs.isRegularFile() || (attrs.isSymbolicLink() && linksInside(file))) {
        files.add(new InputFile(file, argument.relativize(file)));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException error) {
      problems.add(new Problem(file, error));
      return FileVisitResult.CONTINUE;
    }

    private boolean linksInside(Path link) {
      try {
        Path target = link.toRealPath();
        return target.startsWith(root) && Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS);
      } catch (IOException e) {
        return false; // a dangling link is not an input
      }
    }
  }
}
