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

    /** The cap as {@code --max-page-mb} takes it, e.g. "16 MB". */
    public String describeCap() {
        return inOptionUnits(maxPageBytes);
    }

    /**
     * A size in the unit {@code --max-page-mb} takes (MiB, written "MB" like the option), so a
     * message compares the size with the number the user typed: "47.7 MB" against "16 MB".
     */
    public static String inOptionUnits(long bytes) {
        if (bytes % (1L << 20) == 0) {
            return (bytes >> 20) + " MB";
        }
        return bytes < 1L << 20 ? bytes + " bytes" : String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    }

    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
