package org.reportlens.cli;

/** The process exit codes; {@link Main} is the only caller of System.exit. */
public final class ExitCodes {
  /** Every input analysed (or unchanged). */
  public static final int OK = 0;
  /** The run finished but some inputs failed; the manifest says which and why. */
  public static final int SOME_FAILED = 1;
  /** Bad command line. */
  public static final int USAGE = 2;
  /** Models or configuration missing or unreadable: nothing could run. */
  public static final int CONFIG = 3;
  /** A bug: an error that is not about the inputs. */
  public static final int INTERNAL = 4;

  private ExitCodes() {}
}
