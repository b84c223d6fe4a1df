package org.dossier.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A clean article: metadata and body paragraphs, boilerplate gone. The {@link #body()} is the
 * paragraphs joined with {@code "\n\n"}; every later offset points into it.
 *
 * @param id         stable id, see {@link RawPage#articleId()}
 * @param source     the input as given
 * @param metadata   what the page says about the article
 * @param paragraphs the body paragraphs in reading order, at least one
 * @param body       the paragraphs joined with {@link #PARAGRAPH_SEPARATOR}
 * @param problems   what was odd about the input
 */
public record Article(String id, String source, ArticleMetadata metadata, List<Paragraph> paragraphs, String body,
                      List<Problem> problems) {

    public static final String PARAGRAPH_SEPARATOR = "\n\n";

    public Article {
        if (id == null || !id.matches("[0-9a-f]{16}")) {
            throw new IllegalArgumentException("article id must be 16 hex digits, got " + Codes.quote(id));
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(metadata, "metadata of " + source);
        paragraphs = List.copyOf(paragraphs);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("an article needs at least one paragraph: " + source);
        }
        if (!join(paragraphs).equals(body)) {
            throw new IllegalArgumentException("body must be the paragraphs joined with a blank line: " + source);
        }
        problems = List.copyOf(problems);
    }

    /** Builds an article whose body is derived from its paragraphs. */
    public static Article of(String id, String source, ArticleMetadata metadata, List<Paragraph> paragraphs,
                             List<Problem> problems) {
        return new Article(id, source, metadata, paragraphs, join(paragraphs), problems);
    }

    public Article withMetadata(ArticleMetadata m) {
        return new Article(id, source, m, paragraphs, body, problems);
    }

    public Article withProblem(Problem p) {
        List<Problem> all = new ArrayList<>(problems);
        all.add(p);
        return new Article(id, source, metadata, paragraphs, body, all);
    }

    /** The paragraphs' texts, in order. */
    public List<String> paragraphTexts() {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    /** The span of each paragraph in {@link #body()}, in order. */
    public List<Span> paragraphSpans() {
        List<Span> spans = new ArrayList<>(paragraphs.size());
        int at = 0;
        for (Paragraph p : paragraphs) {
            spans.add(new Span(at, at + p.text().length()));
            at += p.text().length() + PARAGRAPH_SEPARATOR.length();
        }
        return spans;
    }

    private static String join(List<Paragraph> paragraphs) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : paragraphs) {
            if (!sb.isEmpty()) {
                sb.append(PARAGRAPH_SEPARATOR);
            }
            sb.append(p.text());
        }
        return sb.toString();
    }
}
