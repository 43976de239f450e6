package org.reportlens.model;

/** Why a report could not be analysed. Recorded in the run summary; never thrown past the batch. */
public enum FailureReason { UNREADABLE, ENCRYPTED, NO_TEXT, TRUNCATED, NOT_ENGLISH, TIMEOUT, NO_ESSAYS, TOO_LARGE, INTERNAL }
