package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SequencedSet;
import org.dossier.model.EntityType;
import org.dossier.resolve.EntityResolver.Group;
import org.dossier.resolve.EntityResolver.Rec;

/** The person half of {@link EntityResolver}: local linking inside articles, then blocking by surname skeleton across them. */
final class PersonResolver {

    /** A person within one article or, after merging, across the dossier. */
    private static final class Cluster {
        final List<Rec> recs = new ArrayList<>();
        // a set: a person named in hundreds of articles is one name many times, and accepts() looks at each
        final SequencedSet<PersonName> fullNames = new LinkedHashSet<>();
        PersonName shortName;
        Cluster mergedInto;
        char gender = '?';

        void add(Rec r, PersonName n) {
            recs.add(r);
            if (gender == '?') {
                gender = n.gender();
            }
        }

        boolean genderFits(char g) {
            return g == '?' || gender == '?' || g == gender;
        }

        Cluster root() {
            Cluster c = this;
            while (c.mergedInto != null) {
                c = c.mergedInto;
            }
            return c;
        }

        PersonName name() {
            return fullNames.isEmpty() ? shortName : fullNames.getFirst();
        }

        boolean full() {
            return !fullNames.isEmpty();
        }

        boolean accepts(PersonName n) {
            if (!genderFits(n.gender())) {
                return false;
            }
            for (PersonName f : fullNames) {
                if (f.sameSurname(n) && f.givenCompatible(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * @param people    person mentions
     * @param otherKeys how often each folded name is typed as an organisation or place in the dossier
     */
    List<Group> resolve(List<Rec> people, Map<String, Map<EntityType, Integer>> otherKeys) {
        Map<String, List<Rec>> byArticle = new LinkedHashMap<>();
        for (Rec r : people) {
            byArticle.computeIfAbsent(r.article, k -> new ArrayList<>()).add(r);
        }
        List<Cluster> all = new ArrayList<>();
        for (List<Rec> inArticle : byArticle.values()) {
            all.addAll(linkInArticle(inArticle));
        }
        Map<String, List<Cluster>> blocks = new LinkedHashMap<>();
        for (Cluster c : all) {
            blocks.computeIfAbsent(NameFolding.skeleton(c.name().surname()), k -> new ArrayList<>()).add(c);
        }
        for (List<Cluster> block : blocks.values()) {
            mergeFull(block);
            attachShort(block);
        }
        List<Group> groups = new ArrayList<>();
        Map<Cluster, Group> byRoot = new LinkedHashMap<>();
        for (Cluster c : all) {
            Cluster root = c.root();
            if (!root.full() && mistyped(root, all, otherKeys)) {
                continue;
            }
            byRoot.computeIfAbsent(root, k -> new Group()).recs.addAll(c.recs);
        }
        groups.addAll(byRoot.values());
        return groups;
    }

    private static List<Cluster> linkInArticle(List<Rec> recs) {
        List<Cluster> clusters = new ArrayList<>();
        Map<Rec, PersonName> names = new HashMap<>();
        for (Rec r : recs) {
            names.put(r, PersonName.parse(r.text));
        }
        for (Rec r : recs) {
            PersonName n = names.get(r);
            if (!n.full()) {
                continue;
            }
            Cluster home = clusters.stream().filter(c -> c.accepts(n)).findFirst().orElse(null);
            if (home == null) {
                home = new Cluster();
                clusters.add(home);
            }
            home.add(r, n);
            home.fullNames.add(n);
        }
        List<Cluster> orphans = new ArrayList<>();
        for (Rec r : recs) {
            PersonName n = names.get(r);
            if (n.full()) {
                continue;
            }
            // a title no one here carries ("President Obama" in an article on Michelle Obama) is left
            // to the dossier, where someone may carry it
            Cluster best = titled(clusters, n);
            if (best == null && n.rankTitles().isEmpty()) {
                best = nearest(clusters, r, n);
            }
            if (best == null) {
                best = orphans.stream().filter(o -> o.shortName.sameSurname(n) && o.shortName.givenCompatible(n))
                        .findFirst().orElse(null);
            }
            if (best == null) {
                best = new Cluster();
                best.shortName = n;
                orphans.add(best);
            }
            best.add(r, n);
        }
        clusters.addAll(orphans);
        return clusters;
    }

    /** The one cluster whose roles or titles carry the mention's title ("President Clinton"), if exactly one does. */
    private static Cluster titled(List<Cluster> clusters, PersonName n) {
        if (n.rankTitles().isEmpty()) {
            return null;
        }
        List<Cluster> carry = clusters.stream().filter(c -> c.accepts(n) && carries(c.recs, n)).toList();
        return carry.size() == 1 ? carry.getFirst() : null;
    }

    private static boolean carries(List<Rec> recs, PersonName n) {
        for (String title : n.rankTitles()) {
            String t = title.toLowerCase(Locale.ROOT);
            for (Rec r : recs) {
                if (PersonName.parse(r.text).titles().contains(title)) {
                    return true;
                }
                for (String role : r.roles) {
                    if ((" " + role.toLowerCase(Locale.ROOT) + " ").contains(" " + t + " ")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The cluster whose full name comes last before {@code r}, else first after it. */
    private static Cluster nearest(List<Cluster> clusters, Rec r, PersonName n) {
        Cluster before = null;
        int beforeAt = Integer.MIN_VALUE;
        Cluster after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Cluster c : clusters) {
            if (!c.accepts(n)) {
                continue;
            }
            for (Rec m : c.recs) {
                int at = m.position();
                if (at < r.position() && at > beforeAt) {
                    before = c;
                    beforeAt = at;
                } else if (at > r.position() && at < afterAt) {
                    after = c;
                    afterAt = at;
                }
            }
        }
        return before != null ? before : after;
    }

    private static void mergeFull(List<Cluster> block) {
        for (int i = 0; i < block.size(); i++) {
            Cluster a = block.get(i);
            if (!a.full()) {
                continue;
            }
            for (int j = i + 1; j < block.size(); j++) {
                Cluster b = block.get(j);
                if (b.full() && a.root() != b.root() && a.root().accepts(b.name())) {
                    Cluster rootB = b.root();
                    Cluster rootA = a.root();
                    rootB.mergedInto = rootA;
                    rootA.fullNames.addAll(rootB.fullNames);
                }
            }
        }
    }

    /**
     * Lone surnames join the one person of the block they fit; among several, the one whose roles or
     * titles carry their title, else one mentioned at least three times as often as any other.
     */
    private static void attachShort(List<Cluster> block) {
        List<Cluster> people = block.stream().filter(Cluster::full).map(Cluster::root).distinct().toList();
        Cluster firstShort = null;
        for (Cluster c : block) {
            if (c.full()) {
                continue;
            }
            List<Cluster> fits = people.stream().filter(p -> fitsAll(block, p, c)).toList();
            Cluster target = null;
            if (fits.size() == 1) {
                target = fits.getFirst();
            } else if (fits.size() > 1) {
                target = byTitle(block, fits, c);
                if (target == null) {
                    target = dominant(block, fits);
                }
            } else if (firstShort != null && firstShort.shortName.sameSurname(c.shortName)
                    && firstShort.shortName.givenCompatible(c.shortName) && firstShort.genderFits(c.gender)) {
                target = firstShort;
            }
            if (target != null) {
                c.mergedInto = target;
            } else if (firstShort == null && fits.isEmpty()) {
                firstShort = c;
            }
        }
    }

    private static boolean fitsAll(List<Cluster> block, Cluster person, Cluster orphan) {
        if (!person.accepts(orphan.shortName) || !person.genderFits(orphan.gender)) {
            return false;
        }
        for (Cluster c : block) {
            if (c.root() == person && !c.genderFits(orphan.gender)) {
                return false;
            }
        }
        return true;
    }

    private static Cluster byTitle(List<Cluster> block, List<Cluster> fits, Cluster orphan) {
        List<Cluster> carry = new ArrayList<>();
        for (Cluster p : fits) {
            List<Rec> recs = recsOf(block, p);
            if (orphan.recs.stream().anyMatch(r -> carries(recs, PersonName.parse(r.text)))) {
                carry.add(p);
            }
        }
        return carry.size() == 1 ? carry.getFirst() : null;
    }

    private static Cluster dominant(List<Cluster> block, List<Cluster> fits) {
        List<Cluster> sorted = new ArrayList<>(fits);
        sorted.sort((a, b) -> Integer.compare(recsOf(block, b).size(), recsOf(block, a).size()));
        return recsOf(block, sorted.get(0)).size() >= 3 * recsOf(block, sorted.get(1)).size() ? sorted.getFirst() : null;
    }

    private static List<Rec> recsOf(List<Cluster> block, Cluster root) {
        List<Rec> recs = new ArrayList<>();
        for (Cluster c : block) {
            if (c.root() == root) {
                recs.addAll(c.recs);
            }
        }
        return recs;
    }

    /** A lone word that the dossier types as an organisation or place at least as often is not a person. */
    private static boolean mistyped(Cluster root, List<Cluster> all, Map<String, Map<EntityType, Integer>> otherKeys) {
        Map<EntityType, Integer> types = otherKeys.getOrDefault(NameFolding.fold(root.shortName.bare()), Map.of());
        int others = types.values().stream().mapToInt(Integer::intValue).sum();
        if (others == 0 || !root.shortName.given().isEmpty() || !root.shortName.titles().isEmpty()) {
            return false;
        }
        int mine = 0;
        for (Cluster c : all) {
            if (c.root() == root) {
                mine += c.recs.size();
            }
        }
        if (others < mine) {
            return false;
        }
        for (Cluster c : all) {
            if (c.root() == root) {
                for (Rec r : c.recs) {
                    r.type = types.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                }
            }
        }
        return true;
    }
}
