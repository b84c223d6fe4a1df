package org.dossier.extract.html.content;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Web developers name their containers after
 * their purpose ({@code share-bar}, {@code related-stories}, {@code article-body}); these words are
 * the same across sites, so they are general hints, not site rules. Plain substring and token
 * look-ups rather than one large regular expression: this runs on every element of every page.
 */
final class ClassHints {
    /** Words that mark boilerplate wherever they appear in a class or id. */
    private static final List<String> NEGATIVE = List.of("comment", "disqus", "share", "sharing", "social", "related",
            "recommend", "promo", "newsletter", "subscri", "signup", "sign-up", "advert", "sponsor", "cookie",
            "consent", "popup", "modal", "footer", "navbar", "navigation", "menu", "sidebar", "side-bar", "widget",
            "breadcrumb", "byline", "caption", "credit", "more-stories", "readmore", "read-more", "recirc", "outbrain",
            "taboola", "toolbar", "masthead", "pagination", "pager", "rating", "reaction", "trending", "popular",
            "mostread", "most-read", "login", "paywall", "skiplink", "skip-link", "jumplink", "jump-link", "taglist",
            "tag-list", "tagged", "keywords", "authorbio", "author-bio", "authorinfo", "author-info", "authorbox",
            "author-box", "biobox", "bio-box", "print-only", "printonly", "hide-for-print", "newsflash", "ticker",
            "inline-ad", "inlinead", "inline-promo", "dfp", "gpt-ad", "banner", "visually-hidden", "visuallyhidden",
            "sr-only", "screen-reader", "screenreader", "offscreen", "overlay", "lightbox", "gallery", "slideshow",
            "video-player", "videoplayer", "playlist", "audio-player", "podcast", "follow", "donate", "supporter",
            "membership", "excerpt", "copyright", "disclaimer", "rollover", "tooltip", "popover", "hovercard", "hover-card", "rightrail", "right-rail", "leftrail", "left-rail", "siderail");

    /** Words that mark boilerplate only as a whole token: too short to trust inside other words. */
    private static final Set<String> NEGATIVE_TOKENS = Set.of("ad", "ads", "adv", "nav", "tags", "topics", "meta",
            "rail", "aside", "header", "print", "hidden", "hide", "sns", "links", "teaser", "teasers", "cta",
            "utility", "utilities", "tools", "controls", "actions", "buttons", "icons", "timestamp", "dateline",
            "date", "time", "author", "authors", "contributor", "contributors", "figure", "img", "image", "photo",
            "embed", "kicker", "eyebrow", "standfirst", "dek", "deck");

    /** Words that turn the next token into a description of the container rather than its name. */
    private static final Set<String> MODIFIERS = Set.of("has", "with", "no", "without", "is", "show", "enable",
            "enabled", "disable", "disabled", "allow", "can");

    /** Words that mark the article's own text. */
    private static final List<String> POSITIVE = List.of("articlebody", "article-body", "article_body",
            "articlecontent", "article-content", "article_content", "articletext", "article-text", "article__body",
            "storybody", "story-body", "storycontent", "story-content", "storytext", "story-text", "entry-content",
            "entrycontent", "post-content", "postcontent", "post-body", "postbody", "post-text", "body-text",
            "bodytext", "main-content", "maincontent", "content-body", "text-body", "rich-text", "richtext", "prose",
            "page-content");

    /** Words for regions that are never the article, however much text they hold: footers, comments, dialogs. */
    private static final List<String> STRONG_NEGATIVE = List.of("footer", "copyright", "disclaimer", "comment",
            "disqus", "cookie", "consent", "gdpr", "modal", "popup");

    private ClassHints() {
    }

    /** Whether the class or id names a footer or comment region, which never holds the article. */
    static boolean stronglyNegative(Element e) {
        if (e.normalName().equals("footer")) {
            return true;
        }
        String l = label(e);
        return !l.isEmpty() && containsAny(l, STRONG_NEGATIVE) && !containsAny(l, POSITIVE);
    }

    static String label(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        String l = (cls + " " + id).toLowerCase(Locale.ROOT);
        // an opinion section's "commentary" is an article, not a comment thread
        return l.contains("commentary") ? l.replace("commentary", "opinion") : l;
    }

    /** Whether the class or id names the article body itself. */
    static boolean positive(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return true;
        }
        String l = label(e);
        return !l.isEmpty() && containsAny(l, POSITIVE);
    }

    /** Whether the class, id, role or tag marks the element as boilerplate. */
    static boolean negative(Element e) {
        if (e.hasAttr("role")) {
            switch (e.attr("role").toLowerCase(Locale.ROOT)) {
                case "navigation", "complementary", "contentinfo", "banner", "menu", "menubar", "dialog", "alert",
                        "toolbar", "search" -> {
                    return true;
                }
                default -> {
                }
            }
        }
        String l = label(e);
        if (l.isEmpty()) {
            return false;
        }
        if (containsAny(l, NEGATIVE)) {
            return true;
        }
        int start = -1;
        String previous = "";
        for (int i = 0; i <= l.length(); i++) {
            boolean word = i < l.length() && (Character.isLetterOrDigit(l.charAt(i)));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                String token = l.substring(start, i);
                // "has-image", "with-header", "no-ads" describe a container, they do not name it
                if (NEGATIVE_TOKENS.contains(token) && !MODIFIERS.contains(previous)) {
                    return true;
                }
                previous = token;
                start = -1;
            }
        }
        return false;
    }

    private static boolean containsAny(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the page hides the element from readers. */
    static boolean hidden(Element e) {
        if (e.hasAttr("hidden") || e.attr("aria-hidden").equalsIgnoreCase("true")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}
