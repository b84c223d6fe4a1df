package org.dossier.nlp.lang;

/**
 * The running text of a body, its names left out: the words that do not start with a capital letter
 * ("results of league matches played on"), joined by spaces, up to a size. Names say little about the
 * language of the page around them (a Dutch club's name in an English results table), and a page made
 * of tables and scores is mostly names and numbers. Scripts without case (Chinese, Arabic, Georgian)
 * count as running text throughout; one-letter words do not count.
 *
 * @param text  the words, joined by single spaces
 * @param words how many words it holds
 */
record ProseSample(String text, int words) {

    /** Running words enough to vote on; below, the text's opening as written is read instead. */
    static final int ENOUGH_WORDS = 5;

    static ProseSample of(String body, int maxChars) {
        StringBuilder sb = new StringBuilder();
        int words = 0;
        int i = 0;
        int n = body.length();
        while (i < n && sb.length() < maxChars) {
            int c = body.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            int letters = 0;
            while (i < n) {
                int d = body.codePointAt(i);
                boolean inner = (d == '\'' || d == '’' || d == '-') && i + 1 < n && Character.isLetter(body.codePointAt(i + 1));
                if (!Character.isLetter(d) && Character.getType(d) != Character.NON_SPACING_MARK && !inner) {
                    break;
                }
                letters++;
                i += Character.charCount(d);
            }
            if (letters > 1 && !Character.isUpperCase(c) && !Character.isTitleCase(c)) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(body, start, i);
                words++;
            }
        }
        return new ProseSample(sb.toString(), words);
    }

    boolean enough() {
        return words >= ENOUGH_WORDS;
    }
}
