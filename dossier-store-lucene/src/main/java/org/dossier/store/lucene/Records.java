package org.dossier.store.lucene;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.ArticleMetadata;
import org.dossier.model.Claim;
import org.dossier.model.DateMention;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Quote;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;

/** What the index keeps in its stored fields, as JSON through {@code RecordJson}. */
final class Records {
    private Records() {
    }

    /**
     * An article doc's record: everything needed to rebuild its doc without the batch it came in.
     *
     * @param analysed the analysis, tokens and sentences dropped, quotes with linked speakers
     * @param anchored the dossier-settled dates of an undated article
     * @param entities per entity type name, the ids of the entities named in the body
     * @param story    the article's story
     */
    record ArticleRecord(AnalysedArticle analysed, List<DateMention> anchored, Map<String, List<String>> entities,
                         Optional<String> story) {
        ArticleRecord {
            Objects.requireNonNull(analysed, "analysed");
            anchored = List.copyOf(anchored);
            entities = Map.copyOf(entities);
            Objects.requireNonNull(story, "story");
        }

        ArticleRecord withStory(Optional<String> s) {
            return new ArticleRecord(analysed, anchored, entities, s);
        }
    }

    /** A quote doc's record: the quote and what a hit shows without fetching its article. */
    record QuoteRecord(String article, Quote quote, String text, ArticleMetadata metadata, Optional<String> story) {
    }

    /**
     * An entity doc's record: the entity without its mentions, which live in one mention doc per
     * entity and article, so adding an article never rewrites a record that grows with the store.
     */
    record EntityRecord(String id, EntityType type, String name, List<String> variants, List<String> roles) {
        EntityRecord {
            variants = List.copyOf(variants);
            roles = List.copyOf(roles);
        }

        static EntityRecord of(Entity e) {
            return new EntityRecord(e.id(), e.type(), e.name(), e.variants(), e.roles());
        }

        Entity with(List<EntityMention> mentions) {
            return new Entity(id, type, name, variants, roles, mentions);
        }
    }

    /** A mention doc's record: an entity's mentions in one article. */
    record MentionRecord(String entity, String article, List<EntityMention> mentions) {
        MentionRecord {
            mentions = List.copyOf(mentions);
        }
    }

    /** A story doc's record: the story and its cross-source view. */
    record StoryRecord(Story story, List<Claim> claims, List<TimelineEntry> timeline) {
        StoryRecord {
            claims = List.copyOf(claims);
            timeline = List.copyOf(timeline);
        }
    }

    /** A commit doc's record ({@code CommitInfo} with the time as epoch milliseconds). */
    record CommitRecord(long sequence, long millis, String label, int articles, int newArticles, int stories) {
    }

    /**
     * A review doc's record: a correction's fields ({@code Correction#fields}) and the commit that
     * wrote it, which orders the log.
     */
    record ReviewRecord(long sequence, Map<String, String> fields) {
        ReviewRecord {
            fields = Map.copyOf(fields);
        }
    }
}
