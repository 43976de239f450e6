package org.reportlens.model;

public record Keyphrase(String text, double score) {}
