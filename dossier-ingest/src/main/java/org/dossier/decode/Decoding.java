package org.dossier.decode;

import java.util.Objects;
import org.dossier.model.RejectCode;

/** The outcome of decoding: text, or the reason the bytes are not a readable page. */
public sealed interface Decoding {

    record Decoded(DecodedPage page) implements Decoding {
        public Decoded {
            Objects.requireNonNull(page, "page");
        }
    }

    record Undecodable(RejectCode code, String message) implements Decoding {
        public Undecodable {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(message, "message");
        }
    }
}
