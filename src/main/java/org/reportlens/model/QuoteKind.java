package org.reportlens.model;

import com.fasterxml.jackson.annotation.JsonValue;

/** Only DIRECT and PULL_QUOTE are claims; SCARE and TITLE are kept and marked, never claims. */
public enum QuoteKind {
  DIRECT("direct"), PULL_QUOTE("pull-quote"), SCARE("scare"), TITLE("title");

  private final String json;

  QuoteKind(String json) { this.json = json; }

  @JsonValue
  public String json() { return json; }
}
