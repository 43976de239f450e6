package org.reportlens.aggregate;

import java.util.Set;

/**
 * Word lists for the genre (policy and think-tank reports) that the actor rules use. Nothing here
 * names a particular report's actors.
 */
final class ActorRules {
  private ActorRules() {}

  /** Words before a capital that make it a place ("in Tripoli"), not a government ("Tripoli's offer"). */
  /**
   * People in power: "the rulers in Riyadh" is the Saudi state acting, not a place. "Government"
   * is left out: "the government in Tripoli" names one of rival governments, not the state.
   */
  static final Set<String> GOVERNING = Set.of("rulers", "leaders", "leadership", "officials", "regime", "policymakers", "decision-makers", "diplomats", "counterparts", "elites", "establishment");

  static final Set<String> LOCATIVE = Set.of("in", "at", "to", "from", "near", "around", "outside", "into",
      "across", "toward", "towards", "within", "via", "through", "throughout", "inside", "beyond", "between");

  /** Heads after a demonym that make it a group of people ("Iraqi officers", "Libyans"). */
  static final Set<String> PEOPLE_NOUNS = Set.of("people", "peoples", "population", "populations", "citizens",
      "official", "officials", "officer", "officers", "leader", "leaders", "militias", "militia", "fighters", "diplomat", "diplomats", "elites", "elite",
      "counterparts", "partners", "allies", "policymakers", "policy-makers", "negotiators", "refugees", "migrants",
      "nationals", "students", "society", "public", "youth", "politicians", "parliamentarians", "lawmakers",
      "commanders", "personnel", "delegation", "delegations", "community", "communities", "tribes", "factions",
      "activists", "experts", "analysts", "voters", "workers", "families", "civilians", "rebels", "jihadists",
      "militants", "men", "women", "children", "minister", "ministers", "interlocutors", "stakeholders");

  /** Heads after a demonym that make it the state's armed forces, acting for the state ("Syrian forces"). */
  static final Set<String> MILITARY_NOUNS = Set.of("forces", "force", "troops", "soldiers", "army", "military",
      "navy", "warships", "aircraft", "jets", "strikes", "airstrikes", "air strikes");

  /** Heads after a demonym that make it the state itself ("the Libyan government"). */
  static final Set<String> STATE_NOUNS = Set.of("government", "governments", "authorities", "state", "regime",
      "administration", "leadership", "president", "presidency");

  /** Titles that may stand before a person's name ("Secretary General Stoltenberg"). */
  static final Set<String> PERSON_TITLES = Set.of("President", "Vice", "Prime", "Minister", "Secretary", "General",
      "Secretary-General", "Foreign", "Defense", "Defence", "Chancellor", "King", "Queen", "Crown", "Prince",
      "Princess", "Sheikh", "Shaikh", "Emir", "Amir", "Ambassador", "Senator", "Sen.", "Governor", "Gov.", "Mr.",
      "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Professor", "Prof.", "Admiral", "Adm.", "Colonel", "Col.",
      "Field", "Marshal", "Lt.", "Lieutenant", "Gen.", "Commander", "Chairman", "Director", "Pope", "Sultan",
      "Ayatollah", "Imam", "Supreme", "Leader", "Speaker", "Representative", "Rep.", "Deputy", "Judge", "Justice",
      "Chief", "Major", "Maj.", "Captain", "Capt.", "Sir", "Lord", "Lady", "Commissioner", "High", "Special",
      "Envoy", "Premier", "Monsieur", "Madame");

  /** Single words the NER tags as entities in this genre's headings, boilerplate and citations. */
  static final Set<String> GENERIC = Set.of("biography", "introduction", "conclusion", "conclusions", "abstract",
      "summary", "contents", "foreword", "preface", "acknowledgments", "acknowledgements", "notes", "references",
      "bibliography", "available", "retrieved", "accessed", "ibid", "ibid.", "op", "op.", "cit", "cit.", "op. cit.",
      "et al", "et al.", "figure", "table", "source", "sources", "annex", "appendix", "chapter", "section", "brief",
      "in brief", "executive", "recommendations", "policy", "summit", "southern", "northern", "eastern",
      "western", "north", "south", "east", "west", "page", "vol", "vol.", "no", "no.", "pp", "pp.", "ed", "eds",
      "online", "internet", "web", "press", "report", "paper", "review", "journal", "interview");

  /** The compass words: alone after "the" a region ("the South"); alone otherwise a generic word. */
  static final Set<String> COMPASS = Set.of("north", "south", "east", "west");

  /**
   * Common nouns capitalised out of reverence when they stand for a place ("the Republic", "the
   * Union", "the Continent"); a closed list, since the word list also holds proper names ("congo").
   */
  static final Set<String> REVERENT_NOUNS = Set.of("republic", "union", "continent", "commonwealth", "kingdom",
      "empire", "federation", "homeland", "nation", "motherland", "fatherland", "state", "states", "country",
      "island", "road", "city", "capital", "region", "territory", "territories", "province", "colony", "realm",
      "west", "east", "north", "south", "interior", "frontier", "border", "coast", "valley", "mainland");

  /** Determiners and quantifiers that may stand capitalised before a plural at a sentence's start ("These States"). */
  static final Set<String> DETERMINERS = Set.of("the", "these", "those", "all", "several", "many", "some", "other",
      "both", "our", "their", "its", "his", "her", "most", "few", "such", "each", "every", "no", "any", "which",
      "what", "whose", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "thirteen", "respective",
      "new", "old", "original", "sovereign", "independent", "individual", "different");

  /** Pronouns the tagger sometimes takes for persons or organisations. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it", "his", "her", "their",
      "our", "him", "them", "us");

  /**
   * Single words the tagger cuts out of longer names or document symbols that are never names alone:
   * "States" and "United" of a split "United States", "Corr" and "Add" of UN symbols ("S/2025/1/Corr.1").
   */
  static final Set<String> NOT_NAMES = Set.of("States", "United", "Corr", "Corr.", "Add", "Add.", "Rev", "Rev.",
      "Nations", "Kingdom", "Republic of", "Federation");

  /**
   * Generic heads of institutions: alone ("the Court", "the Panel", "the Army") they name the one
   * institution of the text with that head, and their id must be qualified by what the text
   * attaches to them ({@code GenericHeads}).
   */
  static final Set<String> INSTITUTION_HEADS = Set.of("institute", "university", "college", "ministry",
      "department", "government", "council", "commission", "agency", "office", "center", "centre", "foundation",
      "committee", "parliament", "army", "navy", "court", "bank", "fund", "group", "party", "program", "programme",
      "panel", "bureau", "cabinet", "mechanism", "secretariat", "tribunal", "board", "authority", "assembly",
      "senate", "congress", "mission", "directorate", "service", "police", "coalition", "alliance", "union",
      "commonwealth", "administration", "working group", "central bank", "air force", "marine corps", "coast guard",
      "guard", "forces", "task force", "house", "inspectorate", "registry", "prosecution", "presidency", "treasury",
      "legislature");

  /** Heads that make a name an event or a document, not an actor ("Warsaw Summit", "Arab Spring"). */
  static final Set<String> EVENT_NOUNS = Set.of("Summit", "Conference", "Communique", "Communiqué", "Declaration",
      "Agreement", "Agreements", "Accord", "Accords", "Treaty", "Plan", "Strategy", "Doctrine", "War", "Wars",
      "Spring", "Report", "Act", "Resolution", "Concept", "Process", "Talks", "Revolution", "Crisis",
      "Paper", "Papers", "Brief", "Series", "Index", "Protocol", "Charter", "Convention", "Deal",
      "Framework", "Roadmap", "Initiative?");

  /** Function words allowed inside an acronym's expansion ("Middle East and North Africa (MENA)"). */
  static final Set<String> STOPWORDS = Set.of("of", "for", "and", "the", "in", "on", "to", "de", "du", "des", "la",
      "le", "al", "el", "&", "against", "with", "at");
}
