package org.reportlens.model;

/** An actor-to-actor relation found in one sentence; {@code source} says how ("cooccurrence", "dependency"). */
public record Relation(String subject, String predicate, String object, String sentence, Integer page, String source) {}
