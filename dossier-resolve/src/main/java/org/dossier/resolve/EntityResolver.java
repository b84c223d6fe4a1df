package org.dossier.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.EntityMention;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Span;

/**
 * Resolves the mentions of a dossier's analysed articles into entities.
 *
 * <p>People: inside one article, a surname alone ("Elvstrand"), with an initial ("J. Roe") or with a
 * title ("President Aliyev") joins the nearest full name before it with that surname (after it, if
 * none comes before), so two people sharing a surname in one article stay apart. Across articles,
 * full names join when their surnames are spellings of one name and their given names agree
 * (Arkadiy/Arkady); a surname that no full name in its article explains joins the dossier's one
 * person with that surname, or the one whose roles carry its title, and otherwise stays alone.
 * Byline credits count as full names in their article; the outlet is an organisation of its article.
 *
 * <p>Organisations and places: one entity per folded name, with country and city aliases
 * (Türkiye/Turkey), a hyphenated prefix that is no name of its own (Nizhny-Novgorod → Novgorod),
 * and acronyms that spell a longer name of the same dossier (CSTO). Types are voted over mentions.
 *
 * <p>Everything is compared within blocks (a surname's skeleton, a folded name), so the work grows
 * with the size of the blocks, not with the square of the mentions. Not thread-safe: feed it from one
 * thread, then call {@link #resolve()} once.
 */
public final class EntityResolver {
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0\u2007\u202f]+");
    private static final Pattern ACRONYM = Pattern.compile("(?:\\p{Lu}\\.?){2,6}");
    private static final Pattern BYLINE = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3}");
    private static final Set<String> COMPASS = Set.of("north", "south", "east", "west", "upper", "lower", "new", "old",
            "greater", "central", "northern", "southern", "eastern", "western", "inner", "outer", "great", "little");
    private static final Set<String> ACRONYM_SKIP = Set.of("of", "and", "the", "for", "on", "in", "de", "du", "la", "le", "&");
    private final List<Rec> recs = new ArrayList<>();
    private final Map<String, Integer> articles = new LinkedHashMap<>();

    /**
     * What resolution needs of one article, without its text: its byline credits, its outlet, and its
     * mentions other than {@code MISC} with the text of each one's roles.
     *
     * @param article  the article's id
     * @param authors  its byline credits
     * @param outlet   its outlet's name
     * @param mentions its mentions to resolve, in order
     * @param roles    per mention, the text of its roles, one line each
     */
    public record Input(String article, List<String> authors, Optional<String> outlet, List<Mention> mentions,
                        List<List<String>> roles) {
        public Input {
            java.util.Objects.requireNonNull(article, "article");
            authors = List.copyOf(authors);
            java.util.Objects.requireNonNull(outlet, "outlet");
            mentions = List.copyOf(mentions);
            roles = roles.stream().map(List::copyOf).toList();
            if (roles.size() != mentions.size()) {
                throw new IllegalArgumentException(article + ": " + mentions.size() + " mentions but " + roles.size() + " role lists");
            }
        }

        /** The input of an analysed article: a pure function of it. */
        public static Input of(AnalysedArticle analysed) {
            String body = analysed.body();
            List<Mention> mentions = analysed.mentions().stream().filter(m -> m.type() != EntityType.MISC).toList();
            return new Input(analysed.article().id(), analysed.article().metadata().authors(),
                    analysed.article().metadata().outlet(), mentions,
                    mentions.stream().map(m -> m.roles().stream().map(r -> oneLine(r.of(body))).toList()).toList());
        }
    }

    /** Adds one article's mentions and byline credits. */
    public void add(AnalysedArticle analysed) {
        add(Input.of(analysed));
    }

    /** Adds one article's mentions and byline credits, as {@link Input#of} gives them. */
    public void add(Input input) {
        String id = input.article();
        int order = articles.computeIfAbsent(id, k -> articles.size());
        for (String author : input.authors()) {
            if (BYLINE.matcher(author).matches()) {
                recs.add(new Rec(id, order, Optional.empty(), author, EntityType.PERSON, List.of()).from("authors"));
            }
        }
        input.outlet().ifPresent(outlet -> recs.add(
                new Rec(id, order, Optional.empty(), outlet, EntityType.ORGANIZATION, List.of()).from("outlet")));
        for (int i = 0; i < input.mentions().size(); i++) {
            Mention m = input.mentions().get(i);
            recs.add(new Rec(id, order, Optional.of(m.span()), m.text(), m.type(), input.roles().get(i)));
        }
    }

    /** The entities, in order of first mention. */
    public List<org.dossier.model.Entity> resolve() {
        for (Rec r : recs) {
            if (r.type == EntityType.PERSON && PlaceAliases.canonical(NameFolding.fold(r.text)).isPresent()) {
                r.type = EntityType.PLACE;
            }
        }
        surnamesArePeople();
        List<Group> groups = new ArrayList<>(new PersonResolver().resolve(personRecs(), otherKeys()));
        groups.addAll(resolveNames(recs.stream().filter(r -> r.type != EntityType.PERSON).toList()));
        return new EntityBuilder().build(groups);
    }

    /**
     * A lone word typed as a place or organisation that is the surname of the dossier's people, who
     * are named by it at least twice as often, is a person ("Trump" tagged as a place).
     */
    private void surnamesArePeople() {
        Set<String> fullSurnames = new HashSet<>();
        for (Rec r : recs) {
            PersonName n = PersonName.parse(r.text);
            if (r.type == EntityType.PERSON && n.full()) {
                fullSurnames.add(NameFolding.fold(n.surname()));
            }
        }
        Map<String, Integer> asPerson = new HashMap<>();
        Map<String, Integer> asOther = new HashMap<>();
        for (Rec r : recs) {
            if (r.type == EntityType.PERSON) {
                String surname = NameFolding.fold(PersonName.parse(r.text).surname());
                if (fullSurnames.contains(surname)) {
                    asPerson.merge(surname, 1, Integer::sum);
                }
            } else if (r.text.indexOf(' ') < 0) {
                asOther.merge(NameFolding.fold(r.text), 1, Integer::sum);
            }
        }
        for (Rec r : recs) {
            String key = NameFolding.fold(r.text);
            if (r.type != EntityType.PERSON && r.text.indexOf(' ') < 0 && PlaceAliases.canonical(key).isEmpty()
                    && asPerson.getOrDefault(key, 0) >= 2 * asOther.getOrDefault(key, 1)) {
                r.type = EntityType.PERSON;
            }
        }
        namesArePlacesOrOrganisations();
    }

    /**
     * A name of several words that the tagger calls a person in some mentions and a place or an
     * organisation in as many others ("Greyling Shoal", "Corvane Maritime") takes the other type.
     */
    private void namesArePlacesOrOrganisations() {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        for (Rec r : recs) {
            if (r.text.indexOf(' ') > 0) {
                votes.computeIfAbsent(NameFolding.fold(r.text), k -> new java.util.EnumMap<>(EntityType.class))
                        .merge(r.type, 1, Integer::sum);
            }
        }
        for (Rec r : recs) {
            Map<EntityType, Integer> v = votes.get(NameFolding.fold(r.text));
            if (r.type != EntityType.PERSON || v == null) {
                continue;
            }
            int org = v.getOrDefault(EntityType.ORGANIZATION, 0);
            int place = v.getOrDefault(EntityType.PLACE, 0);
            if (org + place >= v.getOrDefault(EntityType.PERSON, 0)) {
                r.type = place > org ? EntityType.PLACE : EntityType.ORGANIZATION;
            }
        }
    }

    private List<Rec> personRecs() {
        return recs.stream().filter(r -> r.type == EntityType.PERSON).toList();
    }

    /** How often each folded name is typed as an organisation or place, for people the tagger mistyped. */
    private Map<String, Map<EntityType, Integer>> otherKeys() {
        Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
        for (Rec r : recs) {
            if (r.type != EntityType.PERSON) {
                counts.computeIfAbsent(NameFolding.fold(r.text), k -> new java.util.EnumMap<>(EntityType.class))
                        .merge(r.type, 1, Integer::sum);
            }
        }
        return counts;
    }

    private List<Group> resolveNames(List<Rec> named) {
        Set<String> keys = new HashSet<>();
        for (Rec r : named) {
            keys.add(NameFolding.fold(r.text));
        }
        Map<String, String> byInitials = initialsIndex(named);
        Map<String, Group> byKey = new LinkedHashMap<>();
        for (Rec r : named) {
            String key = key(r, keys, byInitials);
            Group g = byKey.computeIfAbsent(key, k -> new Group());
            g.recs.add(r);
            if (PlaceAliases.canonical(key).isPresent()) {
                g.forced = EntityType.PLACE;
            }
        }
        return new ArrayList<>(byKey.values());
    }

    private static String key(Rec r, Set<String> keys, Map<String, String> byInitials) {
        String folded = NameFolding.fold(r.text);
        Optional<String> alias = PlaceAliases.canonical(folded);
        if (alias.isPresent()) {
            return alias.get();
        }
        int dash = folded.indexOf('-');
        if (dash > 0 && folded.indexOf(' ') < 0) {
            String prefix = folded.substring(0, dash);
            String rest = folded.substring(dash + 1);
            if (keys.contains(rest) && !keys.contains(prefix) && !COMPASS.contains(prefix)) {
                return PlaceAliases.canonical(rest).orElse(rest);
            }
        }
        if (ACRONYM.matcher(r.text).matches()) {
            String spelled = byInitials.get(r.text.replace(".", ""));
            if (spelled != null) {
                return spelled;
            }
        }
        return folded;
    }

    /** Multi-word names by the capitals of their words ("Collective Security Treaty Organization" → CSTO), when unambiguous. */
    private static Map<String, String> initialsIndex(List<Rec> named) {
        Map<String, Set<String>> candidates = new HashMap<>();
        for (Rec r : named) {
            String[] words = r.text.split("[\\s-]+");
            if (words.length < 2) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (String w : words) {
                if (!ACRONYM_SKIP.contains(w.toLowerCase(java.util.Locale.ROOT)) && !w.isEmpty()) {
                    sb.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            candidates.computeIfAbsent(sb.toString(), k -> new HashSet<>()).add(NameFolding.fold(r.text));
        }
        Map<String, String> unique = new HashMap<>();
        candidates.forEach((initials, names) -> {
            if (names.size() == 1) {
                unique.put(initials, names.iterator().next());
            }
        });
        return unique;
    }

    static String oneLine(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    /**
     * One mention as resolution sees it: {@code surface} exactly as in the body, {@code text} on one
     * line with single spaces; the type may be corrected by dossier-wide evidence.
     */
    static final class Rec {
        final String article;
        final int articleOrder;
        final Optional<Span> span;
        final String surface;
        final String text;
        EntityType type;
        final List<String> roles;
        String field = EntityMention.BODY;

        Rec(String article, int articleOrder, Optional<Span> span, String text, EntityType type, List<String> roles) {
            this.article = article;
            this.articleOrder = articleOrder;
            this.span = span;
            this.surface = text;
            this.text = oneLine(text);
            this.type = type;
            this.roles = roles;
        }

        Rec from(String metadataField) {
            this.field = metadataField;
            return this;
        }

        int position() {
            return span.map(Span::start).orElse(-1);
        }

        static final Comparator<Rec> ORDER = Comparator.comparingInt((Rec r) -> r.articleOrder).thenComparingInt(Rec::position);
    }

    /** Mentions found to name one entity. */
    static final class Group {
        final List<Rec> recs = new ArrayList<>();
        EntityType forced;
    }
}
