package org.dossier.nlp.ner;

import java.util.Set;

/**
 * Closed classes of English words the mention rules rely on: titles that stand before a name and
 * head nouns that make a name an organisation. General English, not tuned to any corpus.
 */
public final class Words {
    private Words() {
    }

    /** Titles and honorifics written before a surname ("President Macron", "Dr. Lee"). */
    public static final Set<String> TITLES = Set.of(
            "President", "Premier", "Chancellor", "Minister", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Miss",
            "Dr", "Dr.", "Prof", "Prof.", "Professor", "General", "Gen.", "Senator", "Sen.", "Rep.", "Governor",
            "Gov.", "Mayor", "King", "Queen", "Prince", "Princess", "Pope", "Sheikh", "Emir", "Sultan", "Ambassador",
            "Judge", "Justice", "Colonel", "Col.", "Captain", "Capt.", "Lieutenant", "Lt.", "Major", "Maj.", "Sergeant",
            "Sgt.", "Sir", "Dame", "Lord", "Lady", "Rev.", "Reverend", "Father", "Bishop", "Archbishop", "Cardinal",
            "Chairman", "Chairwoman", "Speaker", "Commissioner", "Secretary", "Marshal", "Admiral", "Patriarch");

    /** Words that, as the first part of a two-word title, are titles only with the next word ("Prime Minister"). */
    public static final Set<String> TITLE_PREFIXES = Set.of("Prime", "Vice", "Deputy", "Foreign", "Defence", "Defense");

    /** Last words that make a name an organisation ("Ministry of ...", "... Administration"). */
    public static final Set<String> ORGANIZATION_HEADS = Set.of(
            "Ministry", "Administration", "Organization", "Organisation", "Union", "Court", "Group", "Council",
            "Committee", "Party", "Bank", "Agency", "Department", "University", "Laboratory", "Institute",
            "Commission", "Parliament", "Assembly", "Corporation", "Company", "Inc", "Inc.", "Ltd", "Ltd.",
            "Association", "Federation", "Foundation", "Center", "Centre", "Service", "Office", "Embassy",
            "Government", "Alliance", "Coalition", "Movement", "League", "Network", "Bureau", "Authority", "Police",
            "Fund", "Society", "Academy", "College", "Club", "Secretariat", "Cabinet", "Senate", "Congress",
            "Duma", "Forum", "Programme", "Program", "Mission", "Directorate", "Board", "Tribunal", "Consortium");

    /** Nouns after a place name that make it an institution ("Kremlin spokesman", "White House press office"). */
    public static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
            "spox", "press", "officials");

    /** Words the rules never treat as a name on their own. */
    public static final Set<String> NEVER_NAMES = Set.of(
            "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "The", "A", "An", "Mr", "Mrs",
            "Ms", "Dr", "Yes", "No", "According", "However", "Meanwhile");
}
