package org.dossier.decode;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;
import org.dossier.model.Problem;
import org.dossier.model.RawPage;

/**
 * A page's text after decoding.
 *
 * @param page     the bytes it came from
 * @param text     the decoded text, BOM removed
 * @param charset  the charset used
 * @param kind     HTML or plain text
 * @param problems what was odd (a guessed charset, replaced bytes)
 */
public record DecodedPage(RawPage page, String text, Charset charset, MediaKind kind, List<Problem> problems) {
    public DecodedPage {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(text, "text of " + page.source());
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(kind, "kind");
        problems = List.copyOf(problems);
    }
}
