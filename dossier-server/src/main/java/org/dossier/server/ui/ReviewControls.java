package org.dossier.server.ui;

import java.util.List;
import java.util.Set;
import org.dossier.model.Claim;
import org.dossier.store.Correction;
import org.dossier.store.review.ReviewLog;
import org.dossier.store.review.Reviewed;
import org.dossier.store.review.ReviewedStory;
import org.jsoup.nodes.Element;

/**
 * The reviewer's controls in the web UI: small forms the page script ({@code /static/dossier.js})
 * sends to the review API with the write token and the reviewer's name from the reviewer box, then
 * reloads the page. Without the script (or the token) they do nothing; the pages read as before.
 */
final class ReviewControls {
    private ReviewControls() {
    }

    /** The box where a reviewer gives the write token and their name (kept in the browser's session). */
    static void reviewerBox(Element to) {
        Element box = to.appendElement("details").addClass("reviewer");
        box.appendElement("summary").text("Review");
        Element f = box.appendElement("form").addClass("reviewer-form");
        f.appendElement("label").text("Your name ").appendElement("input").attr("name", "by").attr("autocomplete", "name")
                .attr("maxlength", "200");
        f.appendElement("label").text(" Write token ").appendElement("input").attr("name", "token").attr("type", "password")
                .attr("autocomplete", "off");
        f.appendElement("button").attr("type", "submit").text("Use");
        box.appendElement("p").addClass("meta").text("Corrections are kept in the store with your name and the time,"
                + " applied again after every re-run, and listed in the ").appendElement("a").attr("href", "/review")
                .text("review log");
    }

    /** The folded place of an item's review forms: closed until the reviewer opens it. */
    static Element tools(Element to) {
        Element d = to.appendElement("details").addClass("review-tools");
        d.appendElement("summary").attr("title", "review").text("review");
        return d;
    }

    /** A form posting to {@code url}; the fields are added by the caller. */
    static Element form(Element to, String url, String label) {
        Element f = to.appendElement("form").addClass("review").attr("data-url", url);
        f.appendElement("span").addClass("review-label").text(label);
        return f;
    }

    static void note(Element form) {
        form.appendElement("input").attr("name", "note").attr("placeholder", "note").attr("maxlength", "1000");
    }

    static void button(Element form, String text) {
        form.appendElement("button").attr("type", "submit").text(text);
        form.appendElement("output").addClass("error");
    }

    /** A claim's permalink, verdict and verdict form. */
    static void claim(Element li, String story, Claim c, ReviewedStory r) {
        String id = Reviewed.claimId(c);
        li.attr("id", "claim-" + id);
        li.appendElement("a").addClass("permalink").attr("href", "#claim-" + id).attr("title", "link to this claim").text("#");
        r.verdict(c).ifPresent(v -> li.appendElement("span").addClass("tag").addClass("verdict-" + v.value())
                .attr("title", v.by() + ", " + v.at() + (v.note().isEmpty() ? "" : ": " + v.note()))
                .text("reviewed: " + v.value()));
        Element f = form(tools(li), "/api/stories/" + story + "/claims/" + id + "/verdict", "Verdict");
        Element sel = f.appendElement("select").attr("name", "verdict");
        for (String v : List.of("supported", "disputed", "unsupported")) {
            sel.appendElement("option").attr("value", v).text(v);
        }
        note(f);
        button(f, "Mark");
    }

    /** A quote's permalink and speaker forms. */
    static void quote(Element bq, String article, String quoteId) {
        bq.attr("id", "quote-" + quoteId);
        Element tools = tools(bq);
        Element f = form(tools, "/api/articles/" + article + "/quotes/" + quoteId + "/speaker", "Speaker");
        f.appendElement("input").attr("name", "speaker").attr("placeholder", "name or entity id").attr("maxlength", "200");
        note(f);
        button(f, "Correct");
        Element rm = form(tools, "/api/articles/" + article + "/quotes/" + quoteId + "/speaker/remove", "");
        button(rm, "No known speaker");
    }

    /** A source's hide and move forms. */
    static void source(Element col, String story, String article) {
        Element tools = tools(col);
        Element hide = form(tools, "/api/stories/" + story + "/articles/" + article + "/hide", "");
        note(hide);
        button(hide, "Hide from this story");
        Element move = form(tools, "/api/stories/" + story + "/articles/" + article + "/move", "");
        move.appendElement("input").attr("name", "to").attr("placeholder", "story id").attr("maxlength", "16");
        button(move, "Move");
    }

    /** An entity's merge and split forms. */
    static void entity(Element to, org.dossier.model.Entity e) {
        Element tools = tools(to);
        Element merge = form(tools, "/api/entities/" + e.id() + "/merge", "Same as entity ");
        merge.appendElement("input").attr("name", "into").attr("placeholder", "entity id").attr("maxlength", "16");
        note(merge);
        button(merge, "Merge");
        Element split = form(tools, "/api/entities/" + e.id() + "/split", "Split off the name ");
        Element sel = split.appendElement("select").attr("name", "name");
        e.mentions().stream().map(org.dossier.model.EntityMention::text).distinct().sorted()
                .forEach(n -> sel.appendElement("option").attr("value", n).text(n));
        note(split);
        button(split, "Split");
    }

    /** Downloads of the story as the export writes it. */
    static void exports(Element to, String story) {
        Element p = to.appendElement("p").addClass("exports").text("Download: ");
        for (String f : List.of("md", "html", "json", "csv")) {
            p.appendElement("a").attr("href", "/api/stories/" + story + "/export?format=" + f).attr("download", "")
                    .text(f);
            p.appendText(" ");
        }
    }

    /** The corrections in effect on this story, each with its undo. */
    static void applied(Element to, List<Correction> corrections) {
        Element s = to.appendElement("section").attr("id", "review");
        s.appendElement("h2").text("Review");
        if (corrections.isEmpty()) {
            s.appendElement("p").addClass("empty").text("No corrections to this story.");
            return;
        }
        Element ul = s.appendElement("ul").addClass("corrections");
        for (Correction c : corrections) {
            entry(ul.appendElement("li"), c, true);
        }
    }

    /** One log entry, in words. */
    static void entry(Element li, Correction c, boolean undoable) {
        li.attr("id", "correction-" + c.id()).addClass("correction");
        li.appendElement("time").attr("datetime", c.at().toString()).text(c.at().toString());
        li.appendText(" " + c.by() + ": " + c.kind().label() + " " + c.target() + (c.value().isEmpty() ? "" : " → " + c.value())
                + (c.note().isEmpty() ? "" : " (" + c.note() + ")"));
        if (undoable) {
            button(form(li, "/api/review/" + c.id() + "/undo", ""), "Undo");
        }
    }

    /** The audit page: the whole log, newest first, undone entries marked. */
    static String logPage(ReviewLog log) {
        var doc = Html.page("Review log");
        Element main = Html.main(doc);
        main.appendElement("h1").text("Review log");
        reviewerBox(main);
        List<Correction> entries = new java.util.ArrayList<>(log.entries());
        java.util.Collections.reverse(entries);
        if (entries.isEmpty()) {
            main.appendElement("p").addClass("empty").text("No corrections yet.");
        }
        Set<String> undone = log.undone();
        Set<String> effective = Set.copyOf(log.effective().stream().map(Correction::id).toList());
        Element ul = main.appendElement("ul").addClass("corrections").attr("id", "audit");
        for (Correction c : entries) {
            Element li = ul.appendElement("li");
            entry(li, c, effective.contains(c.id()));
            if (undone.contains(c.id())) {
                li.addClass("undone").appendElement("span").addClass("tag").text("undone");
            } else if (c.kind() != Correction.Kind.UNDO && !effective.contains(c.id())) {
                li.appendElement("span").addClass("tag").text("replaced");
            }
        }
        return Html.render(doc);
    }
}
