package org.reportlens.model;

/** A sentence that supports a fact, with its page (null when unpaged). */
public record Evidence(Integer page, String sentence) {}
