package org.dossier.nlp.roles;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dossier.nlp.ner.NameWords;

/** General English vocabulary of role descriptions: head nouns, modifiers, and the words that end a role. */
final class RoleWords {
    private RoleWords() {
    }

    /** Nouns that name what a person is or does; a role phrase needs one. Compared in lower case. */
    static final Set<String> HEADS = Set.of(
            "spokesperson", "spokesman", "spokeswoman", "expert", "analyst", "scientist", "politician", "commentator",
            "blogger", "activist", "figure", "journalist", "minister", "president", "premier", "chancellor",
            "secretary", "adviser", "advisor", "aide", "assistant", "head", "chief", "director", "chairman",
            "chairwoman", "chair", "leader", "ambassador", "envoy", "official", "diplomat", "general", "commander",
            "officer", "professor", "researcher", "economist", "lawyer", "attorney", "author", "editor",
            "correspondent", "reporter", "deputy", "lawmaker", "legislator", "senator", "governor", "mayor",
            "founder", "co-founder", "ceo", "member", "candidate", "representative", "observer", "historian",
            "columnist", "pundit", "strategist", "specialist", "consultant", "manager", "executive", "negotiator",
            "mediator", "prosecutor", "judge", "king", "queen", "prince", "princess", "pope", "emir", "sultan",
            "sheikh", "colonel", "captain", "lieutenant", "sergeant", "soldier", "veteran", "fellow", "lecturer",
            "teacher", "student", "writer", "novelist", "poet", "artist", "architect", "engineer", "doctor",
            "physician", "surgeon", "nurse", "priest", "bishop", "archbishop", "cardinal", "imam", "rabbi",
            "patriarch", "coach", "player", "striker", "athlete", "champion", "actor", "actress", "singer",
            "musician", "director-general", "secretary-general", "speaker", "vice-president", "commissioner",
            "inspector", "investigator", "detective", "agent", "owner", "partner", "president-elect", "ruler",
            "dictator", "monarch", "chairperson", "coordinator", "organizer", "organiser", "campaigner", "critic",
            "opponent", "supporter", "ally", "rival", "successor", "predecessor", "mp", "spox", "staffer",
            "psychologist", "sociologist", "philosopher", "political scientist", "theorist", "entrepreneur",
            "businessman", "businesswoman", "billionaire", "investor", "banker", "trader", "broker", "marshal",
            "admiral", "governor-general", "counsel", "advocate", "ombudsman", "administrator", "producer");

    /** Lower-case words that modify a role ("former", "senior", "press"). Adjectives in -al, -ic, ... pass by their ending. */
    static final Set<String> MODIFIERS = Set.of(
            "former", "senior", "junior", "chief", "deputy", "acting", "vice", "prime", "foreign", "press", "state",
            "party", "opposition", "government", "security", "defence", "defense", "policy", "military", "economic",
            "independent", "leading", "prominent", "renowned", "famous", "well-known", "veteran", "top", "retired",
            "elected", "exiled", "jailed", "public", "human", "rights", "civil", "society", "think", "tank", "news",
            "media", "army", "air", "force", "naval", "navy", "intelligence", "energy", "oil", "gas", "finance",
            "trade", "health", "education", "justice", "interior", "culture", "sports", "science", "sciences",
            "research", "foreign-policy", "regional", "general", "executive", "managing", "founding", "longtime",
            "long-time", "then", "current", "new", "outgoing", "incoming", "interim", "assistant", "associate",
            "expert", "affairs", "relations", "law", "war", "peace", "campaign", "election", "field",
            "staff", "team", "club", "company", "firm", "bank", "fund", "group", "network", "agency", "department",
            "ministry", "embassy", "office", "council", "committee", "board", "union", "university", "institute");

    /** Lower-case words that end a premodifier or apposition: determiners, prepositions, verbs of saying, pronouns. */
    static final Set<String> STOPS = Set.of(
            "a", "an", "the", "to", "by", "with", "from", "in", "on", "at", "as", "into", "than", "that", "which",
            "who", "whom", "whose", "is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "can", "could", "should", "may", "might", "must", "do", "does", "did", "said", "says", "say",
            "told", "tells", "asked", "noted", "notes", "added", "adds", "stressed", "according", "he", "she", "it",
            "they", "we", "i", "you", "his", "her", "its", "their", "our", "my", "your", "also", "not", "but", "or",
            "while", "when", "where", "after", "before", "if", "because", "so", "both", "this", "these", "those",
            "there", "here", "such", "very", "more", "most", "many", "some", "another", "about", "over", "under",
            "between", "against", "during", "without", "through", "via", "like", "unlike", "including", "despite",
            "since", "until", "for", "per", "how", "what", "why", "believes", "thinks", "argues", "claims", "posits",
            "contends", "suggests", "echoes", "explained", "confirmed", "announced", "stated", "wrote", "writes",
            "replied", "insisted", "warned", "urged", "emphasized", "emphasised", "underlined", "underscored",
            "clarified", "verified", "affirmed", "summarized", "summarised", "met", "called", "named", "led");

    /** Capitalised words that open a clause rather than a role ("According", "In", "However"). */
    static final Set<String> CAPITAL_STOPS = union(NameWords.CLAUSE_OPENERS, NameWords.NEVER_NAMES,
            Set.of("A", "An", "Neither", "Either", "Asked", "Speaking", "Writing", "No"));

    /** Determiners that may open an apposition and are left out of the role. */
    static final Set<String> DETERMINERS = Set.of("a", "an", "the", "another", "one", "also");

    private static final Pattern ADJECTIVE = Pattern.compile(".{3,}(al|ic|ical|ian|ish|ese|ary|ive|ous|ior|ern|ist|ent|ant)");

    private static Set<String> union(Set<String> a, Set<String> b, Set<String> c) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        all.addAll(c);
        return Set.copyOf(all);
    }

    static boolean isHead(String word) {
        return HEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A lower-case word that can stand before a role's head noun. */
    static boolean isModifier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MODIFIERS.contains(w) || HEADS.contains(w) || ADJECTIVE.matcher(w).matches();
    }
}
