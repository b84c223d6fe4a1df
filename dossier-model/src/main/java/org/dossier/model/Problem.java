package org.dossier.model;

import java.util.Objects;

/**
 * Something odd about one input that did not stop it from being used: bad input is data, not an
 * exception.
 *
 * @param stage   the stage that noticed it ({@code decode}, {@code extract}, ...)
 * @param code    a stable, machine-readable kebab-case code
 * @param message a sentence for people, naming what was wrong
 */
public record Problem(String stage, String code, String message) {

    public Problem {
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(message, "message");
        Codes.requireCode(code);
    }
}
