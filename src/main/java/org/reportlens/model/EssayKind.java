package org.reportlens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The contract's essay kinds. Front matter (cover, about, contents) is never an essay. */
public enum EssayKind {
  INTRODUCTION, ESSAY, FOREWORD, CONCLUSION, CHAPTER;

  @JsonValue
  public String json() { return name().toLowerCase(Locale.ROOT); }
}
