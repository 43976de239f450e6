package org.reportlens.write;

import java.util.List;
import org.reportlens.model.Actor;
import org.reportlens.model.ActorType;
import org.reportlens.model.AnalyzedEssay;
import org.reportlens.model.Author;
import org.reportlens.model.Claim;
import org.reportlens.model.ClaimKind;
import org.reportlens.model.Essay;
import org.reportlens.model.EssayAnalysis;
import org.reportlens.model.EssayKind;
import org.reportlens.model.Evidence;
import org.reportlens.model.Footnote;
import org.reportlens.model.FootnoteRef;
import org.reportlens.model.Keyphrase;
import org.reportlens.model.PageRange;
import org.reportlens.model.PageStart;
import org.reportlens.model.PullQuote;
import org.reportlens.model.QuoteKind;
import org.reportlens.model.QuotedClaim;
import org.reportlens.model.Relation;
import org.reportlens.model.ReportMeta;
import org.reportlens.model.ReportResult;
import org.reportlens.model.RunInfo;
import org.reportlens.model.SourceInfo;
import org.reportlens.model.Speaker;
import org.reportlens.model.Theme;

/** Hand-built report results for the write tests: invented reports, no Tika, no CoreNLP. */
final class ReportFixtures {
  static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
  /** Commas, quotes, a line break, typographic quotes and non-ASCII letters: everything CSV must survive. */
  static final String AWKWARD = "Ankara's \"zero problems\" policy, once praised,\nended — naïve? «Ça va», 北约 said.";

  private ReportFixtures() {}

  /** A paged PDF report with two essays: one fully analysed, one with nothing found. */
  static ReportResult pagedReport() {
    Essay intro = new Essay("alpha-2019/1", EssayKind.INTRODUCTION, "Introduction: Burden Sharing Revisited",
        List.of(new Author("Jane Roe", "Institute for Security Studies"), new Author("Ann Example", "Institute for Security Studies"),
            new Author("John Doe", null)),
        new PageRange(2, 4), "Allies argue about money, again.",
        "Allies argue about money.\n\nThe Alliance has said so before.", List.of(new PageStart(0, 2), new PageStart(27, 3)),
        List.of(new Footnote(1, "Interview with the author, Brussels, May 2018.", 3)), List.of(new FootnoteRef(40, 1)),
        List.of(new PullQuote("The Alliance has said so before.", 3)), "Jane Roe is a fellow.");
    Actor nato = new Actor("nato", "NATO", ActorType.ORGANIZATION, List.of("the Alliance"), 12, 0.3076923076923077,
        new Evidence(2, "Allies argue about money."));
    Actor turkey = new Actor("turkey", "Turkey", ActorType.COUNTRY, List.of(), 3, 0.1, new Evidence(3, "Turkey objects."));
    EssayAnalysis full = new EssayAnalysis(
        List.of(nato, turkey),
        List.of(new Relation("turkey", "veto", "nato", "Turkey vetoed the plan.", 3, "dependency")),
        List.of(new QuotedClaim("it is a partnership without a cause.", QuoteKind.DIRECT,
                new Speaker("one senior official", null), "told", "As one senior official told us, \"it is a partnership without a cause.\"", 3,
                "Interview with the author, Brussels, May 2018."),
            new QuotedClaim("The Alliance has said so before.", QuoteKind.PULL_QUOTE, new Speaker("Jane Roe", null), null, null, 3, null),
            new QuotedClaim("division of labor", QuoteKind.SCARE, null, null, "A \"division of labor\" emerged.", 4, null)),
        List.of(new Claim("NATO should recast its ambition.", ClaimKind.RECOMMENDATION, List.of("nato"), 4),
            new Claim("Turkey and NATO will drift apart.", ClaimKind.PREDICTION, List.of("turkey", "nato"), null)),
        List.of(new Theme("burden-sharing", "Burden sharing", 0.25, List.of("defense spending", "two percent"),
            List.of(new Evidence(2, "Allies argue about money.")))),
        List.of(new Keyphrase("burden sharing", 0.7142857142857143), new Keyphrase("defense spending", 1.0)));
    Essay empty = new Essay("alpha-2019/2", EssayKind.CONCLUSION, "Conclusion", List.of(), new PageRange(5, 5), null,
        "Nothing to add.", List.of(new PageStart(0, 5)), List.of(), List.of(), List.of(), null);
    return new ReportResult("alpha-2019", new SourceInfo("input/alpha-2019.pdf", SHA, "application/pdf", 6),
        new ReportMeta("Burden Sharing", "Security Papers", "Institute for Security Studies", 2019,
            List.of("Jane Roe")), "en",
        List.of(new AnalyzedEssay(intro, full), new AnalyzedEssay(empty, EssayAnalysis.empty())),
        new RunInfo("reportlens 0.1.0", "4.5.10", "tokenize,ssplit,pos,lemma,ner", "2025-01-01T00:00:00Z", 1234,
            List.of("page 6: no text")));
  }

  /** A DOCX-like report: no pages anywhere, almost no metadata, awkward text. */
  static ReportResult unpagedReport() {
    Essay essay = new Essay("beta-2020/1", EssayKind.ESSAY, "Turkey, Russia and the \"Southern Flank\"",
        List.of(new Author("Zoë Çelik", "Université de Genève")), null, null,
        AWKWARD + "\n\nRussia's presence grows.", List.of(), List.of(new Footnote(1, "See \"Note\", p. 4; also ibid.", 0)),
        List.of(), List.of(), null);
    EssayAnalysis a = new EssayAnalysis(
        List.of(new Actor("russia", "Russia", ActorType.COUNTRY, List.of("Moscow"), 4, 0.5, new Evidence(null, "Russia's presence grows.")),
            new Actor("nato", "North Atlantic Treaty Organization", ActorType.ORGANIZATION, List.of(), 2, 0.2, null),
            new Actor("turkey", "Turkey", ActorType.COUNTRY, List.of("Ankara"), 4, 0.5, null)),
        List.of(new Relation("russia", "cooperate", "turkey", AWKWARD, null, "cooccurrence")),
        List.of(new QuotedClaim(AWKWARD, QuoteKind.DIRECT, new Speaker("Recep, \"the Reis\"", "turkey"), "said", AWKWARD, null,
            "See \"Note\", p. 4; also ibid.")),
        List.of(new Claim(AWKWARD, ClaimKind.ASSESSMENT, List.of(), null)),
        List.of(new Theme(null, "Russia, and the South", 1.0 / 3, List.of("flank; south", "Moscow"), List.of(new Evidence(null, AWKWARD)))),
        List.of());
    return new ReportResult("beta-2020", new SourceInfo("input/beta 2020.docx", SHA,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", null),
        new ReportMeta(null, null, null, null, List.of()), null, List.of(new AnalyzedEssay(essay, a)), null);
  }
}
