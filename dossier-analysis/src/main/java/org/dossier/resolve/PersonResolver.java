package org.dossier.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dossier.model.EntityType;
import org.dossier.resolve.EntityResolver.Group;
import org.dossier.resolve.EntityResolver.Rec;

/** The person half of {@link EntityResolver}: local linking inside articles, then blocking by surname skeleton across them. */
final class PersonResolver {

    /** A person within one article or, after merging, across the dossier. */
    private static final class Cluster {
        final List<Rec> recs = new ArrayList<>();
        final List<PersonName> fullNames = new ArrayList<>();
        PersonName shortName;
        Cluster mergedInto;

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
            blocks.computeIfAbsent(Names.skeleton(c.name().surname()), k -> new ArrayList<>()).add(c);
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
            home.recs.add(r);
            home.fullNames.add(n);
        }
        List<Cluster> orphans = new ArrayList<>();
        for (Rec r : recs) {
            PersonName n = names.get(r);
            if (n.full()) {
                continue;
            }
            Cluster best = nearest(clusters, r, n);
            if (best == null) {
                best = orphans.stream().filter(o -> o.shortName.sameSurname(n) && o.shortName.givenCompatible(n))
                        .findFirst().orElse(null);
            }
            if (best == null) {
                best = new Cluster();
                best.shortName = n;
                orphans.add(best);
            }
            best.recs.add(r);
        }
        clusters.addAll(orphans);
        return clusters;
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

    /** Lone surnames join the one person of the block they fit, or the one whose roles carry their title. */
    private static void attachShort(List<Cluster> block) {
        List<Cluster> people = block.stream().filter(Cluster::full).map(Cluster::root).distinct().toList();
        Cluster firstShort = null;
        for (Cluster c : block) {
            if (c.full()) {
                continue;
            }
            PersonName n = c.shortName;
            List<Cluster> fits = people.stream().filter(p -> p.accepts(n)).toList();
            Cluster target = null;
            if (fits.size() == 1) {
                target = fits.getFirst();
            } else if (fits.size() > 1) {
                List<Cluster> titled = fits.stream().filter(p -> rolesCarry(block, p, n)).toList();
                target = titled.size() == 1 ? titled.getFirst() : null;
            } else if (firstShort != null && firstShort.shortName.sameSurname(n) && firstShort.shortName.givenCompatible(n)) {
                target = firstShort;
            }
            if (target != null) {
                c.mergedInto = target;
            } else if (firstShort == null && fits.isEmpty()) {
                firstShort = c;
            }
        }
    }

    private static boolean rolesCarry(List<Cluster> block, Cluster person, PersonName n) {
        if (n.titles().isEmpty()) {
            return false;
        }
        String title = String.join(" ", n.titles()).toLowerCase(Locale.ROOT);
        for (Cluster c : block) {
            if (c.root() != person) {
                continue;
            }
            for (Rec r : c.recs) {
                for (String role : r.roles) {
                    if (role.toLowerCase(Locale.ROOT).contains(title)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** A lone word that the dossier types as an organisation or place at least as often is not a person. */
    private static boolean mistyped(Cluster root, List<Cluster> all, Map<String, Map<EntityType, Integer>> otherKeys) {
        Map<EntityType, Integer> types = otherKeys.getOrDefault(Names.fold(root.shortName.bare()), Map.of());
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
