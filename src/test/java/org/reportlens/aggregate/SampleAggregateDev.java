package org.reportlens.aggregate;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Mention;

/**
 * Development only: runs the aggregators over essays annotated by {@code SampleAnnotateDev} and writes
 * a report-shaped JSON that {@code score.py} can read. Actors are a naive stand-in built from mentions
 * (the real ActorAggregator is written elsewhere). Usage: SampleAggregateDev ANNOTATED.json THEMES.tsv OUT.json
 */
public final class SampleAggregateDev {
  public static void main(String[] args) throws Exception {
    ObjectMapper om = new ObjectMapper();
    List<AnnotatedEssay> essays = om.readValue(new File(args[0]), new TypeReference<List<AnnotatedEssay>>() {});
    ThemeAggregator themes = new ThemeAggregator(ThemeTaxonomy.load(Path.of(args[1])));
    List<List<org.reportlens.model.Keyphrase>> keys = new KeyphraseExtractor().extract(essays);
    ObjectNode root = om.createObjectNode();
    ArrayNode arr = root.putArray("essays");
    int n = 0;
    for (AnnotatedEssay a : essays) {
      List<Actor> actors = naiveActors(a);
      ObjectNode e = arr.addObject();
      e.put("title", a.essay().title());
      e.set("authors", om.valueToTree(a.essay().authors()));
      e.put("text", a.essay().text());
      e.set("quotedClaims", om.valueToTree(new QuoteAggregator().aggregate(a, actors)));
      e.set("claims", om.valueToTree(new ClaimAggregator().aggregate(a, actors)));
      e.set("themes", om.valueToTree(themes.aggregate(a)));
      e.set("keyphrases", om.valueToTree(keys.get(n++)));
    }
    om.writerWithDefaultPrettyPrinter().writeValue(new File(args[2]), root);
  }

  static List<Actor> naiveActors(AnnotatedEssay a) {
    Map<String, Actor> byName = new LinkedHashMap<>();
    for (Mention m : a.mentions()) {
      ActorType type = switch (m.type()) {
        case PERSON -> ActorType.PERSON;
        case ORGANIZATION -> ActorType.ORGANIZATION;
        case COUNTRY -> ActorType.COUNTRY;
        case LOCATION, CITY, STATE_OR_PROVINCE -> ActorType.LOCATION;
        default -> null;
      };
      if (type == null) continue;
      String id = m.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
      byName.putIfAbsent(id, new Actor(id, m.text(), type, List.of(), 1, 0, null));
    }
    return new ArrayList<>(byName.values());
  }
}
