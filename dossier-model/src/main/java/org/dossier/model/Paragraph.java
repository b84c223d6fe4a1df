package org.dossier.model;

/**
 * One paragraph of an article's body: a block of text without blank lines inside, so that joining
 * paragraphs with {@code "\n\n"} gives a body whose offsets map back to exactly one paragraph.
 *
 * @param text the paragraph's text, trimmed, not blank, without {@code "\n\n"}
 */
public record Paragraph(String text) {

    public Paragraph {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("paragraph text must not be blank, got " + Codes.quote(text));
        }
        if (text.contains("\n\n")) {
            throw new IllegalArgumentException("paragraph text must not contain a blank line: "
                    + Codes.quote(text.length() > 60 ? text.substring(0, 60) + "..." : text));
        }
        if (!text.equals(text.strip())) {
            throw new IllegalArgumentException("paragraph text must be trimmed: " + Codes.quote(text));
        }
    }
}
