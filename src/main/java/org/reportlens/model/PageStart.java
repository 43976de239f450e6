package org.reportlens.model;

/** The offset in an essay's text where a page begins. */
public record PageStart(int offset, int page) {}
