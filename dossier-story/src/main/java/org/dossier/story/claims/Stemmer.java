package org.dossier.story.claims;

/**
 * A light English suffix stripper (plural and inflectional endings, in the spirit of Harman's
 * S-stemmer) so "withdrawals" meets "withdrawal" and "confirmed" meets "confirms". Words are lower
 * case; a stem is at least three letters.
 */
final class Stemmer {
    private Stemmer() {
    }

    static String stem(String w) {
        String s = w;
        if (s.endsWith("ies") && s.length() > 4) {
            s = s.substring(0, s.length() - 3) + "y";
        } else if (s.endsWith("ing") && s.length() > 5) {
            s = s.substring(0, s.length() - 3);
        } else if (s.endsWith("ed") && s.length() > 4) {
            s = s.substring(0, s.length() - (s.endsWith("eed") ? 1 : 2));
        } else if (s.endsWith("es") && s.length() > 4 && (s.endsWith("sses") || s.endsWith("ches") || s.endsWith("shes") || s.endsWith("xes"))) {
            s = s.substring(0, s.length() - 2);
        } else if (s.endsWith("s") && !s.endsWith("ss") && !s.endsWith("us") && !s.endsWith("is") && s.length() > 3) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.endsWith("e") && s.length() > 4) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }
}
