package org.reportlens.aggregate;

/**
 * The named rules by which {@link ActorAggregator} declines a tagger mention or a gazetteer form as
 * an actor. Each has a unit test in {@code ActorAggregatorTest}; {@link ActorRecall} counts them so
 * that the filters can be audited on any corpus ({@code bench --actor-recall}).
 */
public enum ActorRejection {
  HEADING_LINE("in a line set in capitals: a heading, byline or running head"),
  NO_CAPITAL("no capital letter: not a name"),
  GENERIC_WORD("a heading, boilerplate or citation word of the genre (\"Introduction\", \"Ibid.\")"),
  GENERIC_NAME("an institution head or pronoun alone (\"Ministry\", \"He\")"),
  SHORT_CAPITALS("two capitals or fewer, undefined in the text: ambiguous (\"MD\")"),
  TOO_LONG("six words or more: a heading or a title"),
  TITLE_ONLY("a title without a name (\"Mr. Speaker\")"),
  EVENT_NAME("an event, document or operation (\"Warsaw Summit\", \"Operation Allied Force\")"),
  COMMON_ADJECTIVE("one common adjective or adverb capitalised (\"Southern\" flank)"),
  COMMON_WORD("one common word the text also writes in lower case (\"Summit\" / \"the summit\")"),
  REVERENT_NOUN("a common noun capitalised out of reverence (\"the Republic\")"),
  TITLE_OF_WORK("most of a quoted title of a work"),
  DEMONYM_ADJECTIVE("a nationality adjective modifying a thing (\"the Libyan intervention\")"),
  CAPITAL_IN_NAME("a capital city inside a longer name (\"Warsaw Summit\")"),
  GAZETTEER_EVENT("the gazetteer lists the form as an event or operation, not an actor"),
  NOT_A_NAME("a fragment of a longer name or symbol, never a name on its own (\"United\", \"Corr\")"),
  DEFINED_CONCEPT("an acronym the text defines by words in lower case: a thing or method (\"augmentation system (MCAS)\")");

  private final String description;

  ActorRejection(String description) {
    this.description = description;
  }

  public String description() { return description; }

  /** The rule's name as printed: lower case with hyphens ("heading-line"). */
  public String label() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
