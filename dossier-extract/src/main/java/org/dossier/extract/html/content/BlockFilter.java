package org.dossier.extract.html.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides, block by block inside the chosen container, what is article text: drops link lists,
 * share and follow prompts, advertising labels, "read more" teasers and other short boilerplate that
 * sits among the paragraphs.
 */
final class BlockFilter {
    /** Short lines that are furniture, not prose, in any article. */
    private static final Pattern FURNITURE = Pattern.compile(
            "(advertisement|advertising|advert|adverts|ad|sponsored( content)?|story continues( below)?( advertisement)?"
                    + "|continue reading( below)?|read more|read the full story|read full article|more:?|related:?"
                    + "|see also|you (may|might) also like|related (articles?|stories|posts|content)|recommended( for you)?"
                    + "|more great \\w+ stories|most popular|trending( now)?|more on this( story)?|also read|read also"
                    + "|share( this)?( article| story)?|share on \\w+|tweet|email|print|comments?"
                    + "|follow us.*|sign up.*|subscribe.*|.*click here.*|image|photo|video|listen|loading\\.*|x|×"
                    + "|skip (to )?(main )?(content|ad(vertisement)?)|back to top|top of page|next|previous"
                    + "|\\d+ comments?|view comments|close|menu|search|log ?in|log ?out|register"
                    + "|comments? \\(\\+\\)|post (a )?comment.*|related tags|tags|topics|highlights|text size|don't miss"
                    + "|popular on .*|related news|more from .*"
                    // the advertising label in other languages
                    + "|iklan|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|реклама|advertentie|annons"
                    + "|reklama|reklam|广告|廣告|広告|광고)[\\s.:!»›>|()+]*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A short line that opens like a byline or a dateline: "By ...", "Posted on ...", "Updated ...". */
    private static final Pattern BYLINE = Pattern.compile(
            "(by|posted|published|first published|updated|last updated|written by|posted by|filed under|photo:|credit:"
                    + "|image:|source:|via)\\b.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A line that is only a date, with or without a weekday and a time: a dateline left in the body. */
    private static final Pattern DATE_ONLY = Pattern.compile(
            "((mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?"
                    + "((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?,?\\s+\\d{4}"
                    + "|\\d{1,2}(st|nd|rd|th)?\\.?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?\\s+\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})"
                    + "([,\\s]+(at\\s+)?\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?(\\s+[a-z]{2,4})?)?",
            Pattern.CASE_INSENSITIVE);

    /** How links to other articles introduce themselves inside a story. */
    private static final Pattern PROMPT = Pattern.compile(
            "\\[?\\s*(related|read more|read also|also read|see more|see also|more|also|watch|listen|view all"
                    + "|follow|sign up|subscribe|click|recommended|don't miss|must read|top stories)\\b");

    /** Calls to action that close articles: follow, subscribe, newsletters, messengers, forums. */
    private static final Pattern SIGN_OFF = Pattern.compile(
            "\\b(follow (us|him|her|them|me)\\b|newsletters?\\b|sign up\\b|messenger\\b|forums?\\b|click (here|to)\\b"
                    + "|tip\\?|contact us\\b|have a tip|email the (author|writer))",
            Pattern.CASE_INSENSITIVE);

    private BlockFilter() {
    }

    /** Whether a closing paragraph is a call to action rather than the story's last words. */
    static boolean isSignOff(String paragraph) {
        return Block.countWords(paragraph) <= 40 && SIGN_OFF.matcher(paragraph).find();
    }

    /** Whether one line of a kept block is article text rather than a byline or a dateline. */
    static boolean keepLine(String line) {
        if (line.length() > 100) {
            return true;
        }
        if (line.length() < 50 && DATE_ONLY.matcher(line).matches()) {
            return false;
        }
        return !BYLINE.matcher(line).matches() || Block.countWords(line) > 12;
    }

    /** Whether the block is quoted text, whose signature line ("— Name (@handle) date") is mostly links. */
    private static boolean inQuote(Block b) {
        int up = 0;
        for (Element p = b.owner(); p != null && up < 6; p = p.parent(), up++) {
            if (p.normalName().equals("blockquote")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a linked line that sits between two of the article's paragraphs belongs to it: a
     * shopping link, a source credit, a bare URL the author cited. Lists of links and "read more"
     * prompts are still furniture there.
     */
    static boolean keepAmongProse(Block b) {
        if (b.tag().equals("li") || b.words() == 0 || b.words() > 25 || (b.isHeading() && b.linkDensity() > 0.9)) {
            return false;
        }
        String t = b.text().strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (PROMPT.matcher(lower).lookingAt() || (t.length() < 60 && FURNITURE.matcher(lower).matches())) {
            return false;
        }
        // a linked headline in capitals is a recommendation slotted into the story
        return b.words() < 3 || !t.equals(t.toUpperCase(Locale.ROOT));
    }

    static boolean keep(Block b) {
        double ld = b.linkDensity();
        int words = b.words();
        if (words == 0) {
            return false;
        }
        if (ld > 0.6 || (ld > 0.3 && words < 12 && !inQuote(b))) {
            return false;
        }
        String t = b.text().strip();
        if (t.length() < 60 && FURNITURE.matcher(t.toLowerCase(Locale.ROOT)).matches()) {
            return false;
        }
        return true;
    }
}
