package org.reportlens.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The contract's unit kinds. Front matter (cover, about, contents) is never a unit. */
public enum EssayKind {
  INTRODUCTION, ESSAY, FOREWORD, CONCLUSION, CHAPTER,
  /** Schema 1.1: the main body of a single-author or institutional report. */
  REPORT,
  /** Schema 1.1: an annex or appendix, one unit each. */
  ANNEX,
  /** Schema 1.1: one text of a collection (numbered essays, speeches, posts, abstracts, opinions). */
  ITEM;

  @JsonValue
  public String json() { return name().toLowerCase(Locale.ROOT); }
}
