package org.reportlens.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderRulesTest {
  @TempDir Path dir;

  @Test
  void dataNotesAndAnIndexBesideTheReportsAreSkippedWithAReason() throws IOException {
    Path in = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(in.resolve("brief-2019-04.pdf"), "%PDF-1.4 pretend");
    Files.writeString(in.resolve("brief-2020-11.pdf"), "%PDF-1.4 pretend");
    Files.writeString(in.resolve("brief-2019-04.expected.json"), "{}");
    Files.writeString(in.resolve("chart.png"), "png");
    Files.writeString(in.resolve("data.csv"), "a,b\n");
    Files.writeString(in.resolve("SOURCE.txt"), "Downloaded from the publisher's site on 1 May.\n");
    Files.writeString(in.resolve("README_corpus.md"), "About this folder\n");
    Files.writeString(in.resolve("list of reports.txt"), "1. brief-2019-04.pdf: April brief\n2. brief-2020-11 (November)\n");
    // A text report that uses ordinary words which happen to be file stems elsewhere is still a report.
    Files.writeString(in.resolve("energy.txt"), "Energy and water policy. The energy brief and the water brief.");
    Files.writeString(in.resolve("water.txt"), "Water policy: energy, water.");

    InputFiles.Discovery d = InputFiles.discoverAll(List.of(in));
    assertEquals(List.of("brief-2019-04.pdf", "brief-2020-11.pdf", "energy.txt", "water.txt"),
        d.inputs().stream().map(i -> i.file().getFileName().toString()).toList());
    Map<String, String> why = d.skipped().stream()
        .collect(Collectors.toMap(s -> s.file().getFileName().toString(), InputFiles.Skipped::reason));
    assertEquals("not a report format (.json)", why.get("brief-2019-04.expected.json"));
    assertEquals("not a report format (.png)", why.get("chart.png"));
    assertEquals("not a report format (.csv)", why.get("data.csv"));
    assertTrue(why.get("SOURCE.txt").startsWith("a companion note"), why.toString());
    assertEquals("a README note", why.get("README_corpus.md"));
    assertEquals("an index of the folder: names 2 of its other files", why.get("list of reports.txt"));
    assertEquals(6, why.size());
  }

  @Test
  void aFileNamedOnTheCommandLineIsAlwaysTaken() throws IOException {
    Path json = Files.writeString(dir.resolve("notes.json"), "{}");
    InputFiles.Discovery d = InputFiles.discoverAll(List.of(dir, json));
    assertEquals(List.of(json), d.inputs().stream().map(InputFiles.Input::file).toList());
    assertEquals(List.of(), d.skipped());
  }
}
