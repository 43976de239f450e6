package org.reportlens.write;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.BiConsumer;
import org.reportlens.model.Actor;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.Author;
import org.reportlens.model.Claim;
import org.reportlens.model.Coverage;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayAnalysis;
import org.reportlens.model.Evidence;
import org.reportlens.model.Footnote;
import org.reportlens.model.Keyphrase;
import org.reportlens.model.Matter;
import org.reportlens.model.PageRange;
import org.reportlens.model.PullQuote;
import org.reportlens.model.QuotedClaim;
import org.reportlens.model.Relation;
import org.reportlens.model.ReportMeta;
import org.reportlens.model.ReportResult;
import org.reportlens.model.RunInfo;
import org.reportlens.model.Section;
import org.reportlens.model.SourceInfo;
import org.reportlens.model.Speaker;
import org.reportlens.model.Theme;

/**
 * Turns a {@link ReportResult} into the JSON tree of the output contract
 * ({@code docs/output-contract.md}, {@code report.schema.json}): contract field names and order,
 * every array present even when empty, null scalars left out (except {@code speaker.actorId}, which
 * the contract shows as null), scores rounded to {@value #SCORE_DECIMALS} decimals
 * (written plainly, never in exponent form).
 *
 * <p>Internal fields of the model are not written: {@code Essay.pageStarts}, {@code footnoteRefs}
 * and offsets. Two extras beyond the contract are: {@code biography} (the author biography kept out
 * of {@code text}; left out when null) and {@code pullQuotes} (the layout's highlighted boxes as
 * found, always present; the analysed form is {@code quotedClaims} of kind {@code pull-quote}).
 *
 * <p>Fails with {@link IllegalArgumentException} on a result the contract cannot hold (no source
 * path, a missing essay/quotation/claim kind or actor type, a non-finite score). Stateless and thread-safe.
 */
public final class ReportJson {
  /** Enough for scores in 0..1 to compare and sort; more is noise in a spreadsheet. */
  public static final int SCORE_DECIMALS = 4;

  private static final JsonNodeFactory F = JsonNodeFactory.withExactBigDecimals(true);

  private ReportJson() {}

  public static ObjectNode toTree(ReportResult r) {
    if (r.id() == null || r.id().isBlank()) throw new IllegalArgumentException("report id missing");
    ObjectNode root = F.objectNode();
    root.put("schemaVersion", ReportResult.SCHEMA_VERSION);
    root.set("report", report(r));
    ArrayNode essays = root.putArray("essays");
    for (AnalyzedEssay e : r.essays()) essays.add(essay(e));
    if (r.run() != null) root.set("run", run(r.run()));
    return root;
  }

  private static ObjectNode report(ReportResult r) {
    ObjectNode o = F.objectNode();
    o.put("id", r.id());
    o.set("source", source(r.source(), r.id()));
    ReportMeta m = r.meta() != null ? r.meta() : new ReportMeta(null, null, null, null, List.of());
    putIf(o, "title", m.title());
    putIf(o, "series", m.series());
    putIf(o, "publisher", m.publisher());
    if (m.year() != null) o.put("year", m.year());
    strings(o.putArray("editors"), m.editors());
    putIf(o, "language", r.language());
    putIf(o, "identifier", m.identifier());
    putIf(o, "date", m.date());
    putIf(o, "documentType", m.documentType());
    if (!m.authors().isEmpty()) strings(o.putArray("authors"), m.authors());
    if (m.frontMatter() != null && !m.frontMatter().isEmpty()) matter(o.putObject("frontMatter"), m.frontMatter());
    if (m.backMatter() != null && !m.backMatter().isEmpty()) matter(o.putObject("backMatter"), m.backMatter());
    return o;
  }

  private static void matter(ObjectNode o, Matter m) {
    pages(o, m.pages());
    o.put("text", m.text());
    ArrayNode parts = o.putArray("parts");
    for (Matter.Part p : m.parts()) {
      ObjectNode n = parts.addObject().put("kind", p.kind());
      putIf(n, "title", p.title());
      pages(n, p.pages());
    }
  }

  private static void pages(ObjectNode o, PageRange p) {
    if (p != null) o.putObject("pages").put("first", p.first()).put("last", p.last());
  }

  private static ObjectNode source(SourceInfo s, String reportId) {
    if (s == null || s.path() == null) throw new IllegalArgumentException("report " + reportId + ": source path missing");
    ObjectNode o = F.objectNode();
    o.put("path", s.path());
    putIf(o, "sha256", s.sha256());
    putIf(o, "mediaType", s.mediaType());
    if (s.pages() != null) o.put("pages", s.pages());
    return o;
  }

  private static ObjectNode essay(AnalyzedEssay ae) {
    Essay e = ae.essay();
    EssayAnalysis a = ae.analysis() != null ? ae.analysis() : EssayAnalysis.empty();
    if (e.kind() == null) throw new IllegalArgumentException("essay " + e.id() + ": kind missing");
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("kind", e.kind().json());
    o.put("title", e.title());
    ArrayNode authors = o.putArray("authors");
    for (Author au : e.authors()) {
      ObjectNode n = authors.addObject().put("name", au.name());
      putIf(n, "affiliation", au.affiliation());
    }
    pages(o, e.pages());
    putIf(o, "summary", e.summary());
    o.put("text", e.text());
    o.put("wordCount", e.wordCount());
    list(o.putArray("actors"), a.actors(), ReportJson::actor);
    list(o.putArray("themes"), a.themes(), ReportJson::theme);
    list(o.putArray("keyphrases"), a.keyphrases(), ReportJson::keyphrase);
    list(o.putArray("quotedClaims"), a.quotedClaims(), ReportJson::quote);
    list(o.putArray("claims"), a.claims(), ReportJson::claim);
    list(o.putArray("relations"), a.relations(), ReportJson::relation);
    list(o.putArray("footnotes"), e.footnotes(), ReportJson::footnote);
    list(o.putArray("pullQuotes"), e.pullQuotes(), ReportJson::pullQuote);
    putIf(o, "biography", e.biography());
    list(o.putArray("sections"), e.sections(), ReportJson::section);
    return o;
  }

  private static void section(ObjectNode o, Section s) {
    putIf(o, "number", s.number());
    o.put("title", s.title());
    o.put("level", s.level());
    if (s.page() != null) o.put("page", s.page());
    o.put("offset", s.offset());
  }

  private static void actor(ObjectNode o, Actor a) {
    o.put("id", a.id());
    o.put("name", a.name());
    o.put("type", required(a.type(), "type of actor " + a.id()).name());
    strings(o.putArray("aliases"), a.aliases());
    o.put("mentions", a.mentions());
    o.put("salience", score(a.salience(), "salience of actor " + a.id()));
    if (a.firstMention() != null) evidence(o.putObject("firstMention"), a.firstMention());
    putIf(o, "parent", a.parent());
    if (!a.holders().isEmpty()) strings(o.putArray("holders"), a.holders());
  }

  private static void theme(ObjectNode o, Theme t) {
    putIf(o, "id", t.id());
    o.put("label", t.label());
    o.put("score", score(t.score(), "score of theme " + t.label()));
    if (t.hits() != null) o.put("hits", t.hits());
    strings(o.putArray("keyphrases"), t.keyphrases());
    list(o.putArray("evidence"), t.evidence(), ReportJson::evidence);
  }

  private static void keyphrase(ObjectNode o, Keyphrase k) {
    o.put("text", k.text());
    o.put("score", score(k.score(), "score of keyphrase " + k.text()));
  }

  private static void quote(ObjectNode o, QuotedClaim q) {
    o.put("text", q.text());
    o.put("kind", required(q.kind(), "kind of quotation " + q.text()).json());
    Speaker s = q.speaker();
    if (s != null && s.name() != null && !s.name().isBlank()) {
      o.putObject("speaker").put("name", s.name()).put("actorId", s.actorId()); // actorId: null stays, as in the contract
    }
    putIf(o, "cue", q.cue());
    putIf(o, "sentence", q.sentence());
    if (q.page() != null) o.put("page", q.page());
    putIf(o, "citation", q.citation());
    putIf(o, "section", q.section());
  }

  private static void claim(ObjectNode o, Claim c) {
    o.put("text", c.text());
    o.put("kind", required(c.kind(), "kind of claim " + c.text()).json());
    strings(o.putArray("actorIds"), c.actorIds());
    if (c.page() != null) o.put("page", c.page());
    putIf(o, "section", c.section());
  }

  private static void relation(ObjectNode o, Relation r) {
    o.put("subject", r.subject());
    o.put("predicate", r.predicate());
    o.put("object", r.object());
    putIf(o, "sentence", r.sentence());
    if (r.page() != null) o.put("page", r.page());
    putIf(o, "source", r.source());
    putIf(o, "section", r.section());
  }

  private static void footnote(ObjectNode o, Footnote f) {
    o.put("number", f.number());
    o.put("text", f.text());
    if (f.page() > 0) o.put("page", f.page()); // 0 means unpaged in the model
  }

  private static void pullQuote(ObjectNode o, PullQuote p) {
    o.put("text", p.text());
    if (p.page() > 0) o.put("page", p.page());
  }

  private static void evidence(ObjectNode o, Evidence ev) {
    if (ev.page() != null) o.put("page", ev.page());
    putIf(o, "sentence", ev.sentence());
  }

  private static ObjectNode run(RunInfo run) {
    ObjectNode o = F.objectNode();
    putIf(o, "tool", run.tool());
    putIf(o, "corenlp", run.corenlp());
    putIf(o, "annotators", run.annotators());
    putIf(o, "startedAt", run.startedAt());
    o.put("elapsedMs", run.elapsedMs());
    strings(o.putArray("warnings"), run.warnings());
    Coverage c = run.coverage();
    if (c != null) {
      ObjectNode n = o.putObject("coverage");
      n.put("extractedWords", c.extractedWords()).put("essayWords", c.essayWords()).put("footnoteWords", c.footnoteWords())
          .put("matterWords", c.matterWords()).put("droppedWords", c.droppedWords());
      ObjectNode d = n.putObject("dropped");
      c.dropped().forEach(d::put);
      n.put("ratio", score(c.ratio(), "coverage ratio"));
    }
    return o;
  }

  /** Rounded, trailing zeros dropped but one decimal kept: 0.25, 0.3333 (for 1/3), 1.0. */
  static BigDecimal score(double value, String what) {
    if (!Double.isFinite(value)) throw new IllegalArgumentException(what + " is " + value);
    BigDecimal d = BigDecimal.valueOf(value).setScale(SCORE_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.scale() < 1 ? d.setScale(1) : d; // a score reads as a decimal in every consumer: 1.0, not 1
  }

  private static <T> T required(T value, String what) {
    if (value == null) throw new IllegalArgumentException(what + " missing");
    return value;
  }

  private static <T> void list(ArrayNode into, List<T> items, BiConsumer<ObjectNode, T> fill) {
    for (T item : items) fill.accept(into.addObject(), item);
  }

  private static void strings(ArrayNode into, List<String> items) {
    for (String s : items) into.add(s);
  }

  private static void putIf(ObjectNode o, String field, String value) {
    if (value != null) o.put(field, value);
  }
}
