package org.dossier.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Quote;
import org.dossier.model.SourceSpan;
import org.dossier.model.Story;
import org.dossier.model.StoryBriefing;
import org.dossier.output.AtomicFiles;
import org.dossier.output.BriefingWriter;
import org.dossier.output.ContractJson;
import org.dossier.output.IndexHtmlWriter;
import org.dossier.output.JsonLines;
import org.dossier.store.Correction;
import org.dossier.store.Page;
import org.dossier.store.SearchQuery;
import org.dossier.store.Store;
import org.dossier.store.StoredArticle;
import org.dossier.store.review.Reviewed;
import org.dossier.store.review.ReviewedStory;
import org.dossier.story.briefing.BriefingComposer;

/**
 * Writes a store's current dossier, one story or all, with the review applied (speakers corrected,
 * entities merged and split, hidden articles out and moved ones in, verdicts given) and the fixed
 * citation numbers: {@code json} (one document: each story with its numbered articles, claims with
 * ids and verdicts, quotes, entities, timeline, and the corrections in effect), {@code md} and
 * {@code html} (the briefing, as {@code briefing.md} and {@code index.html} are written, claims
 * marked unsupported by a reviewer left out, with a review section), {@code csv} (one row per
 * claim).
 */
public final class DossierExport {
    /** The formats, by their names on the command line and in the API. */
    public enum Format {
        JSON("application/json"), MD("text/markdown; charset=utf-8"), CSV("text/csv; charset=utf-8"),
        HTML("text/html; charset=utf-8");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format named {@code name} (json, md, csv, html). */
        public static Optional<Format> of(String name) {
            for (Format f : values()) {
                if (f.extension().equals(name)) {
                    return Optional.of(f);
                }
            }
            return Optional.empty();
        }
    }

    private final Store store;
    private final Reviewed reviewed;

    public DossierExport(Store store) {
        this.store = store;
        this.reviewed = Reviewed.of(store);
    }

    /** The reviewed stories to export: the one named, or every story, the most recently seen first. */
    public List<ReviewedStory> stories(Optional<String> story) {
        if (story.isPresent()) {
            return reviewed.story(story.get()).map(List::of).orElse(List.of());
        }
        List<ReviewedStory> out = new ArrayList<>();
        int limit = 500;
        for (int offset = 0; offset + limit <= SearchQuery.MAX_WINDOW; offset += limit) {
            Page<Story> page = store.stories(offset, limit);
            page.items().forEach(s -> reviewed.story(s.id()).ifPresent(out::add));
            if (offset + limit >= page.total()) {
                break;
            }
        }
        return out;
    }

    /** Writes {@code stories} to {@code file} in {@code format}, whole or not at all. */
    public void write(List<ReviewedStory> stories, Format format, Path file) throws IOException {
        switch (format) {
            case JSON -> AtomicFiles.writeString(file, json(stories));
            case CSV -> AtomicFiles.writeString(file, csv(stories));
            case MD -> {
                new BriefingWriter().write(file, briefings(stories), List.of(), 0);
                AtomicFiles.writeString(file, Files.readString(file, StandardCharsets.UTF_8) + reviewMarkdown(stories));
            }
            case HTML -> new IndexHtmlWriter().write(file, briefings(stories), List.of(), 0);
        }
    }

    /** The stories' briefings, composed from the reviewed records, with the fixed citation numbers. */
    static List<StoryBriefing> briefings(List<ReviewedStory> stories) {
        BriefingComposer composer = new BriefingComposer();
        List<StoryBriefing> out = new ArrayList<>();
        for (ReviewedStory r : stories) {
            var d = r.dossier();
            List<AnalysedArticle> members = d.articles().stream().map(StoredArticle::analysed).toList();
            Map<String, List<Quote>> quotes = new HashMap<>();
            members.forEach(a -> quotes.put(a.article().id(), a.quotes()));
            Map<String, Entity> entities = new HashMap<>();
            d.entities().forEach(e -> entities.put(e.id(), e));
            List<Claim> claims = d.claims().stream()
                    .filter(c -> r.verdict(c).map(v -> !v.value().equals("unsupported")).orElse(true)).toList();
            StoryBriefing b = composer.compose(d.story(), members, quotes, entities, claims, d.timeline(), d.reuses());
            Map<String, Integer> numbers = new HashMap<>();
            b.sources().forEach(a -> numbers.put(a.id(), r.number(a.id())));
            out.add(new StoryBriefing(b.story(), b.summary(), b.timeline(), b.voices(), b.provenance(), b.claims(),
                    b.sources(), numbers));
        }
        return out;
    }

    private static String reviewMarkdown(List<ReviewedStory> stories) {
        StringBuilder md = new StringBuilder();
        for (ReviewedStory r : stories) {
            if (r.corrections().isEmpty()) {
                continue;
            }
            if (md.isEmpty()) {
                md.append("\n## Review\n\n");
            }
            md.append("Story `").append(r.dossier().story().id()).append("`:\n\n");
            for (Correction c : r.corrections()) {
                md.append("- ").append(c.at()).append(" · ").append(BriefingWriter.escape(c.by())).append(": ")
                        .append(c.kind().label()).append(" `").append(c.target()).append("`")
                        .append(c.value().isEmpty() ? "" : " → " + BriefingWriter.escape(c.value()))
                        .append(c.note().isEmpty() ? "" : " (" + BriefingWriter.escape(c.note()) + ")").append('\n');
            }
            md.append('\n');
        }
        return md.toString();
    }

    static String json(List<ReviewedStory> stories) {
        return JsonLines.render(j -> {
            j.writeArrayFieldStart("stories");
            for (ReviewedStory r : stories) {
                var d = r.dossier();
                Map<String, String> bodies = new HashMap<>();
                d.articles().forEach(a -> bodies.put(a.id(), a.analysed().body()));
                j.writeStartObject();
                ContractJson.story(j, d.story());
                j.writeArrayFieldStart("sources");
                for (StoredArticle a : d.articles()) {
                    j.writeStartObject();
                    j.writeNumberField("number", r.number(a.id()));
                    ContractJson.article(j, a.analysed().article());
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeArrayFieldStart("claims");
                for (Claim c : d.claims()) {
                    j.writeStartObject();
                    j.writeStringField("id", Reviewed.claimId(c));
                    ContractJson.claim(j, c, bodies);
                    j.writeArrayFieldStart("citations");
                    for (int n : numbers(r, c)) {
                        j.writeNumber(n);
                    }
                    j.writeEndArray();
                    Optional<Correction> v = r.verdict(c);
                    j.writeStringField("verdict", v.map(Correction::value).orElse(null));
                    j.writeStringField("verdict_note", v.map(Correction::note).orElse(null));
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeArrayFieldStart("quotes");
                for (StoredArticle a : d.articles()) {
                    for (Quote q : a.analysed().quotes()) {
                        j.writeStartObject();
                        ContractJson.quote(j, a.analysed().article(), q);
                        j.writeNumberField("number", r.number(a.id()));
                        j.writeEndObject();
                    }
                }
                j.writeEndArray();
                j.writeArrayFieldStart("entities");
                for (Entity e : d.entities()) {
                    j.writeStartObject();
                    ContractJson.entity(j, e);
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeArrayFieldStart("timeline");
                for (var t : d.timeline()) {
                    j.writeStartObject();
                    ContractJson.timeline(j, t);
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeArrayFieldStart("corrections");
                for (Correction c : r.corrections()) {
                    j.writeStartObject();
                    for (var e : c.fields().entrySet()) {
                        j.writeStringField(e.getKey(), e.getValue());
                    }
                    j.writeEndObject();
                }
                j.writeEndArray();
                j.writeEndObject();
            }
            j.writeEndArray();
        }) + "\n";
    }

    /** A claim's citation numbers, sorted, each once. */
    static List<Integer> numbers(ReviewedStory r, Claim c) {
        return c.sources().stream().map(SourceSpan::article).map(r::number).filter(n -> n > 0).distinct().sorted().toList();
    }

    static String csv(List<ReviewedStory> stories) {
        StringBuilder out = new StringBuilder("story,story_title,claim,text,corroboration,citations,outlets,conflicts,verdict,verdict_note,verdict_by\r\n");
        for (ReviewedStory r : stories) {
            var d = r.dossier();
            Map<String, String> outlets = new HashMap<>();
            d.articles().forEach(a -> outlets.put(a.id(), a.analysed().article().metadata().outlet().orElse("")));
            for (Claim c : d.claims()) {
                Optional<Correction> v = r.verdict(c);
                List<String> row = List.of(d.story().id(), d.story().title(), Reviewed.claimId(c), c.text(),
                        Integer.toString(c.corroboration()),
                        String.join(" ", numbers(r, c).stream().map(n -> "[" + n + "]").toList()),
                        String.join("; ", c.sources().stream().map(s -> outlets.getOrDefault(s.article(), ""))
                                .filter(o -> !o.isEmpty()).distinct().toList()),
                        Integer.toString(c.conflicts().size()), v.map(Correction::value).orElse(""),
                        v.map(Correction::note).orElse(""), v.map(Correction::by).orElse(""));
                out.append(String.join(",", row.stream().map(DossierExport::cell).toList())).append("\r\n");
            }
        }
        return out.toString();
    }

    /**
     * One CSV cell (RFC 4180 quoting). A cell a spreadsheet would run as a formula (=, +, -, @ first)
     * gets a leading apostrophe, so article text opened in a spreadsheet stays text.
     */
    static String cell(String s) {
        String v = !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
