package org.dossier.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived identifiers: stable across runs, machines and input order. */
public final class Ids {
    private static final int ID_BYTES = 8;

    private Ids() {
    }

    /** Sixteen hex digits of SHA-256 over the bytes and the URL (empty when unknown). */
    public static String articleId(byte[] bytes, String url) {
        MessageDigest sha = sha256();
        sha.update(url.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(bytes);
        return HexFormat.of().formatHex(sha.digest(), 0, ID_BYTES);
    }

    /** Sixteen hex digits of SHA-256 over the given parts, for ids of derived records. */
    public static String of(String... parts) {
        MessageDigest sha = sha256();
        for (String part : parts) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest(), 0, ID_BYTES);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
