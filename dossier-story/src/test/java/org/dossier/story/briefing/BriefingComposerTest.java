package org.dossier.story.briefing;

import org.dossier.model.Voice;
import org.dossier.model.StoryBriefing;
import org.dossier.model.BriefingSentence;
import static org.dossier.story.timeline.Articles.article;
import static org.dossier.story.timeline.Articles.span;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Conflict;
import org.dossier.model.Direction;
import org.dossier.model.DossierResult;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Passage;
import org.dossier.model.Quote;
import org.dossier.model.QuoteKind;
import org.dossier.model.Reuse;
import org.dossier.model.ReuseKind;
import org.dossier.model.SourceSpan;
import org.dossier.model.Speaker;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;
import org.dossier.story.timeline.Articles;
import org.dossier.story.timeline.TimelineBuilder;
import org.dossier.story.timeline.ContentWords;
import org.junit.jupiter.api.Test;

class BriefingComposerTest {
    static final String WIRE = "2000000000000001";
    static final String TIMES = "2000000000000002";
    static final String POST = "2000000000000003";
    static final String OTHER = "2000000000000004";
    static final String FIRE = "aaaaaaaaaaaaaaaa";

    static final AnalysedArticle WIRE_A = Articles.dated(article(WIRE, "North Wire", "2025-06-02T08:00+01:00",
            "The ferry Maren Blue caught fire in Harbourton port on Sunday, and all 80 passengers were taken ashore by lifeboats.",
            "\"The fire started in the engine room and spread to the car deck,\" said port director Ilse Varnholt.",
            "About 40 cars were on board, the port authority said."), "on Sunday", "2025-06-01");
    static final AnalysedArticle TIMES_A = Articles.dated(article(TIMES, "Coast Times", "2025-06-02T11:00+01:00",
            "The ferry Maren Blue caught fire in Harbourton port on Sunday, and all 80 passengers were taken ashore by lifeboats.",
            "\"The fire started in the engine room and spread to the car deck,\" said port director Ilse Varnholt.",
            "Some 60 cars were on board, a crew member told the Times."), "on Sunday", "2025-06-01");
    static final AnalysedArticle POST_A = article(POST, "Evening Post", "2025-06-03T18:00+01:00",
            "Investigators from the maritime safety board boarded the burnt ferry to find out why its sprinklers failed.",
            "The board's chief, Odo Pellenberg, said a report would follow within a month.");
    static final AnalysedArticle OTHER_A = article(OTHER, "Coast Times", null,
            "The town's brass band won the regional contest for the third year running.");

    static Entity varnholt() {
        return new Entity("e-varnholt", EntityType.PERSON, "Ilse Varnholt", List.of("Ilse Varnholt"), List.of("port director"),
                List.of(EntityMention.inBody(WIRE, span(WIRE_A, "Ilse Varnholt"), "Ilse Varnholt"),
                        EntityMention.inBody(TIMES, span(TIMES_A, "Ilse Varnholt"), "Ilse Varnholt")));
    }

    static Quote quote(AnalysedArticle a, String content, String speaker, Optional<String> entity) {
        Speaker s = Speaker.named(span(a, speaker), speaker);
        return new Quote(QuoteKind.DIRECT, span(a, content), Optional.empty(),
                Optional.of(entity.map(s::withEntity).orElse(s)));
    }

    static DossierResult result(List<Claim> claims) {
        List<AnalysedArticle> articles = List.of(WIRE_A, TIMES_A, POST_A, OTHER_A);
        Story fire = new Story(FIRE, "Ferry fire in Harbourton", List.of(WIRE, TIMES, POST), Optional.empty(), Optional.empty());
        Story band = new Story("bbbbbbbbbbbbbbbb", "Band wins again", List.of(OTHER), Optional.empty(), Optional.empty());
        String said = "The fire started in the engine room and spread to the car deck,";
        Map<String, List<Quote>> quotes = Map.of(
                WIRE, List.of(quote(WIRE_A, said, "Ilse Varnholt", Optional.of("e-varnholt"))),
                TIMES, List.of(quote(TIMES_A, said, "Ilse Varnholt", Optional.of("e-varnholt"))),
                POST, List.of(new Quote(QuoteKind.INDIRECT, span(POST_A, "a report would follow within a month"),
                        Optional.empty(), Optional.of(Speaker.named(span(POST_A, "Odo Pellenberg"), "Odo Pellenberg")))));
        Reuse copy = new Reuse(WIRE, TIMES, ReuseKind.NEAR_COPY,
                List.of(new Passage(span(WIRE_A, "The ferry Maren Blue"), span(TIMES_A, "The ferry Maren Blue"), 4, 1.0)),
                0.8, Direction.PUBLISHED);
        Reuse across = new Reuse(TIMES, OTHER, ReuseKind.PARAPHRASE,
                List.of(new Passage(span(TIMES_A, "The"), span(OTHER_A, "The"), 1, 1.0)), 0.01, Direction.CONTENT);
        List<TimelineEntry> timeline = new TimelineBuilder().build(fire, List.of(WIRE_A, TIMES_A, POST_A), List.of(), List.of());
        return new DossierResult(articles, List.of(varnholt()), quotes, List.of(), List.of(fire, band), List.of(copy, across),
                claims, timeline);
    }

    static List<Claim> claims() {
        Claim single = new Claim(FIRE, "Investigators from the maritime safety board boarded the burnt ferry",
                List.of(new SourceSpan(POST, span(POST_A, "Investigators from the maritime safety board boarded the burnt ferry"))),
                1, List.of());
        Claim cars = new Claim(FIRE, "About 40 cars were on board",
                List.of(new SourceSpan(WIRE, span(WIRE_A, "About 40 cars were on board"))), 1,
                List.of(new Conflict(new SourceSpan(TIMES, span(TIMES_A, "Some 60 cars were on board")),
                        "Some 60 cars were on board", "gives 60 where the claim says 40")));
        Claim passengers = new Claim(FIRE, "All 80 passengers were taken ashore by lifeboats",
                List.of(new SourceSpan(WIRE, span(WIRE_A, "all 80 passengers were taken ashore by lifeboats")),
                        new SourceSpan(TIMES, span(TIMES_A, "all 80 passengers were taken ashore by lifeboats"))), 2, List.of());
        return List.of(single, cars, passengers);
    }

    static StoryBriefing fire(List<StoryBriefing> all) {
        return all.stream().filter(b -> b.story().id().equals(FIRE)).findFirst().orElseThrow();
    }

    private static String fold(String s) {
        return s.replaceAll("\\s+", " ").replaceAll("[.\"“”]", "").strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void everySentenceCitesArticlesOfItsStoryThatSayIt() {
        for (List<Claim> claims : List.of(claims(), List.<Claim>of())) {
            DossierResult r = result(claims);
            for (StoryBriefing b : new BriefingComposer().compose(r)) {
                assertFalse(b.summary().isEmpty(), b.story().id());
                for (BriefingSentence s : b.summary()) {
                    assertFalse(s.sources().isEmpty(), s.text());
                    assertTrue(b.story().articles().containsAll(s.sources()), s + " cites outside " + b.story().articles());
                    String words = fold(s.text().replaceFirst("^[A-Z][a-z]+ [A-Z][a-z]+ differs: ", ""));
                    boolean inASource = r.articles().stream().filter(a -> s.sources().contains(a.article().id()))
                            .anyMatch(a -> fold(a.body()).contains(words));
                    assertTrue(inASource, "'" + s.text() + "' is in none of " + s.sources());
                }
            }
        }
    }

    @Test
    void theMostCorroboratedClaimComesFirstAndAConflictFollowsItsClaimNamingItsOutlet() {
        List<BriefingSentence> summary = fire(new BriefingComposer().compose(result(claims()))).summary();
        assertEquals("All 80 passengers were taken ashore by lifeboats.", summary.get(0).text());
        assertEquals(List.of(WIRE, TIMES), summary.get(0).sources());
        int cars = indexOf(summary, "About 40 cars");
        assertTrue(cars >= 0, summary.toString());
        BriefingSentence against = summary.get(cars + 1);
        assertEquals(BriefingSentence.Basis.CONFLICT, against.basis());
        assertEquals("Coast Times differs: Some 60 cars were on board.", against.text());
        assertEquals(List.of(TIMES), against.sources());
    }

    @Test
    void withoutClaimsTheCorroboratedEventLeadsAndEachSourcesLeadFollows() {
        List<BriefingSentence> summary = fire(new BriefingComposer().compose(result(List.of()))).summary();
        assertTrue(summary.getFirst().text().startsWith("The ferry Maren Blue caught fire"), summary.toString());
        assertEquals(List.of(WIRE, TIMES), summary.getFirst().sources());
        assertTrue(indexOf(summary, "Investigators from the maritime safety board") > 0, summary.toString());
    }

    @Test
    void aSummaryNeverPassesItsWordLimit() {
        List<String> paragraphs = new ArrayList<>();
        for (int n = 0; n < 30; n++) {
            String i = Integer.toString(n);
            // each lead its own words (suffixed), so no two merge as the same statement
            paragraphs.add(String.join(" ", java.util.stream.Stream.of("Witness", "quay", "saw", "smoke", "rise", "funnel",
                    "heard", "alarm", "ring", "crew", "run", "deck").map(w -> w + i).toList()) + ".");
        }
        List<AnalysedArticle> many = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(article(String.format("30000000000000%02d", i), "Outlet " + i, null,
                    paragraphs.get(i), "Nothing else happened that day in the harbour."));
        }
        Story s = new Story("cccccccccccccccc", "Smoke", many.stream().map(a -> a.article().id()).toList(),
                Optional.empty(), Optional.empty());
        DossierResult r = new DossierResult(many, List.of(), Map.of(), List.of(), List.of(s), List.of(), List.of(), List.of());
        StoryBriefing b = new BriefingComposer().compose(r).getFirst();
        int words = b.summary().stream().mapToInt(x -> ContentWords.count(x.text())).sum();
        assertTrue(words <= BriefingComposer.MAX_WORDS && words > 150, words + " words");
        assertEquals(words, b.words());
    }

    @Test
    void quotesAreGroupedBySpeakerAndACopiedQuoteIsOneStatementWithBothSources() {
        StoryBriefing b = fire(new BriefingComposer().compose(result(List.of())));
        assertEquals(List.of("Ilse Varnholt", "Odo Pellenberg"), b.voices().stream().map(Voice::name).toList());
        Voice v = b.voices().getFirst();
        assertEquals(List.of("port director"), v.roles());
        assertEquals(1, v.said().size());
        assertEquals(List.of(WIRE, TIMES), v.said().getFirst().articles());
        assertEquals(QuoteKind.INDIRECT, b.voices().get(1).said().getFirst().kind());
    }

    @Test
    void provenanceKeepsOnlyPairsInsideTheStoryAndSourcesKeepTheStorysOrder() {
        List<StoryBriefing> all = new BriefingComposer().compose(result(List.of()));
        StoryBriefing b = fire(all);
        assertEquals(1, b.provenance().size());
        assertEquals(TIMES, b.provenance().getFirst().b());
        assertEquals(List.of(WIRE, TIMES, POST), b.sources().stream().map(a -> a.id()).toList());
        assertEquals(2, b.citation(TIMES));
        assertEquals(0, b.citation(OTHER));
        assertTrue(all.stream().filter(x -> !x.story().id().equals(FIRE)).allMatch(x -> x.provenance().isEmpty()));
    }

    private static int indexOf(List<BriefingSentence> summary, String start) {
        for (int i = 0; i < summary.size(); i++) {
            if (summary.get(i).text().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }
}
