package org.dossier.extract.text;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The vocabulary of site furniture — subscribe, share, advert, cookie, newsletter, read also — in
 * the common news languages. A weak signal: it decides only for short lines, and only halves the
 * weight of a paragraph that is full of it (a cookie notice, a newsletter pitch).
 */
final class Furniture {
    private static final Set<String> WORDS = Set.of("subscribe", "subscription", "subscribers", "unsubscribe",
            "newsletter", "newsletters", "advertisement", "advertising", "advert", "adverts", "sponsored", "cookies",
            "cookie", "privacy", "login", "signup", "share", "shares", "tweet", "comments", "whatsapp",
            "facebook", "twitter", "instagram", "linkedin", "youtube", "pinterest", "reddit", "email",
            "abonnieren", "abonnez", "abonnement", "werbung", "anzeige", "teilen", "publicidad", "compartir",
            "publicité", "partager", "pubblicità", "condividi", "publicidade", "compartilhe", "реклама", "подписаться",
            "поделиться");
    private static final Pattern PHRASES = Pattern.compile(
            "\\b(?:sign (?:in|up)|log ?in|register|read (?:also|more|next)|see also|related|most (?:popular|read|viewed)|"
                    + "trending|comments?|leave a (?:comment|reply)|terms of|rights reserved|click here|download|"
                    + "skip to|back to top|print|e-?mail|lesen sie|mehr zum|leia (?:também|mais)|veja também|leggi anche|"
                    + "lire aussi|читайте|подпис|baca juga)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    // the heading of a comment section: "Comments", "34 responses to ...", "Leave a reply"
    private static final Pattern COMMENTS = Pattern.compile(
            "(?:^\\W*|\\d+\\s+)(?:comments?|responses?|replies|reactions|kommentare?|commentaires?|comentários?|comentarios?|commenti|комментари\\w*)\\b"
                    + "|\\b(?:leave|post|add|write|join) (?:a|the) (?:comment|reply|response|discussion|conversation)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private Furniture() {
    }

    /** Whether a lower-cased word names furniture. */
    static boolean isWord(String lowerCaseWord) {
        return WORDS.contains(lowerCaseWord);
    }

    /** Whether a line opens a comment section, which ends the article. */
    static boolean isCommentsHeading(Line l) {
        // a "Comments" entry in a share bar is a button, not a section heading
        return !l.bullet() && l.words() <= 12 && !l.sentenceEnd() && COMMENTS.matcher(l.text()).find();
    }

    /** Whether a short line is a furniture label: "Read also", "Share this on WhatsApp", "Advertisement". */
    static boolean isShortFurniture(Line l) {
        return l.furniture() > 0 || PHRASES.matcher(l.text()).find();
    }
}
