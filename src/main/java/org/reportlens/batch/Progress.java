package org.reportlens.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Tells the user how a batch is going, on stderr. Every failure is one line
 * {@code file: reason: message} in both forms. {@link #terminal}: a bar redrawn in place with
 * {@code \r} (done/total, rate, time left, the file last started); {@link #lines}: one line per
 * analysed, failed or duplicate file (unchanged files are counted in one line, not listed), for logs
 * and pipes. Called from the batch's coordinating thread only; not thread-safe.
 */
public abstract class Progress {
  protected final PrintWriter err;
  protected int total;
  protected int toDo;
  protected int done;
  protected long startNanos = System.nanoTime();

  protected Progress(PrintWriter err) {
    this.err = err;
  }

  /** A bar when {@code terminal}, else lines. */
  public static Progress forStderr(PrintWriter err, boolean terminal) {
    return terminal ? new Terminal(err) : new Lines(err);
  }

  /** The plan: {@code total} inputs, {@code toDo} to analyse, the others unchanged or duplicates. */
  public void begin(int total, int toDo, int unchanged) {
    this.total = total;
    this.toDo = toDo;
    this.startNanos = System.nanoTime();
    if (unchanged > 0) println(unchanged + " of " + total + " files unchanged since the last run: skipped");
  }

  public void started(String file) {}

  /** An entry decided: ok, failed or duplicate. */
  public void finished(ManifestEntry e) {
    if (e.status() == Status.OK || e.status() == Status.FAILED) done++;
    switch (e.status()) {
      case FAILED -> println(e.failureLine());
      case DUPLICATE -> println(e.path() + ": duplicate: same bytes as " + e.duplicateOfPath() + " (report " + e.duplicateOfId() + ")");
      case OK -> ok(e);
      default -> { }
    }
  }

  protected void ok(ManifestEntry e) {}

  /** Called a few times a second while reports are running. */
  public void tick() {}

  public void end(String summary) {
    println(summary);
  }

  protected void println(String line) {
    err.println(line);
    err.flush();
  }

  protected double rate() {
    double s = (System.nanoTime() - startNanos) / 1e9;
    return s <= 0 ? 0 : done / s;
  }

  static String duration(double seconds) {
    long s = Math.round(seconds);
    if (s < 60) return s + "s";
    if (s < 3600) return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
    return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", s / 60 % 60) + "m";
  }

  /** One line per file. */
  static final class Lines extends Progress {
    Lines(PrintWriter err) { super(err); }

    @Override
    protected void ok(ManifestEntry e) {
      println(String.format(Locale.ROOT, "[%d/%d] ok %s (%d %s, %d words, %.1f s)", done, toDo, e.path(),
          e.essays(), e.essays() == 1 ? "essay" : "essays", e.words(), e.elapsedMs() / 1000.0));
    }
  }

  /** A bar redrawn in place. */
  static final class Terminal extends Progress {
    private static final int WIDTH = 100;
    private String current = "";
    private boolean drawn;
    private long lastDraw;

    Terminal(PrintWriter err) { super(err); }

    @Override public void started(String file) {
      current = file;
      draw();
    }

    @Override public void finished(ManifestEntry e) {
      super.finished(e);
      lastDraw = 0; // always show the count change
      draw();
    }

    @Override public void tick() { draw(); }

    @Override public void end(String summary) {
      clear();
      super.end(summary);
    }

    @Override protected void println(String line) {
      clear();
      super.println(line);
      if (total > 0 && done < toDo) draw();
    }

    private void clear() {
      lastDraw = 0;
      if (drawn) err.print("\r" + " ".repeat(WIDTH) + "\r");
      drawn = false;
    }

    private void draw() {
      if (toDo == 0 || System.nanoTime() - lastDraw < 100_000_000L) return; // at most ten redraws a second
      lastDraw = System.nanoTime();
      int cells = 20;
      int full = (int) ((long) cells * done / toDo);
      double rate = rate();
      String eta = done == 0 || rate == 0 ? "--" : duration((toDo - done) / rate);
      String head = String.format(Locale.ROOT, "\r[%s%s] %d/%d %.2f docs/s, %s left  ", "#".repeat(full),
          ".".repeat(cells - full), done, toDo, rate, eta);
      int room = Math.max(10, WIDTH - head.length());
      String file = current.length() > room ? "..." + current.substring(current.length() - room + 3) : current;
      String line = head + file;
      err.print(line + " ".repeat(Math.max(0, WIDTH + 1 - line.length())));
      err.flush();
      drawn = true;
    }
  }
}
