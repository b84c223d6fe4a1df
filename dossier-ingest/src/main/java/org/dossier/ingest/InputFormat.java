package org.dossier.ingest;

import java.util.stream.Stream;

/**
 * A container format that holds pages: a reader that knows how to recognise its files and list the
 * pages inside. Found by name through {@link java.util.ServiceLoader}, so new formats (WARC,
 * feeds) plug in without the application changing.
 */
public interface InputFormat {

    /** A short name for messages and {@code --format}, e.g. {@code warc}. */
    String name();

    /**
     * Whether this format reads the file, judged by its name and its first bytes.
     *
     * @param fileName the file's name, lower case
     * @param head     up to the first 4096 bytes of the file, already decompressed if it was gzip
     */
    boolean accepts(String fileName, byte[] head);

    /** The pages inside the file, lazily; problems with single records are {@link ReadResult.Failed}. */
    Stream<ReadResult> read(InputFile file, Limits limits);
}
