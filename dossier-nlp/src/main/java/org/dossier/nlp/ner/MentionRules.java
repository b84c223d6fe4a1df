package org.dossier.nlp.ner;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Turns per-token tagger labels into mentions and repairs them with document-level rules:
 * <ul>
 *   <li>a name form found once (a full name, its surname, an organisation) is also a mention where
 *       the tagger missed it later in the article, unless the word is also an ordinary word of the
 *       article at a sentence start ("Roe" the surname vs "Roe" opening a question);</li>
 *   <li>a single capitalised word the tagger took for a name at a sentence start is dropped when the
 *       article also uses it in lower case ("Security expert ...");</li>
 *   <li>an initial before a surname ("J. Roe") and a title before a lone surname ("President Aliyev")
 *       belong to the person mention;</li>
 *   <li>a name ending in an organisation head noun ("... Administration"), shaped like a web
 *       address ("Example.com"), or a place with a spokesperson, is an organisation.</li>
 * </ul>
 * Pure and thread-safe.
 */
public final class MentionRules {
    private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");
    private static final Pattern DOMAIN = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\.(?:[A-Z][a-z]|[a-z]{2,3})");
    private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}.*");
    private static final int MAX_FORM_TOKENS = 8;

    private MentionRules() {
    }

    public static List<Mention> apply(String body, Segmentation seg, String[] labels) {
        Doc doc = new Doc(body, seg);
        List<Draft> drafts = joinHyphenated(doc, group(doc, labels));
        drafts.removeIf(d -> !plausible(doc, d));
        for (Draft d : drafts) {
            retype(doc, d);
        }
        addWebNames(doc, drafts);
        addHeadedNames(doc, drafts);
        drafts = propagate(doc, drafts);
        surnamesArePeople(doc, drafts);
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

    private static void retype(Doc doc, Draft d) {
        String last = doc.text(d.last);
        if (d.type != EntityType.ORGANIZATION && d.last > d.first
                && (NameWords.ORGANIZATION_HEADS.contains(last) || NameWords.OUTLET_HEADS.contains(last))) {
            d.type = EntityType.ORGANIZATION;
        }
        if (d.type != EntityType.PLACE && d.last > d.first && NameWords.PLACE_HEADS.contains(last)) {
            d.type = EntityType.PLACE;
        }
        if (d.first == d.last && DOMAIN.matcher(last).matches()) {
            d.type = EntityType.ORGANIZATION;
        }
        // "Kremlin spokesperson": a place that has a spokesperson is speaking as an institution
        if (d.type == EntityType.PLACE && d.last + 1 < doc.size() && NameWords.SPOKESPEOPLE.contains(doc.text(d.last + 1))) {
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
    private static void addHeadedNames(Doc doc, List<Draft> drafts) {
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
                EntityType type = NameWords.PLACE_HEADS.contains(w) ? EntityType.PLACE
                        : NameWords.ORGANIZATION_HEADS.contains(w) || NameWords.OUTLET_HEADS.contains(w) ? EntityType.ORGANIZATION : null;
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

    /** Takes initials ("K.") and a title ("President") before a person mention into it. */
    private static void extendLeft(Doc doc, Draft d, List<Draft> all) {
        int floor = doc.seg.sentences().get(doc.seg.sentenceOf(d.first)).firstToken();
        for (Draft other : all) {
            if (other != d && other.last < d.first && other.last + 1 > floor) {
                floor = other.last + 1;
            }
        }
        while (d.first - 1 >= floor && INITIAL.matcher(doc.text(d.first - 1)).matches()) {
            d.first--;
        }
        boolean surnameOnly = d.first == d.last;
        if (surnameOnly && d.first - 1 >= floor && NameWords.TITLES.contains(doc.text(d.first - 1))) {
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
