package org.dossier.model;

import java.util.Objects;

/**
 * An input that gave no article, with the reason: one line of {@code rejected.jsonl}.
 *
 * @param source  the input as given (a path, a URL, or {@code path#record} inside an archive)
 * @param code    a stable kebab-case code, see {@link RejectCode}
 * @param message a sentence for people that names what is wrong with the input
 */
public record Rejection(String source, String code, String message) {

    public Rejection {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        Codes.requireCode(code);
    }

    public static Rejection of(String source, RejectCode code, String message) {
        return new Rejection(source, code.code(), message);
    }
}
