package org.reportlens.model;

/** Entity classes a tagger gives a mention (CoreNLP's coarse and fine-grained labels we keep). */
public enum MentionType {
  PERSON, ORGANIZATION, COUNTRY, CITY, STATE_OR_PROVINCE, LOCATION, NATIONALITY, RELIGION, IDEOLOGY, TITLE, MISC;

  /** The label's enum, or null for labels we do not keep (DATE, NUMBER, MONEY ...). */
  public static MentionType of(String label) {
    if (label == null) return null;
    try {
      return valueOf(label);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
