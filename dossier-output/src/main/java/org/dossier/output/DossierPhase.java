package org.dossier.output;

import java.util.List;

/** The phases of a dossier run, in order, with the files each one writes. */
public enum DossierPhase {
    /** Per article, streamed as the batch goes: extraction, analysis, rejections, duplicates. */
    ARTICLES(false, List.of("articles.jsonl", "rejected.jsonl", "duplicates.jsonl", "dates.jsonl")),
    /** Over all articles' digests: entities, linked quotes, stories. */
    PLAN(true, List.of("entities.jsonl", "quotes.jsonl", "stories.jsonl")),
    /** Per candidate pair: the passages two articles share. */
    REUSE(true, List.of("reuse.jsonl")),
    /** Per story: claims, timeline and framing. */
    STORY_VIEWS(true, List.of("claims.jsonl", "timeline.jsonl", "framing.jsonl")),
    /** The people's view of it all. */
    BRIEFING(false, List.of("briefing.md", "index.html"));

    private final boolean crossArticle;
    private final List<String> files;

    DossierPhase(boolean crossArticle, List<String> files) {
        this.crossArticle = crossArticle;
        this.files = files;
    }

    /** Whether the phase works across articles, after the batch. */
    public boolean crossArticle() {
        return crossArticle;
    }

    /** Every JSON-lines file of a dossier, by name, phase by phase: the tables of the dossier. */
    public static List<String> jsonLines() {
        return java.util.Arrays.stream(values()).flatMap(p -> p.files.stream()).filter(f -> f.endsWith(".jsonl")).toList();
    }

    /** The files the phase writes, by name in the dossier directory. */
    public List<String> files() {
        return files;
    }
}
