package org.dossier.quote.attribution;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.dossier.model.Span;
import org.dossier.model.Speaker;
import org.dossier.model.Token;
import org.dossier.quote.MentionHint;

/**
 * Turns the words naming a source into a speaker: the name's proper-noun tail ("Kremlin
 * spokesperson Marit Elvstrand" → "Marit Elvstrand"), a surname or an initial traced to the full name
 * ("J. Roe" → "Jane Roe"), a role traced to the name it introduced, and a pronoun to the last
 * person who spoke. Entity mentions offered by NER win over all of these. Not thread-safe: one per article.
 */
final class SpeakerResolver {
    private static final Set<String> PERSONAL = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP = Set.of("they", "we", "them", "i", "you", "it");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "another", "this", "that", "these", "those");

    private final String body;
    private final TextIndex sentences;
    private final Names names;
    private final List<MentionHint> hints;
    private final List<Speaker> persons = new java.util.ArrayList<>();
    private Speaker lastSpeaker;

    SpeakerResolver(String body, TextIndex sentences, List<MentionHint> hints) {
        this.body = body;
        this.sentences = sentences;
        this.names = new Names(sentences.all(), body);
        this.hints = hints;
    }

    /** Resolves the source of {@code c}; call in reading order so pronouns find the last speaker. */
    Optional<Speaker> resolve(Candidate c) {
        if (c.source().isEmpty()) {
            return Optional.empty();
        }
        Span mention = c.source().get();
        Speaker s = resolve(mention);
        if (s == null) {
            return Optional.empty();
        }
        s = s.withName(s.name().replaceAll("\\s+", " ")); // a name broken over lines reads as one
        lastSpeaker = s;
        if (Names.looksLikePerson(s.name())) {
            persons.add(s);
        }
        return Optional.of(s);
    }

    /**
     * Of the named mentions inside a speaker's words, the one that names the speaker: a person before
     * an organisation before anything else, the last of a kind ("Harbour Authority spokeswoman Marit Elvstrand",
     * "Russia's Foreign Ministry": what comes first describes the head). Null when none overlaps.
     */
    private MentionHint headHint(Span mention) {
        List<Token> words = tokens(mention);
        Token head = words.isEmpty() ? null : words.getLast();
        MentionHint best = null;
        for (MentionHint h : hints) {
            // the mention must hold the phrase's head: "the Russian expert community" is no "Russian"
            boolean holdsHead = head == null ? h.span().overlaps(mention) : h.span().overlaps(head.span()) && !afterPreposition(words, h);
            if (holdsHead && (best == null || rank(h) >= rank(best))) {
                best = h;
            }
        }
        return best;
    }

    /** "Residents of Lower Fenmoor": a name after a common noun and a preposition is where they are, not who. */
    private static boolean afterPreposition(List<Token> words, MentionHint h) {
        for (int i = 1; i + 1 < words.size() && words.get(i + 1).start() <= h.span().start(); i++) {
            if (words.get(i).tag().equals("IN") && (words.get(i - 1).tag().equals("NN") || words.get(i - 1).tag().equals("NNS"))) {
                return true;
            }
        }
        return false;
    }

    private static int rank(MentionHint h) {
        return h.isPerson() ? 2 : h.type().equals("ORGANIZATION") ? 1 : 0;
    }

    /** The last resolved speaker, for quotes attributed by adjacency. */
    Optional<Speaker> last() {
        return Optional.ofNullable(lastSpeaker);
    }

    private Speaker resolve(Span mention) {
        MentionHint head = headHint(mention);
        if (head != null) {
            return new Speaker(mention, head.name(), Optional.of(head.span()), head.entity());
        }
        String text = mention.of(body);
        String lower = text.toLowerCase(Locale.ROOT);
        if (PERSONAL.contains(lower)) {
            char wanted = lower.equals("he") || lower.equals("him") || lower.equals("his") ? 'm' : 'f';
            Speaker person = lastPerson(wanted);
            Speaker named = fromText(mention, person != null, wanted);
            boolean newer = named != null && (person == null || named.mention().start() > person.mention().end()
                    && !named.name().equals(person.name()));
            return pronoun(mention, newer ? named : person);
        }
        if (GROUP.contains(lower)) {
            return pronoun(mention, lastSpeaker);
        }
        List<Token> tokens = tokens(mention);
        int tail = tokens.size();
        while (tail > 0 && (tokens.get(tail - 1).isProperNoun() || tokens.get(tail - 1).tag().equals("X")
                || tokens.get(tail - 1).isCapitalised() && tail == tokens.size() && tail >= 2 && tokens.get(tail - 2).isProperNoun())) {
            tail--;
        }
        if (tail < tokens.size() && !(tail >= 2 && tokens.get(tail - 1).tag().equals("IN")
                && (tokens.get(tail - 2).tag().equals("NN") || tokens.get(tail - 2).tag().equals("NNS")))) {
            return named(mention, tokens, tail); // not "Residents of Lower Fenmoor": a place there names no one
        }
        Speaker appositive = appositiveName(mention, tokens);
        if (appositive != null) {
            return appositive;
        }
        String role = tokens.isEmpty() ? "" : tokens.getLast().lemma();
        Names.Name n = names.withRole(role, mention.start());
        if (n != null && tokens.size() <= 3 && DETERMINERS.contains(tokens.getFirst().lemma())) {
            return new Speaker(mention, n.text(), Optional.of(n.span()), Optional.empty());
        }
        return Speaker.named(mention, stripDeterminer(text));
    }

    /** "Its spokeswoman, Marit Elvstrand, said": the name set off by commas after a role names the speaker. */
    private Speaker appositiveName(Span mention, List<Token> tokens) {
        SentenceTokens s = sentences.at(mention.start());
        if (s == null || tokens.isEmpty() || !tokens.getLast().isNoun() || tokens.getLast().isProperNoun()) {
            return null;
        }
        int i = s.tokenAtOrAfter(mention.end());
        if (i >= s.size() || !s.get(i).is(",")) {
            return null;
        }
        int j = i + 1;
        while (j < s.size() && s.get(j).isProperNoun()) {
            j++;
        }
        if (j - (i + 1) < 2 || j >= s.size() || !s.get(j).is(",")) {
            return null;
        }
        return named(mention, List.copyOf(s.tokens().subList(i + 1, j)), 0);
    }

    private Speaker named(Span mention, List<Token> tokens, int tail) {
        Span nameSpan = new Span(tokens.get(tail).start(), tokens.getLast().end());
        String name = Names.withoutTitles(nameSpan.of(body));
        String[] words = name.split("\\s+");
        String surname = words[words.length - 1];
        boolean initialOnly = words.length == 2 && words[0].length() <= 2 && words[0].endsWith(".");
        if (words.length == 1 || initialOnly) {
            Names.Name full = names.fullName(surname, initialOnly ? words[0].charAt(0) : 0, mention.start());
            if (full != null) {
                return new Speaker(mention, full.text(), Optional.of(full.span()), Optional.empty());
            }
        }
        for (MentionHint h : hints) {
            if (h.span().overlaps(nameSpan)) {
                return new Speaker(mention, h.name(), Optional.of(h.span()), h.entity());
            }
        }
        return Speaker.named(mention, name);
    }

    private Speaker pronoun(Span mention, Speaker referent) {
        if (referent == null) {
            return Speaker.named(mention, mention.of(body));
        }
        Span from = referent.referent().orElse(referent.mention());
        return new Speaker(mention, referent.name(), Optional.of(from), referent.entity());
    }

    /** The last person who spoke whose name is not known to take the other pronoun. */
    private Speaker lastPerson(char wanted) {
        for (int i = persons.size() - 1; i >= 0; i--) {
            if (names.genderOf(persons.get(i).name()) != Names.opposite(wanted)) {
                return persons.get(i);
            }
        }
        return null;
    }

    private Speaker fromText(Span mention, boolean speaking, char wanted) {
        for (int i = hints.size() - 1; i >= 0; i--) {
            MentionHint h = hints.get(i);
            if (h.isPerson() && h.span().end() <= mention.start()) {
                return new Speaker(h.span(), h.name(), Optional.empty(), h.entity());
            }
        }
        Names.Name n = names.lastSubjectBefore(mention.start(), speaking, wanted);
        if (n == null) {
            return null;
        }
        Names.Name full = names.fullName(n.last(), (char) 0, n.span().start());
        return full == null ? Speaker.named(n.span(), n.text()) : new Speaker(n.span(), full.text(), Optional.of(full.span()), Optional.empty());
    }

    private List<Token> tokens(Span span) {
        SentenceTokens s = sentences.at(span.start());
        if (s == null) {
            return List.of();
        }
        return s.tokens().stream().filter(t -> t.start() >= span.start() && t.end() <= span.end()).toList();
    }

    private static String stripDeterminer(String text) {
        String[] words = text.split("\\s+", 2);
        return words.length == 2 && DETERMINERS.contains(words[0].toLowerCase(Locale.ROOT)) ? words[1] : text;
    }
}
