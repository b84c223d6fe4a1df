package org.dossier.store;

import java.util.List;
import java.util.Objects;
import org.dossier.model.Claim;
import org.dossier.model.Entity;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.model.TimelineEntry;

/**
 * A story with everything the store holds about it: what a story page or a one-story dossier shows.
 *
 * @param story    the story
 * @param articles its articles in the story's order, with their quotes (speakers linked)
 * @param entities the entities named in its articles, mentions restricted to those articles
 * @param claims   its claims
 * @param timeline its dated events
 * @param reuses   reuse between its articles
 */
public record StoryDossier(Story story, List<StoredArticle> articles, List<Entity> entities, List<Claim> claims,
                           List<TimelineEntry> timeline, List<Reuse> reuses) {

    public StoryDossier {
        Objects.requireNonNull(story, "story");
        articles = List.copyOf(articles);
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
        timeline = List.copyOf(timeline);
        reuses = List.copyOf(reuses);
    }
}
