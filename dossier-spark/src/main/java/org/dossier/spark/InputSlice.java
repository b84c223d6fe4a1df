package org.dossier.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;
import org.dossier.ingest.InputFile;

/**
 * One task's share of one input file: the items (pages and failures, numbered from 0 in the order
 * the file gives them) whose number is {@code slice} modulo {@code slices}. A file is read whole by
 * each of its slices, and only its own items are extracted and analysed, so a single large WARC
 * still keeps every core busy: reading and gunzipping cost little beside the language stages.
 *
 * @param file   the input's position among the job's inputs
 * @param path   the file, on a file system every executor sees
 * @param source the name reports use, as the CLI gives it
 * @param unreadable why listing found the entry unreadable (a directory that cannot be listed, a
 *                   broken link, a pipe), or null when it is a file to read; see {@link #input()}
 */
public record InputSlice(int file, String path, String source, int slice, int slices, String unreadable)
        implements Serializable {
    public InputSlice {
        if (slices < 1 || slice < 0 || slice >= slices) {
            throw new IllegalArgumentException("slice " + slice + " of " + slices + " of " + source);
        }
    }

    /** The slice of a file listing found readable. */
    public InputSlice(int file, String path, String source, int slice, int slices) {
        this(file, path, source, slice, slices, null);
    }

    /** The input as the reader takes it, with the reason listing found when it is unreadable. */
    public InputFile input() {
        return new InputFile(Path.of(path), source, Optional.ofNullable(unreadable));
    }

    /** Whether the file's item number {@code item} is this slice's. */
    public boolean owns(long item) {
        return item % slices == slice;
    }
}
