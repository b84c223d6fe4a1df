package org.dossier.nlp.ner;

import java.util.Set;

/**
 * Closed classes of English words the mention rules rely on: titles that stand before a name and
 * head nouns that make a name an organisation. General English, not tuned to any corpus.
 */
public final class NameWords {
    private NameWords() {
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

    /** Last words of news outlets' and companies' names ("... Daily", "... Maritime"), rarely surnames. */
    public static final Set<String> OUTLET_HEADS = Set.of(
            "Daily", "Courier", "Gazette", "Times", "Herald", "Tribune", "Journal", "Ledger", "Chronicle", "Observer",
            "Telegraph", "Radio", "Television", "TV", "News", "Maritime", "Shipping", "Airlines", "Airways", "Holdings",
            "Trust", "Partners", "Industries", "Motors", "Energy", "Petroleum", "Pharmaceuticals", "Systems");

    /** Last words of place names ("... Shoal", "... Bay"), chosen among those that are rarely surnames. */
    public static final Set<String> PLACE_HEADS = Set.of(
            "Shoal", "Bay", "River", "Island", "Islands", "Sea", "Strait", "Gulf", "Harbour", "Harbor", "Valley",
            "Peninsula", "Cape", "Mountains", "Forest", "Desert", "Canyon", "Reef", "Square", "Avenue", "Airport",
            "Province", "County", "District", "Region", "Marshes", "Estuary", "Lagoon", "Fjord", "Archipelago");

    /** Nouns after a place name that make it an institution ("Kremlin spokesman"); not "press" or "officials" (a city's). */
    public static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople");

    /** Capitalised words that open a clause rather than a name. */
    public static final Set<String> CLAUSE_OPENERS = Set.of(
            "According", "In", "At", "As", "On", "After", "Before", "While", "When", "Meanwhile", "However", "But", "And",
            "So", "Then", "Also", "Yet", "Still", "Thus", "Now", "Today", "Yesterday", "Last", "Next", "This", "That",
            "Both", "Even", "Only", "If", "Although", "Though", "Because", "Since", "Until", "From", "To", "With", "By",
            "For", "Of", "Every", "Each", "Some", "Many", "Most", "All", "Our", "Their", "His", "Her", "Its", "My");

    /** Auxiliaries, question words and clause openers that the tagger sometimes takes into a name at a sentence start ("Did Trump ..."). */
    public static final Set<String> LEADING_NON_NAMES = Set.of(
            "Did", "Does", "Do", "Is", "Was", "Were", "Are", "Roe", "Have", "Had", "Can", "Could", "Should", "Would",
            "Shall", "Must", "When", "Where", "Why", "How", "What", "Who", "Whom", "If", "As", "But", "And", "So", "Then",
            "Also", "Meanwhile", "Yesterday", "Today", "Dear", "Thanks", "Thank", "Says", "Said", "Asked", "Watch",
            "Read", "Listen", "Like", "Unlike", "Maybe", "Perhaps", "Yes", "No", "Oh", "Well", "Not", "Even", "Only");

    /** Words the rules never treat as a name on their own. */
    public static final Set<String> NEVER_NAMES = Set.of(
            "I", "He", "She", "It", "We", "They", "You", "This", "That", "These", "Those", "The", "A", "An", "Mr", "Mrs",
            "Ms", "Dr", "Yes", "No", "According", "However", "Meanwhile");

    /** Verbs of saying after a subject: "the Kremlin said", an institution speaking. */
    public static final Set<String> SAYING = Set.of("said", "says", "announced", "warned", "denied", "insisted", "stated",
            "told", "declared", "confirmed", "claimed", "accused", "urged", "rejected", "responded", "condemned");
}
