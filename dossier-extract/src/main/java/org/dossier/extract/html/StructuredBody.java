package org.dossier.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Paragraph;
import org.jsoup.Jsoup;

/** The article body a page declares in its JSON-LD, cut into paragraphs at its line breaks. */
final class StructuredBody {
    private StructuredBody() {
    }

    static List<Paragraph> paragraphs(String body) {
        String text = body;
        if (text.indexOf('<') >= 0) {
            // some publishers put markup in articleBody: keep its paragraph breaks, drop its tags
            text = text.replaceAll("(?i)<br\\s*/?>|</p\\s*>|</h\\d\\s*>|</li\\s*>", "\n");
            text = String.join("\n", text.lines().map(l -> Jsoup.parse(l).text()).toList());
        }
        List<Paragraph> out = new ArrayList<>();
        for (String line : text.split("\\s*\\n\\s*")) {
            String p = line.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
            if (!p.isEmpty()) {
                out.add(new Paragraph(p));
            }
        }
        return out;
    }

    static int words(List<Paragraph> paragraphs) {
        int n = 0;
        for (Paragraph p : paragraphs) {
            boolean in = false;
            String t = p.text();
            for (int i = 0; i < t.length(); i++) {
                boolean w = Character.isLetterOrDigit(t.charAt(i));
                if (w && !in) {
                    n++;
                }
                in = w;
            }
        }
        return n;
    }
}
