package org.reportlens.model;

/** A bookmark of the document outline (PDF bookmarks), with its nesting depth (1 = top). */
public record OutlineEntry(String title, int depth) {}
