package org.dossier.quote.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.model.Token;

/**
 * The names an article uses for people: runs of two to five capitalised proper nouns ("Dmitry
 * Elvstrand", "Jane Roe"), each with the common noun right before it ("spokesperson"), so that a
 * surname, an initial or a role used later can be traced back to the full name.
 */
final class Names {
    /** Words that make a run of names an organisation's or a place's name, never a person's. */
    private static final Set<String> NOT_PERSON = Set.of(
            "party", "post", "times", "news", "department", "ministry", "committee", "campaign", "house", "court",
            "council", "agency", "office", "university", "institute", "center", "centre", "foundation", "bank",
            "association", "union", "company", "group", "fund", "journal", "press", "network", "service", "states",
            "republic", "senate", "congress", "administration", "commission", "organization", "organisation",
            "corporation", "inc.", "corp.", "street", "city", "county", "state", "church", "laboratory", "tv", "radio",
            "magazine", "daily", "herald", "tribune", "guardian", "reuters", "media", "nations", "federation",
            "kingdom", "forces", "army", "police", "government", "parliament", "assembly", "board", "club");
    private static final Set<String> TITLES = Set.of(
            "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sen.", "rep.", "gov.", "gen.", "president",
            "senator", "governor", "minister", "secretary", "prof.", "professor", "sir", "lord", "judge", "pope",
            "king", "queen", "prince", "chairman", "speaker", "spokesman", "spokeswoman", "spokesperson",
            "ambassador", "adviser", "advisor", "aide", "director", "chief", "head", "leader", "chairwoman", "mayor",
            "representative", "general", "commander", "officer", "editor", "analyst", "expert", "economist",
            "scientist", "attorney", "candidate", "nominee", "justice", "sheriff", "commissioner", "deputy");

    /** The name after the last title or office word of a run of names ("Foreign Minister Elmar X" → "Elmar X"). */
    static String withoutTitles(String run) {
        String[] words = run.split("\\s+");
        int from = 0;
        for (int k = 0; k < words.length - 1; k++) {
            if (TITLES.contains(words[k].toLowerCase(Locale.ROOT))) {
                from = k + 1;
            }
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
    }

    /** One full name in the text. */
    record Name(Span span, String text, String last, String role, boolean subject, boolean speaks) {
    }

    private final List<Name> names = new ArrayList<>();
    /** Votes per surname: positive for "he", negative for "she", from honorifics and the pronouns that follow. */
    private final java.util.Map<String, Integer> gender = new java.util.HashMap<>();

    Names(List<SentenceTokens> sentences, String body) {
        for (int k = 0; k < sentences.size(); k++) {
            voteGender(sentences, k);
        }
        for (SentenceTokens s : sentences) {
            int i = 0;
            while (i < s.size()) {
                if (!isNamePart(s.get(i))) {
                    i++;
                    continue;
                }
                int j = i;
                while (j < s.size() && (isNamePart(s.get(j)) || NounPhrases.initialName(s, j))) {
                    j++;
                }
                add(s, i, j, body);
                i = j;
            }
        }
    }

    private void add(SentenceTokens s, int from, int to, String body) {
        while (from < to && TITLES.contains(s.get(from).word().toLowerCase(Locale.ROOT))) {
            from++;
        }
        for (int k = to - 1; k >= from; k--) {
            String w = s.get(k).word().toLowerCase(Locale.ROOT);
            if (NOT_PERSON.contains(w) || TITLES.contains(w)) {
                from = k + 1; // "Harbour Authority Marit Elvstrand": the name follows the office
                break;
            }
        }
        int n = to - from;
        if (n < 2 || n > 5) {
            return;
        }
        Span span = new Span(s.get(from).start(), s.get(to - 1).end());
        String role = from > 0 ? s.get(from - 1).lemma() : "";
        boolean speaks = to < s.size() && (CueLexicon.isCueVerb(s, to) || s.get(to).is(","));
        boolean subject = speaks || to < s.size() && s.get(to).isVerb();
        names.add(new Name(span, span.of(body), s.get(to - 1).word().toLowerCase(Locale.ROOT), role, subject, speaks));
    }

    private static final int GENDER_WINDOW = 25;

    /** Each name in sentence {@code k} votes by its honorific, or by the first personal pronoun after it. */
    private void voteGender(List<SentenceTokens> sentences, int k) {
        SentenceTokens s = sentences.get(k);
        for (int i = 0; i < s.size(); i++) {
            if (!isNamePart(s.get(i)) || i + 1 < s.size() && isNamePart(s.get(i + 1))) {
                continue; // vote once per name, on its last word
            }
            String last = s.get(i).word().toLowerCase(Locale.ROOT);
            int start = i;
            while (start > 0 && isNamePart(s.get(start - 1))) {
                start--;
            }
            String before = start > 0 ? s.get(start - 1).word().toLowerCase(Locale.ROOT) : "";
            int vote = switch (before) {
                case "mr.", "mr" -> 2;
                case "mrs.", "ms.", "mrs", "ms" -> -2;
                default -> pronounAfter(sentences, k, i);
            };
            gender.merge(last, vote, Integer::sum);
        }
    }

    private static int pronounAfter(List<SentenceTokens> sentences, int k, int i) {
        int seen = 0;
        for (int sk = k; sk < Math.min(sentences.size(), k + 1); sk++) { // the same sentence only: "Smith said he ..."
            SentenceTokens s = sentences.get(sk);
            for (int j = sk == k ? i + 1 : 0; j < s.size() && seen < GENDER_WINDOW; j++, seen++) {
                String w = s.get(j).word().toLowerCase(Locale.ROOT);
                if (w.equals("he") || w.equals("him") || w.equals("his")) {
                    return 1;
                }
                if (w.equals("she") || w.equals("her") || w.equals("hers")) {
                    return -1;
                }
                if (isNamePart(s.get(j))) {
                    return 0; // another name came first: the pronoun may be theirs
                }
            }
        }
        return 0;
    }

    /** 'm', 'f', or '?' for a name, by its last word. */
    char genderOf(String name) {
        String[] words = name.toLowerCase(Locale.ROOT).split("\\s+");
        int v = gender.getOrDefault(words[words.length - 1], 0);
        return v > 0 ? 'm' : v < 0 ? 'f' : '?';
    }

    static boolean looksLikePerson(SentenceTokens s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (NOT_PERSON.contains(s.get(k).word().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    static boolean looksLikePerson(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (NOT_PERSON.contains(w)) {
                return false;
            }
        }
        return name.split("\\s+").length >= 2;
    }

    private static boolean isNamePart(Token t) {
        return t.isProperNoun() && t.isCapitalised() && !t.word().equals("I");
    }

    /** The fullest name ending with {@code surname} whose first letter fits {@code initial} (0: any). */
    Name fullName(String surname, char initial, int near) {
        Name best = null;
        String last = surname.toLowerCase(Locale.ROOT);
        for (Name n : names) {
            if (!n.last().equals(last) || n.text().equalsIgnoreCase(surname)) {
                continue;
            }
            if (initial != 0 && Character.toUpperCase(n.text().charAt(0)) != Character.toUpperCase(initial)) {
                continue;
            }
            if (best == null || n.text().length() > best.text().length()
                    || n.text().length() == best.text().length() && Math.abs(n.span().start() - near) < Math.abs(best.span().start() - near)) {
                best = n;
            }
        }
        return best;
    }

    static char opposite(char g) {
        return g == 'm' ? 'f' : g == 'f' ? 'm' : 'x';
    }

    /** The name introduced with {@code role} ("spokesperson Marit Elvstrand") nearest before {@code before}. */
    Name withRole(String role, int before) {
        Name best = null;
        for (Name n : names) {
            if (n.role().equals(role) && n.span().start() < before) {
                best = n;
            }
        }
        return best;
    }

    /** The last person's name before {@code offset} that is a clause's subject (followed by a verb or an apposition). */
    Name lastSubjectBefore(int offset, boolean speaking, char wanted) {
        Name best = null;
        for (Name n : names) {
            if (n.span().end() <= offset && (speaking ? n.speaks() : n.subject()) && genderOf(n.text()) != opposite(wanted)) {
                best = n;
            }
        }
        return best;
    }
}
