package org.dossier.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import org.dossier.model.Article;
import org.dossier.model.Claim;
import org.dossier.model.Framing;
import org.dossier.model.Conflict;
import org.dossier.model.SourceSpan;
import org.dossier.model.TimelineEntry;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.DateMention;
import org.dossier.model.Duplicate;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Problem;
import org.dossier.model.Rejection;
import org.dossier.model.Timestamp;

/** The records of {@code ../shared/CONTRACT.md} as JSON fields, in the contract's order. */
public final class ContractJson {
    private ContractJson() {
    }

    public static void article(JsonGenerator j, Article a) throws IOException {
        ArticleMetadata m = a.metadata();
        j.writeStringField("id", a.id());
        j.writeStringField("source", a.source());
        optional(j, "url", m.url());
        optional(j, "outlet", m.outlet());
        optional(j, "title", m.title());
        optional(j, "subtitle", m.subtitle());
        optional(j, "section", m.section());
        strings(j, "authors", m.authors());
        optional(j, "published", m.published().map(Timestamp::iso));
        optional(j, "language", m.language());
        strings(j, "paragraphs", a.paragraphTexts());
        j.writeStringField("body", a.body());
        j.writeArrayFieldStart("problems");
        for (Problem p : a.problems()) {
            j.writeStartObject();
            j.writeStringField("code", p.code());
            j.writeStringField("message", p.message());
            j.writeStringField("stage", p.stage());
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    public static void rejection(JsonGenerator j, Rejection r) throws IOException {
        j.writeStringField("source", r.source());
        j.writeStringField("code", r.code());
        j.writeStringField("message", r.message());
    }

    /** One input whose article an earlier input gave: {@code source}, {@code article}, {@code first_source}. */
    public static void duplicate(JsonGenerator j, Duplicate d) throws IOException {
        j.writeStringField("source", d.source());
        j.writeStringField("article", d.article());
        j.writeStringField("first_source", d.firstSource());
    }

    /**
     * One entity. A mention from the metadata rather than the body has {@code start} and {@code end}
     * null and names the field: {@code "field": "authors"} or {@code "field": "outlet"}.
     */
    public static void entity(JsonGenerator j, Entity e) throws IOException {
        j.writeStringField("id", e.id());
        j.writeStringField("type", e.type().name());
        j.writeStringField("name", e.name());
        strings(j, "variants", e.variants());
        strings(j, "roles", e.roles());
        j.writeArrayFieldStart("mentions");
        for (EntityMention m : e.mentions()) {
            j.writeStartObject();
            j.writeStringField("article", m.article());
            if (m.span().isPresent()) {
                j.writeNumberField("start", m.span().get().start());
                j.writeNumberField("end", m.span().get().end());
            } else {
                j.writeNullField("start");
                j.writeNullField("end");
            }
            j.writeStringField("text", m.text());
            if (m.span().isEmpty()) {
                j.writeStringField("field", m.field());
            }
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    /**
     * One date. {@code anchoredOnDossier}: a relative expression of an undated article, read against
     * the dossier's publication days (it means the same under all of them); marked {@code "anchor": "dossier"}.
     */
    public static void date(JsonGenerator j, String article, DateMention d, boolean anchoredOnDossier) throws IOException {
        j.writeStringField("article", article);
        j.writeNumberField("start", d.span().start());
        j.writeNumberField("end", d.span().end());
        j.writeStringField("text", d.text());
        j.writeStringField("value", d.value().iso());
        if (anchoredOnDossier) {
            j.writeStringField("anchor", "dossier");
        }
    }

    static void optional(JsonGenerator j, String name, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            j.writeStringField(name, value.get());
        } else {
            j.writeNullField(name);
        }
    }

    static void strings(JsonGenerator j, String name, List<String> values) throws IOException {
        j.writeArrayFieldStart(name);
        for (String v : values) {
            j.writeString(v);
        }
        j.writeEndArray();
    }

    public static void story(JsonGenerator j, org.dossier.model.Story s) throws IOException {
        j.writeStringField("id", s.id());
        j.writeStringField("title", s.title());
        strings(j, "articles", s.articles());
        optional(j, "first_seen", s.firstSeen().map(Timestamp::iso));
        optional(j, "last_seen", s.lastSeen().map(Timestamp::iso));
    }

    /**
     * One reuse pair; {@code bodyOfA} gives article {@code a}'s body, from which each passage's text
     * is cut (the contract wants the shared text itself, not only offsets).
     */
    public static void reuse(JsonGenerator j, org.dossier.model.Reuse r, String bodyOfA) throws IOException {
        j.writeStringField("a", r.a());
        j.writeStringField("b", r.b());
        j.writeStringField("kind", r.kind().code());
        j.writeArrayFieldStart("passages");
        for (org.dossier.model.Passage p : r.passages()) {
            j.writeStartObject();
            j.writeNumberField("a_start", p.a().start());
            j.writeNumberField("a_end", p.a().end());
            j.writeNumberField("b_start", p.b().start());
            j.writeNumberField("b_end", p.b().end());
            j.writeStringField("text", p.a().of(bodyOfA));
            j.writeNumberField("words", p.words());
            j.writeNumberField("verbatim", Math.round(p.verbatim() * 1000) / 1000.0);
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeNumberField("score", Math.round(r.score() * 1000) / 1000.0);
        j.writeStringField("direction", r.direction().name().toLowerCase(java.util.Locale.ROOT));
    }

    public static void quote(JsonGenerator j, Article a, org.dossier.model.Quote q) throws IOException {
        String body = a.body();
        j.writeStringField("id", q.id(a.id()));
        j.writeStringField("article", a.id());
        j.writeStringField("kind", q.kind().label());
        j.writeStringField("text", q.text(body));
        j.writeNumberField("start", q.content().start());
        j.writeNumberField("end", q.content().end());
        optional(j, "cue", q.cue().map(c -> c.of(body)));
        if (q.speaker().isPresent()) {
            org.dossier.model.Speaker s = q.speaker().get();
            j.writeObjectFieldStart("speaker");
            optional(j, "entity", s.entity());
            j.writeStringField("name", s.name());
            j.writeNumberField("start", s.mention().start());
            j.writeNumberField("end", s.mention().end());
            j.writeEndObject();
        } else {
            j.writeNullField("speaker");
        }
    }

    /** A claim; {@code bodies} maps article ids to bodies for the conflicts' and sources' text. */
    public static void claim(JsonGenerator j, Claim c, Map<String, String> bodies) throws IOException {
        j.writeStringField("story", c.story());
        j.writeStringField("text", c.text());
        j.writeArrayFieldStart("sources");
        for (int i = 0; i < c.sources().size(); i++) {
            SourceSpan s = c.sources().get(i);
            j.writeStartObject();
            sourceSpan(j, s);
            spanText(j, s, bodies);
            if (!c.strengths().isEmpty()) {
                // how strongly this source asserts what the claim's text does (the first is the text itself)
                j.writeNumberField("strength", Math.round(c.strengths().get(i) * 1000) / 1000.0);
            }
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeNumberField("corroboration", c.corroboration());
        j.writeBooleanField("single_source", c.singleSource());
        j.writeBooleanField("disputed", c.disputed());
        j.writeArrayFieldStart("conflicts");
        for (Conflict x : c.conflicts()) {
            j.writeStartObject();
            sourceSpan(j, x.source());
            j.writeStringField("text", x.text());
            j.writeStringField("why", x.why());
            if (x.against().isPresent()) {
                j.writeObjectFieldStart("against");
                sourceSpan(j, x.against().get().source());
                j.writeStringField("text", x.against().get().text());
                j.writeEndObject();
            }
            j.writeEndObject();
        }
        j.writeEndArray();
        // statements of other sources on the same thing that do not assert it: listed, never counted
        j.writeArrayFieldStart("related");
        for (SourceSpan s : c.related()) {
            j.writeStartObject();
            sourceSpan(j, s);
            spanText(j, s, bodies);
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    private static void spanText(JsonGenerator j, SourceSpan s, Map<String, String> bodies) throws IOException {
        String body = bodies.get(s.article());
        if (body != null && s.span().end() <= body.length()) {
            j.writeStringField("text", s.span().of(body));
        }
    }

    /** One outlet's framing of a story: its loaded terms with their uses, and the voices it quotes. */
    public static void framing(JsonGenerator j, Framing f) throws IOException {
        j.writeStringField("story", f.story());
        j.writeStringField("outlet", f.outlet());
        strings(j, "articles", f.articles());
        j.writeArrayFieldStart("terms");
        for (Framing.Term t : f.terms()) {
            j.writeStartObject();
            j.writeStringField("term", t.term());
            j.writeStringField("category", t.category());
            j.writeNumberField("count", t.uses().size());
            j.writeArrayFieldStart("uses");
            for (SourceSpan s : t.uses()) {
                j.writeStartObject();
                sourceSpan(j, s);
                j.writeEndObject();
            }
            j.writeEndArray();
            j.writeEndObject();
        }
        j.writeEndArray();
        j.writeArrayFieldStart("voices");
        for (Framing.Voice v : f.voices()) {
            j.writeStartObject();
            j.writeStringField("name", v.name());
            if (v.entity().isPresent()) {
                j.writeStringField("entity", v.entity().get());
            } else {
                j.writeNullField("entity");
            }
            j.writeNumberField("quotes", v.quotes());
            j.writeNumberField("direct", v.direct());
            j.writeNumberField("indirect", v.indirect());
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    public static void timeline(JsonGenerator j, TimelineEntry t) throws IOException {
        j.writeStringField("story", t.story());
        j.writeStringField("date", t.date().iso());
        j.writeStringField("text", t.text());
        strings(j, "sources", t.articles());
        j.writeArrayFieldStart("spans");
        for (SourceSpan s : t.sources()) {
            j.writeStartObject();
            sourceSpan(j, s);
            j.writeEndObject();
        }
        j.writeEndArray();
    }

    private static void sourceSpan(JsonGenerator j, SourceSpan s) throws IOException {
        j.writeStringField("article", s.article());
        j.writeNumberField("start", s.span().start());
        j.writeNumberField("end", s.span().end());
    }
}
