package org.dossier.eval;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a predicted speaker names the same source as a gold annotation, after name
 * normalisation: case, quotation-mark shapes, possessives, determiners and titles are ignored, and
 * one name may be a part of the other ("Clinton" and "Hillary Clinton", "a source" and "the source").
 */
final class SourceMatch {
    private static final Set<String> IGNORED = Set.of(
            "the", "a", "an", "another", "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "senator",
            "governor", "former", "secretary", "gen", "prof", "candidate", "nominee", "presidential", "'s", "s");

    private SourceMatch() {
    }

    static boolean same(List<String> predicted, List<String> gold) {
        for (String p : predicted) {
            Set<String> a = tokens(p);
            if (a.isEmpty()) {
                continue;
            }
            for (String g : gold) {
                Set<String> b = tokens(g);
                if (!b.isEmpty() && (a.containsAll(b) || b.containsAll(a))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The name's words; an apposition after a comma and a bracketed aside ("Sen. X (D-Mo.), the ...") are not the name. */
    static Set<String> tokens(String name) {
        String head = name.replaceAll("\\([^)]*\\)", " ");
        int comma = head.indexOf(',');
        if (comma > 0) {
            head = head.substring(0, comma);
        }
        String s = Normalizer.normalize(head, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replaceAll("'s\\b", " ").replaceAll("[^\\p{L}\\p{N}]+", " ");
        return Arrays.stream(s.trim().split(" ")).filter(w -> !w.isEmpty() && !IGNORED.contains(w))
                .collect(Collectors.toSet());
    }
}
