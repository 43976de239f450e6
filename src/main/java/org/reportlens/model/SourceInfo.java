package org.reportlens.model;

/** The input file: path as given, sha256 of its bytes, detected media type, page count (null if unpaged). */
public record SourceInfo(String path, String sha256, String mediaType, Integer pages) {}
