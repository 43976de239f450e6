package org.reportlens.model;

/** The contract's actor types. GROUP: demonyms and collectives ("Libyans", "the allies"). */
public enum ActorType { PERSON, ORGANIZATION, COUNTRY, LOCATION, GROUP }
