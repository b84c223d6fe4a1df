package org.dossier.resolve;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Name normalisation for blocking and matching: folding (case, diacritics, dotless i, schwa),
 * a consonant skeleton that survives transliteration (Zelmanov/Zelmanoff, Arkadiy/Arkady), and an
 * edit-distance test for spelling variants (Arkadiy/Arkady).
 */
final class NameFolding {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s$");
    private static final Pattern SPACES = Pattern.compile("[\\s\u00a0]+");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final Set<String> LEADING_ARTICLES = Set.of("the ");

    private NameFolding() {
    }

    /** Lower case, no diacritics, one space between words, no leading "the" or trailing possessive. */
    static String fold(String name) {
        String s = name.strip();
        s = POSSESSIVE.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('İ', 'I').replace('ə', 'a').replace('Ə', 'A').replace("ß", "ss")
                .replace('ø', 'o').replace('Ø', 'O').replace('ł', 'l').replace('Ł', 'L').replace('đ', 'd');
        s = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
        s = SPACES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ");
        for (String a : LEADING_ARTICLES) {
            if (s.startsWith(a)) {
                s = s.substring(a.length());
            }
        }
        return s;
    }

    /** The first letter and the consonants after it, with transliteration-prone letters merged. */
    static String skeleton(String name) {
        String f = NOT_LETTER.matcher(fold(name)).replaceAll("");
        if (f.isEmpty()) {
            return "";
        }
        f = f.replace("ph", "f").replace("ck", "k").replace('w', 'v').replace('c', 'k').replace('q', 'k')
                .replace("kh", "h").replace("zh", "j").replace("dzh", "j").replace("dj", "j");
        StringBuilder sb = new StringBuilder().append(f.charAt(0));
        for (int i = 1; i < f.length(); i++) {
            char c = f.charAt(i);
            // vowels and the glides j/y are what transliterations disagree on most
            if ("aeiouyj".indexOf(c) >= 0 || c == sb.charAt(sb.length() - 1)) {
                continue;
            }
            sb.append(c);
        }
        return sb.toString();
    }

    /**
     * Whether two name words are spellings of one name: equal when folded, or the same skeleton within
     * a small edit distance (one edit from five letters, two from nine). A feminine "-a" ending
     * (Ivanov/Ivanova) is a different name.
     */
    static boolean similar(String a, String b) {
        String x = fold(a);
        String y = fold(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.equals(y + "a") || y.equals(x + "a") || !skeleton(x).equals(skeleton(y))) {
            return false;
        }
        int shorter = Math.min(x.length(), y.length());
        int allowed = shorter >= 9 ? 2 : shorter >= 5 ? 1 : 0;
        return allowed > 0 && distance(x, y) <= allowed;
    }

    /** Optimal string alignment distance (Levenshtein with adjacent transpositions). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
