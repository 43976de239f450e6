package org.reportlens.model;

/** Who said a quotation, as written; {@code actorId} links to an actor when there is one. */
public record Speaker(String name, String actorId) {}
