package org.dossier.spark;

import java.io.Serializable;

/**
 * One task's share of one input file: the items (pages and failures, numbered from 0 in the order
 * the file gives them) whose number is {@code slice} modulo {@code slices}. A file is read whole by
 * each of its slices, and only its own items are extracted and analysed, so a single large WARC
 * still keeps every core busy: reading and gunzipping cost little beside the language stages.
 *
 * @param file   the input's position among the job's inputs
 * @param path   the file, on a file system every executor sees
 * @param source the name reports use, as the CLI gives it
 */
public record InputSlice(int file, String path, String source, int slice, int slices) implements Serializable {
    public InputSlice {
        if (slices < 1 || slice < 0 || slice >= slices) {
            throw new IllegalArgumentException("slice " + slice + " of " + slices + " of " + source);
        }
    }

    /** Whether the file's item number {@code item} is this slice's. */
    public boolean owns(long item) {
        return item % slices == slice;
    }
}
