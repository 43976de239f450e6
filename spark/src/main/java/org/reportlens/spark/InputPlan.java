package org.reportlens.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.reportlens.batch.InputFiles;
import org.reportlens.batch.ManifestEntry;
import org.reportlens.batch.Status;
import org.reportlens.model.FailureReason;

/**
 * The driver's plan, made from every input's sha256 before any analysis, with the batch's rules:
 * ids from file names in path order ({@link InputFiles#assignIds}); an input with the same bytes as
 * an earlier one is a duplicate; one whose path, sha256 and pipeline fingerprint match the previous
 * run's ok entry, with its JSON still there, is unchanged; the rest are to analyse. An unreadable
 * input is failed at once. A file of an input folder that the batch's FolderRules finds is not a
 * report (data, a README, an index of the folder) is skipped: not an input, no id, listed after the
 * inputs with its reason, as the batch's manifest lists it.
 *
 * @param entries one per input in path order (to-analyse ones as pending)
 * @param skipped the files skipped as not reports, in path order (status skipped, id "", message the reason)
 * @param todo    the inputs to analyse, by their Hadoop path
 */
record InputPlan(List<ManifestEntry> entries, List<ManifestEntry> skipped, Map<String, AnalyzePartition.Planned> todo) {

  /** One listed file: its Hadoop path and sha256 and size, or why it could not be read, or why it is not a report. */
  record Hashed(String path, String sha256, long size, String error, String notAReport) implements Serializable {}

  static InputPlan make(List<Hashed> hashed, Map<String, ManifestEntry> previous, Set<String> jsonIds,
                        String fingerprint) {
    List<Hashed> inputs = new ArrayList<>();
    List<ManifestEntry> skipped = new ArrayList<>();
    for (Hashed h : hashed) {
      if (h.notAReport() == null) inputs.add(h);
      else skipped.add(new ManifestEntry(SourcePaths.display(h.path()), "", Status.SKIPPED, null, null, null, null,
          h.notAReport(), null, null, null, null, null, null, null));
    }
    skipped.sort(Comparator.comparing(ManifestEntry::path));
    inputs.sort(Comparator.comparing(h -> SourcePaths.display(h.path())));
    List<Path> paths = inputs.stream().map(h -> Path.of(SourcePaths.display(h.path()))).toList();
    List<InputFiles.Input> ids = InputFiles.assignIds(paths);

    List<ManifestEntry> entries = new ArrayList<>();
    Map<String, AnalyzePartition.Planned> todo = new LinkedHashMap<>();
    Map<String, ManifestEntry> firstBySha = new HashMap<>();
    for (int i = 0; i < inputs.size(); i++) {
      Hashed h = inputs.get(i);
      String path = SourcePaths.display(h.path());
      String id = ids.get(i).id();
      ManifestEntry before = previous.get(id);
      ManifestEntry e;
      if (h.error() != null) {
        e = new ManifestEntry(path, id, Status.FAILED, null, null, null, FailureReason.UNREADABLE,
            "cannot read: " + h.error().replaceAll("\\s+", " ").trim(), null, null, null, null, null, null, null);
      } else if (firstBySha.containsKey(h.sha256())) {
        ManifestEntry first = firstBySha.get(h.sha256());
        e = new ManifestEntry(path, id, Status.DUPLICATE, h.sha256(), first.id(), first.path(), null, null, null, null,
            null, null, null, null, null);
      } else if (before != null && before.status().hasReport() && path.equals(before.path())
          && h.sha256().equals(before.sha256()) && fingerprint.equals(before.fingerprint()) && before.json() != null
          && jsonIds.contains(id)) {
        e = new ManifestEntry(path, id, Status.UNCHANGED, h.sha256(), null, null, null, null, before.mediaType(),
            before.pages(), before.words(), before.essays(), before.elapsedMs(), before.json(), before.fingerprint());
      } else {
        e = new ManifestEntry(path, id, Status.PENDING, h.sha256(), null, null, null, null, null, null, null, null, null,
            null, null);
        todo.put(h.path(), new AnalyzePartition.Planned(h.path(), id, h.sha256(), h.size()));
      }
      if (h.sha256() != null) firstBySha.putIfAbsent(h.sha256(), e);
      entries.add(e);
    }
    return new InputPlan(entries, skipped, todo);
  }
}
