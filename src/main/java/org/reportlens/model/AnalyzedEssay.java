package org.reportlens.model;

public record AnalyzedEssay(Essay essay, EssayAnalysis analysis) {}
