package org.dossier.ingest;

/**
 * Caps that keep one bad input from exhausting time or memory.
 *
 * @param maxPageBytes largest page accepted, after decompression
 */
public record Limits(long maxPageBytes) {
    /** 16 MiB: far above any real article page, far below what would strain a 1 GB heap. */
    public static final Limits DEFAULT = new Limits(16L << 20);

    public Limits {
        if (maxPageBytes < 1 || maxPageBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxPageBytes must be between 1 and 2^31-17, got " + maxPageBytes);
        }
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
