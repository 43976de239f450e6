package org.reportlens.aggregate;

import java.nio.file.Path;
import java.util.List;
import org.reportlens.annotate.corenlp.SharedAnnotator;
import org.reportlens.cli.BenchInputs;
import org.reportlens.model.Actor;
import org.reportlens.model.AnnotatedEssay;
import org.reportlens.model.Essay;
import org.reportlens.model.Mention;

/** Development aid, not a test: prints the actors of each essay of a markdown report. */
public final class PrintSampleActors {
  public static void main(String[] args) {
    Path md = Path.of(args.length > 0 ? args[0] : "/work/shared/corpus/gmf-2017-southern-challenges.md");
    Gazetteer g = Gazetteer.load(Path.of("models/actors.tsv"));
    ActorAggregator agg = new ActorAggregator(g);
    boolean showNer = args.length > 1 && args[1].equals("ner");
    List<java.util.Map<String, Object>> essays = new java.util.ArrayList<>();
    for (Essay e : BenchInputs.load(md, 100)) {
      AnnotatedEssay a = SharedAnnotator.get().annotate(e);
      System.out.println("=== " + e.title() + " (" + a.tokens().size() + " tokens)");
      if (showNer) for (Mention m : a.mentions()) System.out.println("  ner " + m.type() + " " + m.text());
      ResolvedActors r = agg.resolve(a);
      List<Actor> actors = r.actors();
      for (Actor x : actors) {
        System.out.printf("  %-32s %-12s %3d %.3f %s%n", x.id(), x.type(), x.mentions(), x.salience(), x.name() + " " + x.aliases());
      }
      System.out.println("  relations: " + new RelationAggregator().aggregate(a, r).size());
      java.util.Map<String, Object> je = new java.util.LinkedHashMap<>();
      je.put("id", e.id()); je.put("kind", "essay"); je.put("title", e.title()); je.put("authors", List.of());
      je.put("text", e.text()); je.put("actors", actors); je.put("themes", List.of()); je.put("quotedClaims", List.of());
      essays.add(je);
    }
    try {
      new com.fasterxml.jackson.databind.ObjectMapper().writeValue(new java.io.File("/tmp/actors-report.json"),
          java.util.Map.of("schemaVersion", "1.0", "report", java.util.Map.of("id", "sample"), "essays", essays));
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
