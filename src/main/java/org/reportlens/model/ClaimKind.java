package org.reportlens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum ClaimKind {
  RECOMMENDATION, ASSESSMENT, PREDICTION;

  @JsonValue
  public String json() { return name().toLowerCase(Locale.ROOT); }
}
