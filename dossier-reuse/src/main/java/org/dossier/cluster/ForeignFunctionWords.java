package org.dossier.cluster;

import java.util.Set;

/**
 * The commonest function words of German, French, Spanish, Portuguese, Italian and Dutch. Without
 * them two unrelated pages in one of these languages share "und", "der", "für", "não", ... and look
 * like one story to TF-IDF fed by a mostly English corpus, where those words are rare.
 */
final class ForeignFunctionWords {
    // Set.copyOf, not Set.of: languages share words, and a duplicate in Set.of throws
    static final Set<String> WORDS = Set.copyOf(java.util.List.of(
            // German
            "und", "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "ist", "sind",
            "war", "für", "mit", "auf", "von", "vom", "zum", "zur", "bei", "aus", "auch", "als", "wie", "noch", "nach",
            "nicht", "sich", "sie", "wir", "ihr", "ihre", "werden", "wird", "wurde", "hat", "haben", "oder", "aber",
            "über", "unter", "durch", "diese", "dieser", "dieses", "mehr", "schon", "nur", "kann", "können", "dass",
            // French
            "les", "des", "une", "est", "dans", "pour", "par", "sur", "avec", "qui", "que", "pas", "plus", "sont",
            "aux", "ont", "été", "ses", "cette", "mais", "comme", "tout", "nous", "vous", "leur", "ils", "elle",
            // Spanish
            "los", "las", "del", "por", "con", "para", "una", "uno", "como", "pero", "sus", "este", "esta", "más",
            "fue", "son", "también", "entre", "sobre", "cuando", "muy", "sin", "hay",
            // Portuguese
            "não", "uma", "com", "por", "para", "mais", "como", "mas", "dos", "das", "aos", "ele", "ela", "seu", "sua",
            "são", "foi", "está", "você", "isso", "esse", "essa", "aqui", "muito", "também", "nos", "nas", "pelo", "pela",
            // Italian
            "che", "della", "delle", "dei", "degli", "nel", "nella", "per", "con", "una", "sono", "anche", "come",
            "più", "alla", "alle", "gli", "questo", "questa",
            // Dutch
            "het", "een", "van", "voor", "niet", "met", "zijn", "aan", "ook", "maar", "bij", "naar", "wordt"));

    private ForeignFunctionWords() {
    }
}
