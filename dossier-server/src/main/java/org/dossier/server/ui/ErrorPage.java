package org.dossier.server.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The page the UI shows for a failed request: the status, the code and the sentence, escaped. */
public final class ErrorPage {
    private ErrorPage() {
    }

    public static String render(int status, String code, String message) {
        Document doc = Html.page("Error " + status);
        Element main = Html.main(doc);
        main.appendElement("h1").text("Error " + status);
        main.appendElement("p").addClass("error").attr("data-code", code).text(message == null ? code : message);
        main.appendElement("p").appendElement("a").attr("href", "/").text("Back to the stories");
        return Html.render(doc);
    }
}
