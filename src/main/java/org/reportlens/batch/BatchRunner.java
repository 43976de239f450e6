package org.reportlens.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportlens.Pipeline;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.FailureReason;
import org.reportlens.model.ReportException;
import org.reportlens.model.ReportResult;
import org.reportlens.write.AtomicFiles;
import org.reportlens.write.JsonReportWriter;
import org.reportlens.write.TableWriter;

/**
 * Runs a batch: finds the inputs, skips those unchanged since the last run, analyses the rest on
 * {@code threads} threads through one shared {@link Pipeline}, writes each report's JSON as soon as it
 * is done, keeps {@code manifest.json} up to date, and finally rebuilds the tables from the JSON files
 * the manifest lists (never from a glob, so stray files in the output folder do not get in), and the
 * page {@code index.html} that shows them in a browser.
 *
 * <p>Incremental: an input is skipped when the previous manifest has it ok (same path and id) with
 * the same sha256 and pipeline fingerprint and its JSON is still there. Failed and pending inputs
 * are tried again. Inputs with the same bytes as an earlier one (path order) are duplicates: no
 * analysis, no JSON. A failed or duplicate input's old JSON, if any, is deleted, so the output folder
 * does not keep a report the manifest does not vouch for.
 *
 * <p>Crash safety: every file is replaced atomically and stale temp files are removed at the start;
 * the manifest is rewritten after each report (at most every {@value #MANIFEST_INTERVAL_MS} ms), so a
 * {@code kill -9} loses the reports in flight and those finished in that interval, which the next run
 * redoes. Timeouts: a report still running after the timeout is recorded as TIMEOUT and its thread is
 * interrupted and abandoned (Java cannot kill a thread; a parser that ignores the interrupt runs on in
 * the background, and its result is thrown away); another thread takes its place, so the batch keeps
 * its parallelism. Worker threads are daemons.
 *
 * <p>One runner per batch; {@link #run} is called once, from one thread.
 */
public final class BatchRunner {
  static final long MANIFEST_INTERVAL_MS = 200;

  private final Pipeline pipeline;
  private final BatchOptions options;
  private final Progress progress;
  private final JsonReportWriter json = new JsonReportWriter();
  private final Path manifestFile;

  private final Map<String, ManifestEntry> entries = new LinkedHashMap<>(); // by id, in path order
  private List<ManifestEntry> skipped = List.of(); // files of the input folders that are not reports
  private Manifest.RunSummary summaryTemplate;
  private long startNanos;
  private String startedAt;
  private long lastManifestWrite;
  private boolean manifestDirty;

  public BatchRunner(Pipeline pipeline, BatchOptions options, Progress progress) {
    this.pipeline = Objects.requireNonNull(pipeline);
    this.options = Objects.requireNonNull(options);
    this.progress = Objects.requireNonNull(progress);
    this.manifestFile = options.outDir().resolve(Manifest.FILE_NAME);
  }

  /** What a run produced. */
  public record Result(Manifest manifest, Path manifestFile, List<Path> tables) {
    public int failed() { return manifest.run().failed(); }
  }

  /**
   * Runs the batch over files and folders.
   *
   * @throws java.nio.file.NoSuchFileException when an input does not exist (nothing is done)
   * @throws IOException when the output folder cannot be written
   */
  public Result run(List<Path> inputs) throws IOException {
    startNanos = System.nanoTime();
    startedAt = Instant.now().toString();
    InputFiles.Discovery discovery = InputFiles.discoverAll(inputs);
    List<InputFiles.Input> files = discovery.inputs();
    skipped = discovery.skipped().stream().map(ManifestEntry::skipped).toList();
    Files.createDirectories(options.outDir());
    AtomicFiles.deleteStaleTemps(options.outDir());
    Map<String, ManifestEntry> previous = options.force() ? Map.of() : previousEntries();
    String fingerprint = pipeline.fingerprint();

    // Hash everything first: duplicates and unchanged files are known before any analysis starts.
    List<Object> hashes = hashAll(files);
    Map<String, InputFiles.Input> firstBySha = new HashMap<>();
    List<Task> todo = new ArrayList<>();
    List<ManifestEntry> early = new ArrayList<>(); // failures and duplicates known before analysis
    int unchanged = 0;
    for (int i = 0; i < files.size(); i++) {
      InputFiles.Input in = files.get(i);
      ManifestEntry e;
      if (hashes.get(i) instanceof ReportException x) {
        e = ManifestEntry.failed(in, null, x.reason(), x.getMessage(), null);
        early.add(e);
      } else {
        String sha = (String) hashes.get(i);
        InputFiles.Input first = firstBySha.putIfAbsent(sha, in);
        ManifestEntry before = previous.get(in.id());
        if (first != null) {
          e = ManifestEntry.duplicate(in, sha, first);
          early.add(e);
        } else if (before != null && isUnchanged(before, in, sha, fingerprint)) {
          e = before.unchanged();
          unchanged++;
        } else {
          e = ManifestEntry.pending(in, sha);
          todo.add(new Task(in, sha));
        }
      }
      entries.put(in.id(), e);
    }
    for (ManifestEntry e : early) deleteReport(e.id());
    largestFirst(todo);
    summaryTemplate = new Manifest.RunSummary(Manifest.FORMAT, Pipeline.TOOL, fingerprint, options.threads(),
        options.timeoutSeconds(), options.force(), startedAt, null, 0, 0, 0, 0, 0, 0, 0, 0);
    writeManifest(false);
    progress.begin(files.size(), todo.size() + (int) early.stream().filter(e -> e.status() == Status.FAILED).count(), unchanged);
    for (ManifestEntry e : early) progress.finished(e);

    analyse(todo, fingerprint);

    List<Path> reports = entries.values().stream().filter(e -> e.status().hasReport())
        .map(e -> options.outDir().resolve(e.json())).toList();
    List<Path> tables = new TableWriter().write(reports, options.outDir());
    org.reportlens.view.ViewWriter.write(reports, options.outDir()); // index.html: the batch in a browser
    Manifest done = writeManifest(true);
    Manifest.RunSummary s = done.run();
    double seconds = s.elapsedMs() / 1000.0;
    String rate = todo.isEmpty() || seconds <= 0 ? "" : String.format(java.util.Locale.ROOT, " (%.2f docs/s analysed)", todo.size() / seconds);
    progress.end(String.format(java.util.Locale.ROOT,
        "reportlens: %d files: %d ok, %d unchanged, %d duplicate, %d failed%s in %.1f s%s; %s", s.total(), s.ok(),
        s.unchanged(), s.duplicate(), s.failed(), s.skipped() == 0 ? "" : " (" + s.skipped() + " other files skipped as not reports)",
        seconds, rate, manifestFile));
    return new Result(done, manifestFile, tables);
  }

  private Map<String, ManifestEntry> previousEntries() {
    try {
      Manifest m = Manifest.read(manifestFile);
      Map<String, ManifestEntry> byId = new HashMap<>();
      if (m != null) for (ManifestEntry e : m.entries()) byId.put(e.id(), e);
      return byId;
    } catch (IOException | RuntimeException e) {
      progress.println("reportlens: " + manifestFile + " unreadable (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("")
          + "): analysing every input");
      return Map.of();
    }
  }

  private boolean isUnchanged(ManifestEntry before, InputFiles.Input in, String sha, String fingerprint) {
    return before.status().hasReport() && before.path().equals(in.file().toString()) && sha.equals(before.sha256())
        && fingerprint.equals(before.fingerprint()) && before.json() != null
        && Files.isRegularFile(options.outDir().resolve(before.json()));
  }

  /**
   * Longest reports first: a long report started last would run on one thread while the others idle
   * (the order of the outputs does not depend on this: the manifest is in path order, tables by id).
   */
  private static void largestFirst(List<Task> todo) {
    Map<Task, Long> size = new HashMap<>();
    for (Task t : todo) {
      try {
        size.put(t, Files.size(t.input.file()));
      } catch (IOException e) {
        size.put(t, 0L);
      }
    }
    todo.sort(java.util.Comparator.comparing((Task t) -> size.get(t)).reversed());
  }

  /** sha256 of every file (String), or the ReportException of an unreadable one, in input order. */
  private List<Object> hashAll(List<InputFiles.Input> files) throws IOException {
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemons("reportlens-hash"));
    try {
      List<Future<Object>> futures = new ArrayList<>();
      for (InputFiles.Input in : files) {
        futures.add(pool.submit(() -> {
          try {
            return Pipeline.sha256(in.file());
          } catch (ReportException e) {
            return e;
          }
        }));
      }
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing the inputs", e);
    } catch (ExecutionException e) {
      throw new IOException("hashing failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** One report to analyse; {@code claimed} is set by whoever decides its outcome first (worker or timeout). */
  private static final class Task {
    final InputFiles.Input input;
    final String sha256;
    final AtomicBoolean claimed = new AtomicBoolean();
    long startNanos;
    Future<?> future;

    Task(InputFiles.Input input, String sha256) {
      this.input = input;
      this.sha256 = sha256;
    }
  }

  private record Done(Task task, ManifestEntry entry) {}

  /** Runs the tasks, at most {@code threads} at once, deciding timeouts and recording results on this thread. */
  private void analyse(List<Task> todo, String fingerprint) throws IOException {
    if (todo.isEmpty()) return;
    pipeline.prepare(); // CoreNLP loads while the first reports are extracted
    ArrayDeque<Task> waiting = new ArrayDeque<>(todo);
    List<Task> running = new ArrayList<>();
    BlockingQueue<Done> done = new LinkedBlockingQueue<>();
    ExecutorService pool = Executors.newCachedThreadPool(daemons("reportlens-worker"));
    long timeoutNanos = TimeUnit.SECONDS.toNanos(options.timeoutSeconds());
    try {
      while (!waiting.isEmpty() || !running.isEmpty()) {
        while (running.size() < options.threads() && !waiting.isEmpty()) {
          Task t = waiting.poll();
          t.startNanos = System.nanoTime();
          running.add(t);
          progress.started(t.input.file().toString());
          t.future = pool.submit(() -> done.add(work(t, fingerprint)));
        }
        Done d = done.poll(MANIFEST_INTERVAL_MS, TimeUnit.MILLISECONDS);
        while (d != null) {
          running.remove(d.task());
          record(d.entry());
          d = done.poll();
        }
        long now = System.nanoTime();
        for (Task t : List.copyOf(running)) {
          if (now - t.startNanos > timeoutNanos && t.claimed.compareAndSet(false, true)) {
            running.remove(t);
            t.future.cancel(true);
            record(ManifestEntry.failed(t.input, t.sha256, FailureReason.TIMEOUT, "no result after "
                + options.timeoutSeconds() + " s (--timeout); its thread was abandoned", (now - t.startNanos) / 1_000_000));
            deleteReport(t.input.id());
          }
        }
        if (manifestDirty && System.currentTimeMillis() - lastManifestWrite >= MANIFEST_INTERVAL_MS) writeManifest(false);
        progress.tick();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("batch interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Analyses one report and writes its JSON; never throws (a worker's failure must reach the coordinator). */
  private Done work(Task t, String fingerprint) {
    InputFiles.Input in = t.input;
    boolean mine = false;
    try {
      Pipeline.Outcome o = pipeline.process(in.file(), in.id(), t.sha256);
      mine = t.claimed.compareAndSet(false, true);
      if (!mine) return new Done(t, null); // timed out meanwhile: the result is thrown away
      if (!o.ok()) {
        deleteReport(in.id());
        return new Done(t, ManifestEntry.failed(in, t.sha256, o.failure().reason(), o.failure().getMessage(), o.elapsedMs()));
      }
      ReportResult r = o.result();
      Path file = json.write(r, options.outDir());
      int words = 0;
      for (AnalyzedEssay e : r.essays()) words += e.essay().wordCount();
      return new Done(t, new ManifestEntry(in.file().toString(), in.id(), Status.OK, t.sha256, null, null, null, null,
          r.source().mediaType(), r.source().pages(), words, r.essays().size(), o.elapsedMs(),
          file.getFileName().toString(), fingerprint));
    } catch (Throwable e) { // NOPMD: anything else is a bug, recorded against the file, and the batch goes on
      if (!mine && !t.claimed.compareAndSet(false, true)) return new Done(t, null);
      return new Done(t, ManifestEntry.failed(in, t.sha256, FailureReason.INTERNAL, "internal error: " + e, null));
    }
  }

  private void record(ManifestEntry e) throws IOException {
    if (e == null) return;
    entries.put(e.id(), e);
    manifestDirty = true;
    progress.finished(e);
    if (System.currentTimeMillis() - lastManifestWrite >= MANIFEST_INTERVAL_MS) writeManifest(false);
  }

  private void deleteReport(String id) {
    try {
      Files.deleteIfExists(JsonReportWriter.pathFor(options.outDir(), id));
    } catch (IOException | IllegalArgumentException e) {
      progress.println("reportlens: cannot delete stale " + id + ".json: " + e.getMessage());
    }
  }

  private Manifest writeManifest(boolean finished) throws IOException {
    int ok = 0, unchanged = 0, duplicate = 0, failed = 0, pending = 0;
    for (ManifestEntry e : entries.values()) {
      switch (e.status()) {
        case OK -> ok++;
        case UNCHANGED -> unchanged++;
        case DUPLICATE -> duplicate++;
        case FAILED -> failed++;
        case PENDING -> pending++;
        case SKIPPED -> { } // not in entries: listed after them
      }
    }
    Manifest.RunSummary t = summaryTemplate;
    Manifest m = new Manifest(new Manifest.RunSummary(t.format(), t.tool(), t.fingerprint(), t.threads(), t.timeoutSeconds(),
        t.force(), t.startedAt(), finished ? Instant.now().toString() : null, (System.nanoTime() - startNanos) / 1_000_000,
        entries.size(), ok, unchanged, duplicate, failed, pending, skipped.size()), allEntries());
    m.write(manifestFile);
    lastManifestWrite = System.currentTimeMillis();
    manifestDirty = false;
    return m;
  }

  private List<ManifestEntry> allEntries() {
    List<ManifestEntry> all = new ArrayList<>(entries.values());
    all.addAll(skipped);
    return all;
  }

  private static ThreadFactory daemons(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
