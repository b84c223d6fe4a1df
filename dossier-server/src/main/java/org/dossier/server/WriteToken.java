package org.dossier.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The shared secret write endpoints require as {@code Authorization: Bearer TOKEN}. Compared in
 * constant time, so the time a wrong guess takes says nothing about how much of it was right.
 */
public final class WriteToken {
    private static final String BEARER = "Bearer ";
    private final byte[] token;

    public WriteToken(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the write token must not be blank");
        }
        this.token = token.getBytes(StandardCharsets.UTF_8);
    }

    /** 32 random bytes from the system's strong source, URL-safe Base64 (43 characters). */
    public static String generate() {
        byte[] b = new byte[32];
        new SecureRandom().nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether an {@code Authorization} header value carries this token. */
    public boolean admits(Optional<String> authorization) {
        if (authorization.isEmpty() || !authorization.get().regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        byte[] given = authorization.get().substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
        // MessageDigest.isEqual takes time independent of where the first difference is
        return MessageDigest.isEqual(given, token);
    }
}
