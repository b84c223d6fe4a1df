package org.dossier.story.briefing;

import java.util.List;
import java.util.regex.Pattern;
import org.dossier.model.AnalysedArticle;
import org.dossier.model.Sentence;
import org.dossier.model.Span;
import org.dossier.story.timeline.Dateline;

/**
 * Turns a source's sentence or clause into a briefing sentence without changing its words: white
 * space folded, a wire dateline ("HARBOURTON, May 2 (Agency) –") and list bullets dropped, a leading
 * connective that leans on the source's previous sentence ("However,", "So,") and a leading label
 * ("Why it matters:") dropped, an unmatched quotation mark at either end removed, a capital first
 * letter and a full stop. A sentence with a bullet inside (a list run together) is no briefing
 * sentence: it comes out empty. Stateless.
 */
final class Tidy {
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?][”\"’']?\\s");
    private static final Pattern BULLET = Pattern.compile("^[•·▪*\\-–—]+\\s*");
    private static final Pattern INNER_BULLET = Pattern.compile("[•▪●◦‣]|\\s·\\s");
    /** Connectives that tie a sentence to the one before it in its source: cut from their source, they dangle. */
    private static final Pattern CONNECTIVE = Pattern.compile("^(?:(?:however|so|thus|therefore|hence|moreover|furthermore|"
            + "meanwhile|nevertheless|nonetheless|consequently|accordingly|besides|also|still|yet|instead|indeed|in turn|"
            + "in addition|as a result|on the other hand|at the same time|by contrast|in contrast),|and|but)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** A short label before a colon ("Why it matters:", "Key points:"), no reporting verb in it. */
    private static final Pattern LABEL = Pattern.compile("^(\\p{L}[\\p{L}'’]*(?:\\s+[\\p{L}'’]+){0,3}):\\s+(?=\\S)");
    private static final Pattern SAYING = Pattern.compile("\\b(?:said|says|say|told|tells|added|adds|wrote|writes|stated|states|"
            + "noted|notes|according|asked|replied|declared|announced)\\b", Pattern.CASE_INSENSITIVE);

    private Tidy() {
    }

    static String sentence(String raw) {
        String s = raw.replaceAll("\\s+", " ").strip();
        s = s.substring(Dateline.length(s));
        s = BULLET.matcher(s).replaceFirst("");
        if (INNER_BULLET.matcher(s).find()) {
            return "";
        }
        for (String before = ""; !before.equals(s); ) {
            before = s;
            java.util.regex.Matcher label = LABEL.matcher(s);
            if (label.find() && !SAYING.matcher(label.group(1)).find()) {
                s = s.substring(label.end());
            }
            s = CONNECTIVE.matcher(s).replaceFirst("");
        }
        s = unmatchedQuote(s);
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        char last = s.charAt(s.length() - 1);
        if (".!?…".indexOf(last) < 0 && !(isQuote(last) && s.length() > 1 && ".!?,".indexOf(s.charAt(s.length() - 2)) >= 0)) {
            s = s.replaceAll("[,;:]+$", "") + ".";
        }
        return s;
    }

    /** The first sentence of an article, or of its first paragraph when no stage split it. */
    static Span lead(AnalysedArticle a) {
        List<Sentence> sentences = a.sentences();
        if (!sentences.isEmpty()) {
            return sentences.getFirst().span();
        }
        String body = a.body();
        int end = body.indexOf('\n');
        end = end < 0 ? body.length() : end;
        java.util.regex.Matcher m = SENTENCE_END.matcher(body).region(0, end);
        return new Span(0, m.find() ? m.start() + 1 : end);
    }

    private static String unmatchedQuote(String s) {
        long open = s.chars().filter(c -> c == '“').count();
        long close = s.chars().filter(c -> c == '”').count();
        long straight = s.chars().filter(c -> c == '"').count();
        if (open > close && s.startsWith("“")) {
            s = s.substring(1).strip();
        } else if (close > open && s.endsWith("”")) {
            s = s.substring(0, s.length() - 1).strip();
        } else if (straight % 2 == 1 && s.startsWith("\"")) {
            s = s.substring(1).strip();
        } else if (straight % 2 == 1 && s.endsWith("\"")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s;
    }

    private static boolean isQuote(char c) {
        return c == '”' || c == '"' || c == '’' || c == '\'';
    }
}
