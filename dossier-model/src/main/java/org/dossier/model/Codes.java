package org.dossier.model;

import java.util.regex.Pattern;

/** Validation of the machine-readable codes shared by problems and rejections. */
final class Codes {
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    private Codes() {
    }

    static void requireCode(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be kebab-case like 'not-text', got " + quote(code));
        }
    }

    static String quote(String s) {
        return s == null ? "null" : "'" + s + "'";
    }
}
