package org.dossier.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class WriteTokenTest {
    private final WriteToken token = new WriteToken("s3cret-token");

    @Test
    void theBearerTokenIsAdmittedWhateverTheSchemeCase() {
        assertTrue(token.admits(Optional.of("Bearer s3cret-token")));
        assertTrue(token.admits(Optional.of("bearer s3cret-token ")));
    }

    @Test
    void anythingElseIsRefused() {
        for (String h : new String[] {"", "s3cret-token", "Bearer", "Bearer ", "Bearer s3cret-toke", "Bearer s3cret-tokenX",
                "Basic s3cret-token", "Bearer S3CRET-TOKEN"}) {
            assertFalse(token.admits(Optional.of(h)), h);
        }
        assertFalse(token.admits(Optional.empty()));
    }

    @Test
    void generatedTokensAreLongUrlSafeAndDifferent() {
        String a = WriteToken.generate();
        String b = WriteToken.generate();
        assertEquals(43, a.length());
        assertTrue(a.matches("[A-Za-z0-9_-]+"), a);
        assertNotEquals(a, b);
    }

    @Test
    void aBlankTokenIsRefusedAtStart() {
        assertThrows(IllegalArgumentException.class, () -> new WriteToken(" "));
        assertThrows(IllegalArgumentException.class, () -> ServerConfig.loopback(8080, ""));
    }
}
