package org.reportlens.model;

/** A publisher's highlighted excerpt, kept out of the body text. */
public record PullQuote(String text, int page) {}
