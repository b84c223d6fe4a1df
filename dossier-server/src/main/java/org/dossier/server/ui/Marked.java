package org.dossier.server.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dossier.model.Article;
import org.dossier.model.Span;
import org.jsoup.nodes.Element;

/**
 * An article's paragraphs with stretches of the body marked (quotes, claim sources): the text goes
 * in as text nodes, each mark as a {@code <mark>} element, so offsets decide the markup and the
 * article's characters never do.
 */
final class Marked {
    /** A stretch of the body to mark, with its CSS class and a tooltip. */
    record Mark(Span span, String css, String title) {
    }

    private Marked() {
    }

    /** Appends one {@code <p>} per paragraph of {@code a} to {@code parent}, with the marks. */
    static void paragraphs(Element parent, Article a, List<Mark> marks) {
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
        List<Span> spans = a.paragraphSpans();
        String body = a.body();
        for (Span para : spans) {
            Element p = parent.appendElement("p");
            int at = para.start();
            for (Mark m : sorted) {
                int s = Math.max(m.span().start(), at);
                int e = Math.min(m.span().end(), para.end());
                if (e <= s) {
                    continue;
                }
                if (s > at) {
                    p.appendText(body.substring(at, s));
                }
                p.appendElement("mark").addClass(m.css()).attr("title", m.title()).text(body.substring(s, e));
                at = e;
            }
            if (at < para.end()) {
                p.appendText(body.substring(at, para.end()));
            }
        }
    }
}
