package org.reportlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** DIRECT, PULL_QUOTE and INDIRECT are claims; SCARE and TITLE are kept and marked, never claims. */
public enum QuoteKind {
  DIRECT("direct"), PULL_QUOTE("pull-quote"), SCARE("scare"), TITLE("title"),
  /** Schema 1.1: reported speech without quotation marks ("X said that ..."); a claim of its speaker. */
  INDIRECT("indirect");

  private final String json;

  QuoteKind(String json) { this.json = json; }

  @JsonValue
  public String json() { return json; }
}
