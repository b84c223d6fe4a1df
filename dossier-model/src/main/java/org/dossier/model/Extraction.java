package org.dossier.model;

import java.util.Objects;

/** What one input gave: an article, or the reason it gave none. */
public sealed interface Extraction {

    /** The input as given. */
    String source();

    /** The input held an article. */
    record Found(Article article) implements Extraction {
        public Found {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** The input gave no article. */
    record Rejected(Rejection rejection) implements Extraction {
        public Rejected {
            Objects.requireNonNull(rejection, "rejection");
        }

        @Override
        public String source() {
            return rejection.source();
        }
    }

    static Extraction rejected(String source, RejectCode code, String message) {
        return new Rejected(Rejection.of(source, code, message));
    }
}
