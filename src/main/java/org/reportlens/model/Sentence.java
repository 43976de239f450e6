package org.reportlens.model;

/**
 * One sentence of an essay text.
 *
 * @param tokenBegin index of its first token in {@link AnnotatedEssay#tokens()}
 * @param tokenEnd   index after its last token
 * @param page       page the sentence starts on, null when unpaged
 */
public record Sentence(int index, TextSpan span, String text, int tokenBegin, int tokenEnd, Integer page) {}
