package org.dossier.nlp.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.model.EntityType;
import org.dossier.model.Mention;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.nlp.token.Segmentation;

/**
 * Turns per-token tagger labels into mentions (consecutive tokens with one label) and repairs them with
 * document-level rules ({@link Rule}), each of which can be switched on or off so that an evaluation can
 * measure what it brings. The analysis runs {@link #DEFAULT}: the rules that did not lose on held-out
 * folds of CoNLL-2003's training split (docs/NER.md): web-address names and initials (which that news
 * never has), and the one convention Dossier keeps where CoNLL's annotators differ, an institution that
 * speaks or has a spokesperson is an organisation ("the Kremlin said", "Kremlin spokesman ..."). The
 * others (head nouns, propagation, titles, surnames, one type per name, headline names, given names)
 * lost on every fold and are off; they stay here so that the measure can be repeated on other data.
 * Immutable and thread-safe.
 */
public final class MentionRules {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DOMAIN = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\.(?:[A-Z][a-z]|[a-z]{2,3})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");
    private static final int MAX_FORM_TOKENS = 8;

    /** The repairs, each of which can be switched off. */
    public enum Rule {
        /** "Nizhny" "-" "Novgorod" tagged as two names around a hyphen are one. */
        JOIN_HYPHENATED,
        /** Drops names without a capital, lone pronouns and titles, and sentence-initial words the article uses in lower case. */
        PLAUSIBLE,
        /** A name ending in an organisation head noun ("... Ministry") is an organisation. */
        ORGANIZATION_HEADS,
        /** A name ending in an outlet's or company's head noun ("... Daily", "... Maritime") is an organisation. */
        OUTLET_HEADS,
        /** A name ending in a geographic head noun ("... Shoal") is a place. */
        PLACE_HEADS,
        /** A capitalised word shaped like a web address ("Example.com") is an organisation, tagged or not. */
        WEB_NAMES,
        /** A one-word place (no acronym) with a spokesperson of its own is an organisation ("Kremlin spokesman"). */
        SPOKESPERSON,
        /** Capitalised words before a head noun join it, tagged or not ("the Greyling Shoal"). */
        HEADED_NAMES,
        /** A name form found once is a mention where the tagger missed it. */
        PROPAGATE,
        /** A lone word typed as a place or organisation that is a surname of the article's people is a person. */
        SURNAMES_ARE_PEOPLE,
        /** Initials before a surname join the person mention ("K. Berg"). */
        INITIALS,
        /** A title before a lone surname joins the person mention ("President Nolan"). */
        TITLES,
        /**
         * One type per name in an article: every mention of a name (its words, case aside) takes the type most
         * of its mentions have, counting only those outside all-capital headlines when there are any.
         */
        CONSISTENT_TYPES,
        /** A name the article writes in ordinary case is also a mention in an all-capital headline ("TALKS IN VALDORIA"). */
        HEADLINE_NAMES,
        /** "The Kremlin said": a one-word place (no acronym) after "the" that is the subject of a verb of saying is an organisation. */
        METONYMY,
        /** A lone given name of exactly one person the article names in full is that person ("Ilse" after "Ilse Brandt"). */
        FIRST_NAMES
    }

    /** Every rule on. */
    public static final MentionRules ALL = new MentionRules(EnumSet.allOf(Rule.class));
    /**
     * The rules the analysis runs: those that do not lose on held-out folds of CoNLL-2003's training split
     * ({@code dossier eval ner eng.train --folds 5 --ablate}, docs/NER.md). Every other rule lost there on
     * every fold, the CRF's own reading being better than the repair.
     */
    public static final MentionRules DEFAULT = new MentionRules(EnumSet.of(Rule.WEB_NAMES, Rule.INITIALS, Rule.SPOKESPERSON, Rule.METONYMY));

    private final Set<Rule> rules;

    public MentionRules(Set<Rule> rules) {
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    /** These rules but {@code rule}. */
    public MentionRules without(Rule rule) {
        Set<Rule> fewer = EnumSet.noneOf(Rule.class);
        fewer.addAll(rules);
        fewer.remove(rule);
        return new MentionRules(fewer);
    }

    /** These rules and {@code rule}. */
    public MentionRules with(Rule rule) {
        Set<Rule> more = EnumSet.of(rule);
        more.addAll(rules);
        return new MentionRules(more);
    }

    public Set<Rule> rules() {
        return Collections.unmodifiableSet(rules);
    }

    private boolean on(Rule rule) {
        return rules.contains(rule);
    }

    /** The mentions of {@code body} under the {@link #DEFAULT} rules. */
    public static List<Mention> apply(String body, Segmentation seg, String[] labels) {
        return DEFAULT.mentions(body, seg, labels);
    }

    /** The mentions of {@code body}, whose tokens are {@code seg} and their tagger labels {@code labels}. */
    public List<Mention> mentions(String body, Segmentation seg, String[] labels) {
        Doc doc = new Doc(body, seg);
        List<Draft> drafts = group(doc, labels);
        if (on(Rule.JOIN_HYPHENATED)) {
            drafts = joinHyphenated(doc, drafts);
        }
        if (on(Rule.PLAUSIBLE)) {
            drafts.removeIf(d -> !plausible(doc, d));
        }
        for (Draft d : drafts) {
            retype(doc, d);
        }
        if (on(Rule.WEB_NAMES)) {
            addWebNames(doc, drafts);
        }
        if (on(Rule.HEADED_NAMES)) {
            addHeadedNames(doc, drafts);
        }
        if (on(Rule.PROPAGATE)) {
            drafts = propagate(doc, drafts);
        }
        if (on(Rule.SURNAMES_ARE_PEOPLE)) {
            surnamesArePeople(doc, drafts);
        }
        if (on(Rule.HEADLINE_NAMES)) {
            drafts = headlineNames(doc, drafts);
        }
        if (on(Rule.FIRST_NAMES)) {
            drafts = firstNames(doc, drafts);
        }
        if (on(Rule.CONSISTENT_TYPES)) {
            consistentTypes(doc, drafts);
        }
        if (on(Rule.METONYMY)) {
            for (Draft d : drafts) {
                // "the Kremlin said", not "Moscow said": a city or country speaking keeps its type
                if (institution(doc, d) && d.first > 0 && doc.text(d.first - 1).equalsIgnoreCase("the") && speaks(doc, d.last + 1)) {
                    d.type = EntityType.ORGANIZATION;
                }
            }
        }
        for (Draft d : drafts) {
            if (d.type == EntityType.PERSON) {
                extendLeft(doc, d, drafts);
            }
        }
        drafts.sort(Comparator.comparingInt(d -> d.first));
        List<Mention> out = new ArrayList<>(drafts.size());
        for (Draft d : drafts) {
            out.add(Mention.of(body, new Span(doc.start(d.first), doc.end(d.last)), d.type));
        }
        return out;
    }

    /** Consecutive tokens with the same label. */
    private static List<Draft> group(Doc doc, String[] labels) {
        List<Draft> drafts = new ArrayList<>();
        for (Sentence s : doc.seg.sentences()) {
            int t = s.firstToken();
            while (t < s.endToken()) {
                EntityType type = typeOf(labels[t]);
                if (type == null) {
                    t++;
                    continue;
                }
                int end = t + 1;
                while (end < s.endToken() && labels[t].equals(labels[end])) {
                    end++;
                }
                drafts.add(new Draft(t, end - 1, type));
                t = end;
            }
        }
        return drafts;
    }

    /**
     * "Nizhny-Novgorod" comes out of the tokenizer as three tokens and of the tagger as two names
     * around an untagged hyphen: joined when both sides have one type and the left side never stands
     * alone in the article (in "Armenia-Azerbaijan border" it does, and they stay two).
     */
    private static List<Draft> joinHyphenated(Doc doc, List<Draft> drafts) {
        Set<String> standalone = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            boolean beforeHyphen = d.last + 1 < doc.size() && doc.text(d.last + 1).equals("-")
                    && doc.end(d.last) == doc.start(d.last + 1);
            if (!beforeHyphen) {
                standalone.add(doc.slice(d.first, d.last));
            }
        }
        List<Draft> out = new ArrayList<>();
        for (Draft d : drafts) {
            if (!out.isEmpty()) {
                Draft prev = out.getLast();
                int hyphen = prev.last + 1;
                if (d.first == hyphen + 1 && prev.type == d.type && doc.text(hyphen).equals("-")
                        && doc.end(prev.last) == doc.start(hyphen) && doc.end(hyphen) == doc.start(d.first)
                        && !standalone.contains(doc.slice(prev.first, prev.last))) {
                    prev.last = d.last;
                    continue;
                }
            }
            out.add(d);
        }
        return out;
    }

    static EntityType typeOf(String label) {
        return switch (label) {
            case "PERSON" -> EntityType.PERSON;
            case "LOCATION" -> EntityType.PLACE;
            case "ORGANIZATION" -> EntityType.ORGANIZATION;
            case "MISC" -> EntityType.MISC;
            default -> null;
        };
    }

    private static boolean plausible(Doc doc, Draft d) {
        while (d.first < d.last && doc.sentenceInitial(d.first) && NameWords.LEADING_NON_NAMES.contains(doc.text(d.first))) {
            d.first++;
        }
        boolean capital = false;
        for (int t = d.first; t <= d.last; t++) {
            String w = doc.text(t);
            if (!w.isEmpty() && (Character.isUpperCase(w.codePointAt(0)) || Character.isDigit(w.codePointAt(0)))) {
                capital = true;
            }
        }
        if (!capital) {
            return false;
        }
        if (d.first == d.last) {
            String w = doc.text(d.first);
            if (NameWords.NEVER_NAMES.contains(w) || NameWords.TITLES.contains(w)) {
                return false;
            }
            return !(doc.sentenceInitial(d.first) && doc.lowerWords.contains(w.toLowerCase(Locale.ROOT)));
        }
        return true;
    }

    private void retype(Doc doc, Draft d) {
        String last = doc.text(d.last);
        if (d.type != EntityType.ORGANIZATION && d.last > d.first
                && (on(Rule.ORGANIZATION_HEADS) && NameWords.ORGANIZATION_HEADS.contains(last)
                || on(Rule.OUTLET_HEADS) && NameWords.OUTLET_HEADS.contains(last))) {
            d.type = EntityType.ORGANIZATION;
        }
        if (on(Rule.PLACE_HEADS) && d.type != EntityType.PLACE && d.last > d.first && NameWords.PLACE_HEADS.contains(last)) {
            d.type = EntityType.PLACE;
        }
        if (on(Rule.WEB_NAMES) && d.first == d.last && DOMAIN.matcher(last).matches()) {
            d.type = EntityType.ORGANIZATION;
        }
        // "Kremlin spokesman Dmitry Peskov": a one-word place that has a spokesperson speaks as an institution;
        // not "the Nairobi spokesman for the rebels" (the rebels' spokesman, in Nairobi)
        if (on(Rule.SPOKESPERSON) && institution(doc, d) && d.last + 1 < doc.size()
                && NameWords.SPOKESPEOPLE.contains(doc.text(d.last + 1))
                && (d.last + 2 >= doc.size() || !doc.text(d.last + 2).equals("for"))) {
            d.type = EntityType.ORGANIZATION;
        }
    }

    /** A capitalised word shaped like a web address ("Example.com") names an outlet, tagged or not. */
    private static void addWebNames(Doc doc, List<Draft> drafts) {
        boolean[] covered = new boolean[doc.size()];
        for (Draft d : drafts) {
            for (int t = d.first; t <= d.last; t++) {
                covered[t] = true;
            }
        }
        for (int t = 0; t < doc.size(); t++) {
            if (!covered[t] && DOMAIN.matcher(doc.text(t)).matches()) {
                drafts.add(new Draft(t, t, EntityType.ORGANIZATION));
            }
        }
    }

    /**
     * Capitalised words before an organisation or place head noun name that organisation or place,
     * tagged or not: "the Marrowick Courier" (the tagger found only "Courier"), "Coastline Daily",
     * "the Greyling Shoal". The first word may not open the sentence or be a clause opener.
     */
    private void addHeadedNames(Doc doc, List<Draft> drafts) {
        int[] owner = new int[doc.size()];
        java.util.Arrays.fill(owner, -1);
        for (int i = 0; i < drafts.size(); i++) {
            for (int t = drafts.get(i).first; t <= drafts.get(i).last; t++) {
                owner[t] = i;
            }
        }
        List<Draft> added = new ArrayList<>();
        for (Sentence s : doc.seg.sentences()) {
            for (int t = s.firstToken() + 1; t < s.endToken(); t++) {
                String w = doc.text(t);
                EntityType type = on(Rule.PLACE_HEADS) && NameWords.PLACE_HEADS.contains(w) ? EntityType.PLACE
                        : on(Rule.ORGANIZATION_HEADS) && NameWords.ORGANIZATION_HEADS.contains(w)
                        || on(Rule.OUTLET_HEADS) && NameWords.OUTLET_HEADS.contains(w) ? EntityType.ORGANIZATION : null;
                if (type == null || owner[t] >= 0 && drafts.get(owner[t]).first < t) {
                    continue;
                }
                int first = t;
                while (first - 1 >= s.firstToken() && owner[first - 1] < 0 && capitalisedName(doc.text(first - 1))) {
                    first--;
                }
                if (first == t) {
                    continue;
                }
                // "The Marrowick Courier": a paper's "The" is part of its name
                if (NameWords.OUTLET_HEADS.contains(w) && first - 1 >= s.firstToken() && doc.text(first - 1).equals("The")) {
                    first--;
                }
                if (owner[t] >= 0) {
                    Draft d = drafts.get(owner[t]);
                    d.first = first;
                    d.type = type;
                } else {
                    added.add(new Draft(first, t, type));
                }
            }
        }
        drafts.addAll(added);
    }

    private static boolean capitalisedName(String w) {
        return CAPITALISED.matcher(w).matches() && w.codePoints().allMatch(c -> Character.isLetter(c) || c == '-')
                && !NameWords.NEVER_NAMES.contains(w) && !NameWords.TITLES.contains(w) && !NameWords.CLAUSE_OPENERS.contains(w);
    }

    /** A lone word the tagger typed as a place or organisation is a person where it is a surname of this article's people. */
    private static void surnamesArePeople(Doc doc, List<Draft> drafts) {
        Set<String> surnames = new HashSet<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.PERSON && d.last > d.first) {
                surnames.add(doc.text(d.last));
            }
        }
        for (Draft d : drafts) {
            if (d.type != EntityType.PERSON && d.first == d.last && surnames.contains(doc.text(d.first))) {
                d.type = EntityType.PERSON;
            }
        }
    }

    /** Adds mentions of name forms already found in the article where the tagger missed them. */
    private static List<Draft> propagate(Doc doc, List<Draft> drafts) {
        Map<String, List<Form>> byFirst = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.MISC || d.last - d.first >= MAX_FORM_TOKENS) {
                continue;
            }
            addForm(doc, byFirst, seen, d.first, d.last, d.type);
            if (d.type == EntityType.PERSON && d.last > d.first && !INITIAL.matcher(doc.text(d.last)).matches()) {
                addForm(doc, byFirst, seen, d.last, d.last, EntityType.PERSON);
            }
        }
        if (byFirst.isEmpty()) {
            return drafts;
        }
        boolean[] covered = new boolean[doc.size()];
        for (Draft d : drafts) {
            for (int t = d.first; t <= d.last; t++) {
                covered[t] = true;
            }
        }
        List<Draft> all = new ArrayList<>(drafts);
        for (int t = 0; t < doc.size(); t++) {
            if (covered[t]) {
                continue;
            }
            List<Form> forms = byFirst.get(doc.text(t));
            if (forms == null) {
                continue;
            }
            for (Form f : forms) {
                int end = t + f.words.size() - 1;
                if (matches(doc, covered, t, f) && acceptable(doc, t, end)) {
                    all.add(new Draft(t, end, f.type));
                    for (int i = t; i <= end; i++) {
                        covered[i] = true;
                    }
                    break;
                }
            }
        }
        return all;
    }

    private static void addForm(Doc doc, Map<String, List<Form>> byFirst, Set<String> seen, int first, int last,
                                EntityType type) {
        List<String> words = new ArrayList<>();
        for (int t = first; t <= last; t++) {
            words.add(doc.text(t));
        }
        if (words.size() == 1 && (words.getFirst().length() < 2 || NameWords.NEVER_NAMES.contains(words.getFirst())
                || !CAPITALISED.matcher(words.getFirst()).matches())) {
            return;
        }
        if (seen.add(type + " " + String.join(" ", words))) {
            List<Form> list = byFirst.computeIfAbsent(words.getFirst(), k -> new ArrayList<>());
            list.add(new Form(words, type));
            list.sort(Comparator.comparingInt((Form f) -> f.words.size()).reversed());
        }
    }

    private static boolean matches(Doc doc, boolean[] covered, int t, Form f) {
        if (t + f.words.size() > doc.size()) {
            return false;
        }
        int sentence = doc.seg.sentenceOf(t);
        for (int i = 0; i < f.words.size(); i++) {
            if (covered[t + i] || !doc.text(t + i).equals(f.words.get(i)) || doc.seg.sentenceOf(t + i) != sentence) {
                return false;
            }
        }
        return true;
    }

    /** A one-word form that is also an ordinary word of the article counts only inside a sentence. */
    private static boolean acceptable(Doc doc, int first, int last) {
        if (first != last) {
            return true;
        }
        boolean ordinaryWord = doc.lowerWords.contains(doc.text(first).toLowerCase(Locale.ROOT));
        return !ordinaryWord || !doc.sentenceInitial(first);
    }

    /**
     * A place that may stand for an institution: one word, written as a name rather than an acronym
     * ("Kremlin", not "UAE" or "United States", which stay the countries they name).
     */
    private static boolean institution(Doc doc, Draft d) {
        String w = doc.text(d.first);
        return d.type == EntityType.PLACE && d.first == d.last && w.codePoints().anyMatch(Character::isLowerCase);
    }

    /** A verb of saying at token {@code t}, or after "has" or "have" there ("the Kremlin has confirmed"). */
    private static boolean speaks(Doc doc, int t) {
        if (t < doc.size() && (doc.text(t).equals("has") || doc.text(t).equals("have"))) {
            t++;
        }
        return t < doc.size() && NameWords.SAYING.contains(doc.text(t));
    }

    /** Each name (its words, case aside) gets the type most of its mentions outside headlines have. */
    private static void consistentTypes(Doc doc, List<Draft> drafts) {
        Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
        Map<String, Map<EntityType, Integer>> headlineVotes = new HashMap<>();
        for (Draft d : drafts) {
            Map<String, Map<EntityType, Integer>> box = doc.headline(d.first) ? headlineVotes : votes;
            box.computeIfAbsent(doc.key(d.first, d.last), k -> new HashMap<>()).merge(d.type, 1, Integer::sum);
        }
        for (Draft d : drafts) {
            String key = doc.key(d.first, d.last);
            Map<EntityType, Integer> v = votes.containsKey(key) ? votes.get(key) : headlineVotes.get(key);
            EntityType best = null;
            int most = 0;
            boolean tie = false;
            for (Map.Entry<EntityType, Integer> e : v.entrySet()) {
                if (e.getValue() > most) {
                    best = e.getKey();
                    most = e.getValue();
                    tie = false;
                } else if (e.getValue() == most) {
                    tie = true;
                }
            }
            if (!tie && best != null) {
                d.type = best;
            }
        }
    }

    /** Names found outside headlines, found again (case aside) in all-capital headlines where the tagger missed them. */
    private static List<Draft> headlineNames(Doc doc, List<Draft> drafts) {
        Map<String, List<Form>> byFirst = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Draft d : drafts) {
            if (!doc.headline(d.first) && d.last - d.first < MAX_FORM_TOKENS
                    && seen.add(d.type + " " + doc.key(d.first, d.last))) {
                List<String> words = new ArrayList<>();
                for (int t = d.first; t <= d.last; t++) {
                    words.add(doc.text(t).toUpperCase(Locale.ROOT));
                }
                List<Form> list = byFirst.computeIfAbsent(words.getFirst(), k -> new ArrayList<>());
                list.add(new Form(words, d.type));
                list.sort(Comparator.comparingInt((Form f) -> f.words.size()).reversed());
            }
        }
        boolean[] covered = covered(doc, drafts);
        List<Draft> all = new ArrayList<>(drafts);
        for (int t = 0; t < doc.size(); t++) {
            List<Form> forms = covered[t] || !doc.headline(t) ? null : byFirst.get(doc.text(t));
            if (forms == null) {
                continue;
            }
            for (Form f : forms) {
                int end = t + f.words.size() - 1;
                if (matches(doc, covered, t, f)) {
                    all.add(new Draft(t, end, f.type));
                    java.util.Arrays.fill(covered, t, end + 1, true);
                    break;
                }
            }
        }
        return all;
    }

    /** A lone given name that only one person of the article has, typed or untagged, is a person. */
    private static List<Draft> firstNames(Doc doc, List<Draft> drafts) {
        Map<String, Integer> given = new HashMap<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.PERSON && d.last > d.first && !INITIAL.matcher(doc.text(d.first)).matches()) {
                given.merge(doc.text(d.first), 1, Integer::sum);
            }
        }
        Set<String> names = new HashSet<>();
        Set<String> surnames = new HashSet<>();
        for (Draft d : drafts) {
            if (d.type == EntityType.PERSON && d.last > d.first) {
                names.add(doc.slice(d.first, d.last));
                surnames.add(doc.text(d.last));
            }
        }
        // one person per given name: "Ilse" stands for Ilse Brandt only when no other full name starts with it
        given.keySet().removeIf(w -> names.stream().filter(n -> n.startsWith(w + " ")).distinct().count() > 1
                || surnames.contains(w) || NameWords.NEVER_NAMES.contains(w) || doc.lowerWords.contains(w.toLowerCase(Locale.ROOT)));
        if (given.isEmpty()) {
            return drafts;
        }
        for (Draft d : drafts) {
            if (d.first == d.last && given.containsKey(doc.text(d.first))) {
                d.type = EntityType.PERSON;
            }
        }
        boolean[] covered = covered(doc, drafts);
        List<Draft> all = new ArrayList<>(drafts);
        for (int t = 0; t < doc.size(); t++) {
            if (!covered[t] && given.containsKey(doc.text(t)) && !doc.sentenceInitial(t)
                    && (t + 1 >= doc.size() || !CAPITALISED.matcher(doc.text(t + 1)).matches())) {
                all.add(new Draft(t, t, EntityType.PERSON));
                covered[t] = true;
            }
        }
        return all;
    }

    private static boolean[] covered(Doc doc, List<Draft> drafts) {
        boolean[] covered = new boolean[doc.size()];
        for (Draft d : drafts) {
            java.util.Arrays.fill(covered, d.first, d.last + 1, true);
        }
        return covered;
    }

    /** Takes initials ("K.") and a title ("President") before a person mention into it. */
    private void extendLeft(Doc doc, Draft d, List<Draft> all) {
        int floor = doc.seg.sentences().get(doc.seg.sentenceOf(d.first)).firstToken();
        for (Draft other : all) {
            if (other != d && other.last < d.first && other.last + 1 > floor) {
                floor = other.last + 1;
            }
        }
        while (on(Rule.INITIALS) && d.first - 1 >= floor && INITIAL.matcher(doc.text(d.first - 1)).matches()) {
            d.first--;
        }
        boolean surnameOnly = d.first == d.last;
        if (on(Rule.TITLES) && surnameOnly && d.first - 1 >= floor && NameWords.TITLES.contains(doc.text(d.first - 1))) {
            d.first--;
            if (d.first - 1 >= floor && NameWords.TITLE_PREFIXES.contains(doc.text(d.first - 1))) {
                d.first--;
            }
        }
    }

    private record Form(List<String> words, EntityType type) {
    }

    private static final class Draft {
        int first;
        int last;
        EntityType type;

        Draft(int first, int last, EntityType type) {
            this.first = first;
            this.last = last;
            this.type = type;
        }
    }

    /** The body seen as tokens, with the lower-case words of the article. */
    private static final class Doc {
        final String body;
        final Segmentation seg;
        final Set<String> lowerWords = new HashSet<>();

        Doc(String body, Segmentation seg) {
            this.body = body;
            this.seg = seg;
            for (int t = 0; t < seg.tokens().size(); t++) {
                String w = text(t);
                if (!w.isEmpty() && Character.isLowerCase(w.codePointAt(0))) {
                    lowerWords.add(w);
                }
            }
        }

        int size() {
            return seg.tokens().size();
        }

        String text(int t) {
            return seg.tokens().get(t).word();
        }

        int start(int t) {
            return seg.tokens().get(t).span().start();
        }

        String slice(int first, int last) {
            return body.substring(start(first), end(last));
        }

        int end(int t) {
            return seg.tokens().get(t).span().end();
        }

        /** The words of tokens {@code first} to {@code last}, case aside: what makes two mentions one name. */
        String key(int first, int last) {
            StringBuilder sb = new StringBuilder();
            for (int t = first; t <= last; t++) {
                sb.append(t > first ? " " : "").append(text(t).toLowerCase(Locale.ROOT));
            }
            return sb.toString();
        }

        /** Whether token {@code t}'s sentence is an all-capital headline: two or more words of letters, none in lower case. */
        boolean headline(int t) {
            Sentence s = seg.sentences().get(seg.sentenceOf(t));
            int words = 0;
            for (int i = s.firstToken(); i < s.endToken(); i++) {
                String w = text(i);
                if (w.codePoints().anyMatch(Character::isLowerCase)) {
                    return false;
                }
                if (w.codePoints().filter(Character::isLetter).count() > 1) {
                    words++;
                }
            }
            return words >= 2;
        }

        /** First in its sentence, or right after an opening quote, bracket or dash that starts something. */
        boolean sentenceInitial(int t) {
            int s = seg.sentenceOf(t);
            int first = seg.sentences().get(s).firstToken();
            if (t == first) {
                return true;
            }
            String prev = text(t - 1);
            if (prev.equals(":")) {
                return true;
            }
            return Quotes.isOpening(body, seg.tokens().get(t - 1).span());
        }
    }
}
