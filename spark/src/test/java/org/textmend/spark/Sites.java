package org.textmend.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.textmend.process.Json;

/**
 * Two made-up sites of twelve pages each, every page between the site's menu and its footer, and a
 * clean page of a third site: a batch to learn furniture from, written for these tests.
 */
final class Sites {

  static final int PAGES = 12;

  static final String HARBOUR_MENU = "Home | Tides | Boats | Weather | Contact";
  static final String HARBOUR_FOOTER = "Copyright 2024 Harbour Diary. All rights reserved.";
  static final String HILL_MENU = "Hill Gazette > News > Walks > Events";
  static final String HILL_FOOTER =
      "Subscribe to our weekly letter for more stories from the hills";

  static final String CLEAN =
      "The reading room at the old mill opens again on Saturday, with tea and a small exhibition"
          + " of photographs from the valley.\n";

  private static final String[] THINGS = {
    "ferry", "lantern", "net loft", "slipway", "fish market", "breakwater",
    "boathouse", "sea wall", "tide table", "lifeboat", "pier café", "rope works"
  };

  private static final String[] PEOPLE = {
    "the harbour master", "two schoolteachers", "a retired captain", "the baker",
    "three fishermen", "the postwoman", "a visiting painter", "the lock keeper",
    "a young carpenter", "the chemist", "an old sailmaker", "the vicar"
  };

  private Sites() {}

  /** Page {@code i} of the harbour site. */
  static String harbour(int i) {
    return HARBOUR_MENU
        + "\n\n"
        + "The "
        + THINGS[i]
        + " was the talk of the quay this week.\n"
        + "It was "
        + PEOPLE[i]
        + " who first noticed the change, early on a grey morning.\n\n"
        + HARBOUR_FOOTER
        + "\n";
  }

  /** Page {@code i} of the hill site. */
  static String hill(int i) {
    return HILL_MENU
        + "\n\n"
        + "A walk past the "
        + THINGS[(i + 5) % PAGES]
        + " makes a fine afternoon in spring.\n"
        + "We met "
        + PEOPLE[(i + 7) % PAGES]
        + " on the way down and talked about the weather.\n\n"
        + HILL_FOOTER
        + "\n";
  }

  /** Writes the pages as text files, one folder per site, under {@code root}. */
  static void writeFolders(Path root) throws IOException {
    for (String site : List.of("harbour", "hill", "mill")) {
      Files.createDirectories(root.resolve(site));
    }
    for (int i = 0; i < PAGES; i++) {
      Files.writeString(root.resolve("harbour").resolve("page-" + i + ".txt"), harbour(i));
      Files.writeString(root.resolve("hill").resolve("page-" + i + ".txt"), hill(i));
    }
    Files.writeString(root.resolve("mill").resolve("open-day.txt"), CLEAN);
  }

  /**
   * The pages as JSON Lines, the two sites interleaved, each with a URL (the harbour's with and
   * without {@code www.}, which name one host); the clean page last.
   */
  static String jsonLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      String www = i % 2 == 0 ? "www." : "";
      lines.add(line("https://" + www + "harbour-diary.example/day/" + i, harbour(i)));
      lines.add(line("http://hill-gazette.example/walks?n=" + i, hill(i)));
    }
    lines.add(line("https://old-mill.example/", CLEAN));
    return String.join("\n", lines) + "\n";
  }

  /** The harbour's pages only, as JSON Lines without a URL. */
  static String harbourJsonLines() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < PAGES; i++) {
      lines.add("{\"id\": " + i + ", \"text\": " + Json.quote(harbour(i)) + "}");
    }
    return String.join("\n", lines) + "\n";
  }

  private static String line(String url, String text) {
    return "{\"url\": " + Json.quote(url) + ", \"text\": " + Json.quote(text) + "}";
  }
}
