package org.reportlens.model;

/** A bad input document: carries the file, the reason and a one-line message for people. */
public class ReportException extends Exception {
  private final FailureReason reason;
  private final String file;

  public ReportException(String file, FailureReason reason, String message, Throwable cause) {
    super(message, cause);
    this.file = file;
    this.reason = reason;
  }

  public ReportException(String file, FailureReason reason, String message) { this(file, reason, message, null); }

  public FailureReason reason() { return reason; }

  public String file() { return file; }

  /** "file: reason: message" on one line. */
  public String oneLine() {
    String msg = getMessage() == null ? "" : getMessage().replaceAll("\\s+", " ").trim();
    return file + ": " + reason.name().toLowerCase().replace('_', ' ') + ": " + msg;
  }
}
