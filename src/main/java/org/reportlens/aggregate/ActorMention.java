package org.reportlens.aggregate;

import org.reportlens.model.TextSpan;

/**
 * One occurrence of a resolved actor in an essay text.
 *
 * @param sentence index of the sentence in {@code AnnotatedEssay.sentences()}, -1 when unknown
 */
public record ActorMention(String actorId, TextSpan span, String text, int sentence) {}
