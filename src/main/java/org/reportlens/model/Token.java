package org.reportlens.model;

/** One token with its part of speech (Penn tags) and lemma; span is into the essay text. */
public record Token(TextSpan span, String text, String pos, String lemma) {}
