package org.dossier.extract.html.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes what is never article text. First the elements that hold no readable prose at all
 * (scripts, styles, forms' controls, embeds); then, once the page has been measured, the boilerplate
 * regions (navigation, share bars, related links, comments, hidden parts) that hold only a small share
 * of the page's prose, so that a page whose whole body sits in a {@code <form>} or a
 * {@code class="main-with-sidebar"} keeps it. A removed region that held text leaves an empty
 * marker element behind, so that later scoring still sees that the blocks on either side of it
 * were not adjacent.
 */
final class Cleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, math, canvas, iframe, frame,"
            + " object, embed, video, audio, source, track, picture, img, button, select, input, textarea, head,"
            + " link, meta, map, dialog, figcaption";

    /** Tags that are boilerplate by their nature when they hold little of the page's prose. */
    private static final Set<String> BOILERPLATE_TAGS = Set.of("nav", "aside", "footer", "header", "figure", "form",
            "menu", "address");

    /** A region holding at least this share of the page's prose is never removed as boilerplate... */
    private static final double KEEP_SHARE = 0.5;
    /** ...unless it calls itself a footer or comments, which it must then be nearly all of the page to survive. */
    private static final double KEEP_SHARE_STRONG = 0.9;

    /** The tag of the empty element left where a boilerplate region was removed. */
    static final String REMOVED_TAG = "dossier-removed";
    /** How much scored text a removed region must have held to leave a marker. */
    private static final double MARKED_CHARS = 20;

    private Cleaner() {
    }

    static void removeNeverText(Element root) {
        root.select(NEVER_TEXT).remove();
    }

    /** Removes boilerplate regions measured by {@code scores}; returns how many it removed. */
    static int removeBoilerplate(Element root, TextScores scores) {
        double total = Math.max(1, scores.good(root));
        List<Element> doomed = new ArrayList<>();
        Set<Element> quoting = holdersOfQuotes(root);
        Elements all = root.getAllElements();
        for (Element e : all) {
            if (e == root || e.normalName().equals("body") || e.normalName().equals("html")) {
                continue;
            }
            String tag = e.normalName();
            // a pull quote in an <aside> repeats the story, but a tweet in a <figure> is part of it
            boolean boilerplate = ClassHints.hidden(e)
                    || (BOILERPLATE_TAGS.contains(tag) && !(tag.equals("figure") && embedsPost(e, quoting)))
                    || (ClassHints.negative(e) && !ClassHints.positive(e) && !embedsPost(e, quoting));
            if (!boilerplate) {
                continue;
            }
            double keep = ClassHints.stronglyNegative(e) ? KEEP_SHARE_STRONG : KEEP_SHARE;
            if (scores.good(e) < keep * total && !holdsArticle(e)) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() == null) {
                continue;
            }
            if (scores.good(e) + scores.bad(e) >= MARKED_CHARS) {
                // a marker where a region with text was, so the next walk knows the blocks around it
                // were not adjacent; an empty ad slot between two paragraphs leaves no trace
                e.replaceWith(new Element(REMOVED_TAG));
            } else {
                e.remove();
            }
        }
        return doomed.size();
    }

    /**
     * Whether a "social" region or a {@code <figure>} is an embedded post (a tweet quoted in the
     * article, its text in a {@code <blockquote>}) rather than a share bar: the quoted post is part of
     * the story.
     */
    private static boolean embedsPost(Element e, Set<Element> quoting) {
        return !e.normalName().equals("blockquote") && quoting.contains(e) && !ClassHints.stronglyNegative(e);
    }

    /** Every element with a {@code <blockquote>} inside; linear even on deeply nested quotes. */
    private static Set<Element> holdersOfQuotes(Element root) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element q : root.getElementsByTag("blockquote")) {
            // climbing stops at the first ancestor already marked: its ancestors are marked too
            for (Element p = q.parent(); p != null && out.add(p); p = p.parent()) {
                if (p == root) {
                    break;
                }
            }
        }
        return out;
    }

    private static boolean holdsArticle(Element e) {
        return e.normalName().equals("article") || e.normalName().equals("main") || ClassHints.positive(e);
    }
}
