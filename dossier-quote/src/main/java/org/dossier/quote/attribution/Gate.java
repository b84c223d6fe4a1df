package org.dossier.quote.attribution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.dossier.quote.learn.LogisticModel;

/**
 * The learned gate over reported speech: a logistic model over an attribution's
 * {@linkplain CandidateFeatures features} and the probability from which an attribution is kept.
 * It decides which of the rules' reported-speech candidates become statements, nested ones included
 * (the rules alone drop every attribution nested in another's content). Immutable and thread-safe.
 *
 * @param model     the fitted model
 * @param threshold the probability from which a candidate is kept, in (0, 1)
 */
public record Gate(LogisticModel model, double threshold) {
    /** The gate shipped with the stage, trained on PolNeAR's train split (see docs/ATTRIBUTION.md). */
    public static final String RESOURCE = "/org/dossier/quote/attribution/gate.tsv";

    public Gate {
        Objects.requireNonNull(model, "model");
        if (!(threshold > 0 && threshold < 1)) {
            throw new IllegalArgumentException("a gate's threshold is a probability strictly between 0 and 1, got " + threshold);
        }
    }

    /** Whether a candidate with {@code features} is kept. */
    public boolean keeps(List<String> features) {
        return model.probability(features) >= threshold;
    }

    /**
     * The gate shipped in the stage's resources; its threshold is read from the file's
     * {@code # threshold=P} comment line.
     *
     * @throws UncheckedIOException when the resource is missing or malformed: the build ships it
     */
    public static Gate shipped() {
        try (InputStream in = Gate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("the quote stage's gate " + RESOURCE + " is not on the class path");
            }
            byte[] bytes = in.readAllBytes();
            LogisticModel model = LogisticModel.read(new java.io.ByteArrayInputStream(bytes), RESOURCE);
            return new Gate(model, threshold(new String(bytes, java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code # threshold=P} line of a written gate. */
    static double threshold(String text) throws IOException {
        for (String line : text.split("\n")) {
            if (line.startsWith("# threshold=")) {
                try {
                    return Double.parseDouble(line.substring("# threshold=".length()).trim());
                } catch (NumberFormatException e) {
                    throw new IOException(RESOURCE + ": expected \"# threshold=P\", got \"" + line + "\"");
                }
            }
        }
        throw new IOException(RESOURCE + ": no \"# threshold=P\" line");
    }

    /** The comment line {@link #shipped()} reads the threshold from. */
    public String thresholdComment() {
        return "threshold=" + threshold;
    }
}
