package org.reportlens.model;

/** A named-entity mention found by the tagger; span is into the essay text. */
public record Mention(TextSpan span, String text, MentionType type, int sentence) {}
