package org.reportlens.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.reportlens.Pipeline;
import org.reportlens.StandardAnalyzer;
import org.reportlens.annotate.corenlp.CoreNlpAnnotator;
import org.reportlens.annotate.corenlp.CoreNlpSettings;

/**
 * One reportlens {@link Pipeline} per executor JVM, built lazily by the first task that needs it and
 * shared by every task the JVM runs, concurrently or later (an executor with four cores runs four
 * tasks on one pipeline, as {@code analyze --threads 4} does): CoreNLP's models take ~2 GB and
 * several seconds to load, so never one per task or per record. The CoreNLP annotator is kept for
 * the life of the JVM; the cheap rest (actor and theme tables) is rebuilt only if a later job ships
 * other model files. Also the pool on which reports run, so a report past its timeout can be abandoned.
 * Thread-safe.
 */
public final class ExecutorPipeline {
  private static CoreNlpAnnotator annotator; // guarded by ANNOTATOR_BUILDS
  private static Pipeline pipeline;
  private static String key;
  private static final AtomicInteger ANNOTATOR_BUILDS = new AtomicInteger();

  /** Daemon threads: a report abandoned after its timeout must not keep the JVM alive. */
  static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "reportlens-report");
    t.setDaemon(true);
    return t;
  });

  /** Set by the driver when it runs its own tasks (local mode): it then shares the executor's pipeline. */
  static volatile boolean local;

  private ExecutorPipeline() {}

  /** This JVM's pipeline for these model files, built on first use. */
  public static synchronized Pipeline get(ModelFiles models, boolean nlp) throws IOException {
    String k = models.digest() + "|" + nlp;
    if (pipeline != null && k.equals(key)) return pipeline;
    Path dir = models.writeToTempDir();
    StandardAnalyzer analyzer = null;
    if (nlp) {
      // As analyze does: CoreNLP loads in the background while the first reports are extracted.
      // Loading starts with the first report (Pipeline.prepare / analyse), not here: a driver in local
      // mode gets this pipeline for its fingerprint and must not load CoreNLP when nothing changed.
      analyzer = StandardAnalyzer.loadingInBackground(ExecutorPipeline::annotator, CoreNlpSettings.coarse().description(), dir);
    }
    pipeline = new Pipeline(analyzer);
    key = k;
    return pipeline;
  }

  /** Its own lock: tasks asking {@link #get} must not wait while the models load. */
  private static CoreNlpAnnotator annotator() {
    synchronized (ANNOTATOR_BUILDS) {
      if (annotator == null) {
        annotator = new CoreNlpAnnotator(CoreNlpSettings.coarse());
        ANNOTATOR_BUILDS.incrementAndGet();
      }
      return annotator;
    }
  }

  /**
   * The fingerprint {@link #get} would give, without loading CoreNLP: the driver compares it with the
   * manifest's to skip unchanged reports. Same construction as {@code analyze}'s, so the two agree.
   */
  public static String fingerprint(ModelFiles models, boolean nlp) throws IOException {
    if (!nlp) return new Pipeline(null).fingerprint();
    if (local) return get(models, nlp).fingerprint(); // the driver is the executor: build its pipeline once
    Path dir = models.writeToTempDir();
    StandardAnalyzer lazy = StandardAnalyzer.loadingInBackground(CoreNlpAnnotator::new,
        CoreNlpSettings.coarse().description(), dir); // never prepared: nothing loads
    return new Pipeline(lazy).fingerprint();
  }

  /** How many CoreNLP pipelines this JVM has built (the tests check it stays at one). */
  public static int annotatorBuilds() {
    return ANNOTATOR_BUILDS.get();
  }
}
