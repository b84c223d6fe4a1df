package org.dossier.output;

import java.util.Objects;
import java.util.Optional;

/**
 * What the head of a briefing says about the run beside its stories.
 *
 * @param rejected   inputs that gave no article
 * @param duplicates inputs whose article an earlier input gave
 * @param unfinished when the run failed part-way, a sentence saying where and what is not written
 */
public record Overview(long rejected, long duplicates, Optional<String> unfinished) {

    public Overview {
        if (rejected < 0 || duplicates < 0) {
            throw new IllegalArgumentException("counts must not be negative, got rejected " + rejected
                    + " and duplicates " + duplicates);
        }
        Objects.requireNonNull(unfinished, "unfinished");
    }

    /** A finished run with {@code rejected} rejections and no duplicates. */
    public static Overview of(long rejected) {
        return new Overview(rejected, 0, Optional.empty());
    }

    /** The counts after the article count, e.g. {@code ", 2 inputs rejected, 1 duplicate input"}; empty when both are 0. */
    public String counts() {
        StringBuilder s = new StringBuilder();
        if (rejected > 0) {
            s.append(", ").append(rejected).append(rejected == 1 ? " input rejected" : " inputs rejected");
        }
        if (duplicates > 0) {
            s.append(", ").append(duplicates).append(duplicates == 1 ? " duplicate input" : " duplicate inputs");
        }
        return s.toString();
    }
}
