package org.dossier.extract.html.content;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class, id and role say about it. Web developers name their containers after
 * their purpose ({@code share-bar}, {@code related-stories}, {@code article-body}); these words are
 * the same across sites, so they are general hints, not site rules.
 */
final class ClassHints {
    /** Words that mark boilerplate wherever they appear in a class or id. */
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|related|recommend|promo|newsletter|subscri|signup|sign-up"
                    + "|advert|sponsor|cookie|consent|popup|modal|footer|navbar|navigation|menu|sidebar|side-bar"
                    + "|widget|breadcrumb|byline|caption|credit|more-stories|read-?more|recirc|outbrain|taboola"
                    + "|toolbar|masthead|pagination|pager|rating|reaction|trending|popular|most-?read|login"
                    + "|paywall|skip-?link|jump-?link|tag-?list|tagged|keywords|author-?(bio|info|box)|bio-?box"
                    + "|print-?only|hide-?for-?print|newsflash|ticker|inline-?(ad|promo)|dfp|gpt-ad|banner"
                    + "|visually-?hidden|sr-only|screen-?reader|offscreen|overlay|lightbox|gallery|slideshow"
                    + "|video-?player|playlist|audio-?player|podcast|follow|donate|supporter|membership");

    /** Words that mark boilerplate only as a whole token: too short to trust inside other words. */
    private static final Pattern NEGATIVE_TOKEN = Pattern.compile(
            "(?:^|[^a-z0-9])(ad|ads|adv|nav|tags|topics|meta|rail|aside|header|print|hidden|hide|sns|links"
                    + "|teaser|teasers|cta|utility|utilities|tools|controls|actions|buttons|icons"
                    + "|timestamp|dateline|date|time|author|authors|contributor|contributors|figure"
                    + "|img|image|photo|embed|promo|kicker|eyebrow|newsletter"
                    + "|standfirst|dek|deck|lede-?art)(?:[^a-z0-9]|$)");

    /** Words that mark the article's own text. */
    private static final Pattern POSITIVE = Pattern.compile(
            "article-?body|articlebody|article-?content|article-?text|story-?body|story-?content|story-?text"
                    + "|entry-?content|post-?content|post-?body|post-?text|body-?text|main-?content|content-?body"
                    + "|article__body|articletext|text-?body|rich-?text|prose|page-?content");

    private ClassHints() {
    }

    static String label(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether the class or id names the article body itself. */
    static boolean positive(Element e) {
        if (e.hasAttr("itemprop") && e.attr("itemprop").toLowerCase(Locale.ROOT).contains("articlebody")) {
            return true;
        }
        String l = label(e);
        return !l.isEmpty() && POSITIVE.matcher(l).find();
    }

    /** Whether the class, id, role or tag marks the element as boilerplate. */
    static boolean negative(Element e) {
        String role = e.attr("role").toLowerCase(Locale.ROOT);
        if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
                || role.equals("banner") || role.equals("menu") || role.equals("menubar") || role.equals("dialog")
                || role.equals("alert") || role.equals("toolbar") || role.equals("search")) {
            return true;
        }
        String l = label(e);
        if (l.isEmpty()) {
            return false;
        }
        return NEGATIVE.matcher(l).find() || NEGATIVE_TOKEN.matcher(l).find();
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
