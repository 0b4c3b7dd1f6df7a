package org.textmend.spark;

import java.io.Serializable;
import java.net.URI;
import java.nio.file.InvalidPathException;

/**
 * The source of a text file for learned furniture, named as the command line names it: the folder
 * the file is in, spelled from the input as given ({@code --input crawl/} makes the file {@code
 * .../crawl/site-a/p1.txt} a page of {@code crawl/site-a}), so that a profile learned by the job
 * and one written by {@code textmend learn crawl/} name the same sources. Serializable; immutable.
 *
 * @param input the input as given on the command line
 * @param root the input as a qualified URI, as Spark names the files under it
 */
record TextSources(String input, String root) implements Serializable {

  /** The source of the file Spark names {@code name}. */
  String of(String name) {
    String path = URI.create(name).getPath();
    int slash = path.lastIndexOf('/');
    String parent = slash <= 0 ? "/" : path.substring(0, slash);
    String rootPath = URI.create(root).getPath();
    rootPath =
        rootPath.length() > 1 && rootPath.endsWith("/")
            ? rootPath.substring(0, rootPath.length() - 1)
            : rootPath;
    String given = asGiven();
    if (parent.equals(rootPath)) {
      return given;
    }
    if (parent.startsWith(rootPath + "/")) {
      String below = parent.substring(rootPath.length() + 1);
      return given.equals(".") ? below : given + "/" + below;
    }
    return parent; // a glob, or a single file: the folder as Spark names it
  }

  /**
   * The input as java.nio spells it (as the command line does), or as given when it has a scheme.
   */
  private String asGiven() {
    if (input.contains("://")) {
      return input.replaceAll("/+$", "");
    }
    try {
      String spelled = java.nio.file.Path.of(input).toString();
      return spelled.isEmpty() ? "." : spelled;
    } catch (InvalidPathException e) {
      return input;
    }
  }
}
