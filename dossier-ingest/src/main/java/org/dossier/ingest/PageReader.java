package org.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.AccessDeniedException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.dossier.model.RawPage;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;

/**
 * Reads one input into the pages it holds. Container formats registered as {@link InputFormat}
 * services (WARC, feeds) take their files; any other file is one page, gunzipped when it is gzip,
 * with the page size capped before and after inflation so a gzip bomb costs nothing.
 */
public final class PageReader {
    private final Limits limits;
    private final List<InputFormat> formats;

    public PageReader(Limits limits) {
        this(limits, ServiceLoader.load(InputFormat.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public PageReader(Limits limits, List<InputFormat> formats) {
        this.limits = limits;
        this.formats = List.copyOf(formats);
    }

    public Stream<ReadResult> read(InputFile file) {
        if (file.isStdin()) {
            return Stream.of(readSingle(file, System.in));
        }
        if (file.unreadable().isPresent()) {
            return Stream.of(failed(file, RejectCode.UNREADABLE, file.unreadable().get()));
        }
        if (Files.isDirectory(file.path())) {
            // InputResolver lists directories; one arrives here only when a caller passed it as is
            return Stream.of(failed(file, RejectCode.UNREADABLE, "a directory, not a file: " + file.path()));
        }
        try {
            byte[] head = head(file);
            String name = file.path().getFileName().toString().toLowerCase(Locale.ROOT);
            for (InputFormat f : formats) {
                if (f.accepts(name, head)) {
                    return f.read(file, limits);
                }
            }
            try (InputStream in = Files.newInputStream(file.path())) {
                return Stream.of(readSingle(file, in));
            }
        } catch (NoSuchFileException e) {
            return Stream.of(failed(file, RejectCode.UNREADABLE,
                    Files.isSymbolicLink(file.path()) ? TreeListing.brokenLink(file.path()) : "no such file"));
        } catch (AccessDeniedException e) {
            return Stream.of(failed(file, RejectCode.UNREADABLE, "permission denied"));
        } catch (IOException e) {
            return Stream.of(failed(file, RejectCode.UNREADABLE, "cannot read: " + e.getMessage()));
        }
    }

    /** The first bytes of the file, inflated when it is gzip, for format detection. */
    private static byte[] head(InputFile file) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file.path()))) {
            InputStream in = Gzip.maybeInflate(raw);
            return in.readNBytes(4096);
        } catch (ZipException | java.io.EOFException e) {
            return new byte[0];
        }
    }

    private ReadResult readSingle(InputFile file, InputStream raw) {
        try {
            InputStream in = Gzip.maybeInflate(new BufferedInputStream(raw));
            boolean gz = in instanceof GZIPInputStream;
            // a plain file's size is known: an oversized one is rejected without reading it
            long size = gz || file.isStdin() ? -1 : Files.size(file.path());
            Optional<byte[]> bytes = size > limits.maxPageBytes() ? Optional.empty()
                    : BoundedReader.readAtMost(in, limits.maxPageBytes());
            if (bytes.isEmpty()) {
                String what = gz ? "inflates to more than " + limits.describeCap()
                        : size > 0 ? "is " + Limits.inOptionUnits(size) + ", larger than " + limits.describeCap()
                        : "is larger than " + limits.describeCap();
                return failed(file, RejectCode.TOO_LARGE, what + ", the page size cap (raise it with --max-page-mb)");
            }
            return new ReadResult.Page(RawPage.of(file.source(), bytes.get()));
        } catch (ZipException | java.io.EOFException e) {
            return failed(file, RejectCode.MALFORMED, "gzip data is corrupt or truncated: " + e.getMessage());
        } catch (IOException e) {
            return failed(file, RejectCode.UNREADABLE, "cannot read: " + e.getMessage());
        }
    }

    private static ReadResult failed(InputFile file, RejectCode code, String message) {
        return new ReadResult.Failed(Rejection.of(file.source(), code, message));
    }
}
