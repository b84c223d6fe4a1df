package org.dossier.ingest.warc;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.dossier.ingest.InputFile;
import org.dossier.ingest.Limits;
import org.dossier.ingest.ReadResult;
import org.dossier.model.RejectCode;
import org.dossier.model.Rejection;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;

/**
 * The pages of one WARC file, read lazily record by record: memory holds one record's payload at a
 * time, whatever the file's size.
 *
 * <p>A record that cannot be read (a corrupt header, a body that ends early, gzip data that does
 * not inflate) gives one {@link ReadResult.Failed} with code {@code malformed} and source
 * {@code file#offset}; reading resumes at the next record start ({@link RecordStart}), so a
 * truncated record in the middle costs that record only and a truncated tail ends the file with
 * one failure. A record whose Content-Length runs past its real end is caught by the end-of-record
 * marker that should follow it, so each page is held back until the next record has been parsed.
 * A file that gives neither pages nor failures gives one {@code no-article} failure listing what it
 * held, so a WARC of images does not vanish silently.
 */
final class WarcPages implements Iterator<ReadResult> {
    private final InputFile file;
    private final Limits limits;
    private final FileChannel channel;
    private final WarcReader reader;
    private final boolean gzip;
    private final Deque<ReadResult> ready = new ArrayDeque<>();
    private final Map<String, Integer> skipped = new TreeMap<>();
    private boolean ended;
    /** The page of the last record, held until the record after it parses. */
    private ReadResult.Page held;
    /** Offset of the last record read, or -1 before the first. */
    private long lastOffset = -1;
    /** Resynchronisation never goes back: a corrupt region is reported once. */
    private long floor = -1;
    private boolean trailerBroken;
    private int pages;
    private int failures;

    private WarcPages(InputFile file, Limits limits) throws IOException {
        this.file = file;
        this.limits = limits;
        this.channel = FileChannel.open(file.path(), StandardOpenOption.READ);
        try {
            this.reader = new WarcReader(channel);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        this.gzip = reader.compression() == WarcCompression.GZIP;
        reader.setLenient(true);
        reader.onWarning(w -> trailerBroken |= w.startsWith("invalid record trailer"));
    }

    /** The file's pages as a stream that closes the file when it is closed. */
    static Stream<ReadResult> stream(InputFile file, Limits limits) {
        WarcPages pages;
        try {
            pages = new WarcPages(file, limits);
        } catch (IOException | RuntimeException e) {
            return Stream.of(new ReadResult.Failed(Rejection.of(file.source(), RejectCode.UNREADABLE,
                    "cannot open the WARC: " + e.getMessage())));
        }
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(pages::close);
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !ended) {
            step();
        }
        return !ready.isEmpty();
    }

    @Override
    public ReadResult next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    private void step() {
        trailerBroken = false;
        Optional<WarcRecord> record;
        try {
            record = reader.next();
        } catch (IOException | RuntimeException e) {
            // next() first skips the rest of the last record, then parses a header: a failure with
            // the position unmoved, or after a missing end-of-record marker, is the last record's
            boolean lastAtFault = lastOffset >= 0 && (trailerBroken || reader.position() == lastOffset);
            long at = lastAtFault ? lastOffset : reader.position();
            if (lastAtFault) {
                held = null;
            } else {
                release();
            }
            fail(at, lastAtFault ? "the record is truncated or corrupt: " + message(e)
                    : "not a readable WARC record: " + message(e));
            return;
        }
        release();
        if (record.isEmpty()) {
            end();
            return;
        }
        lastOffset = reader.position();
        String source = file.source() + "#" + lastOffset;
        try {
            switch (RecordPage.read(record.get(), source, limits)) {
                case RecordOutcome.Read(ReadResult.Page page) -> held = page;
                case RecordOutcome.Read(ReadResult.Failed failed) -> {
                    failures++;
                    ready.add(failed);
                }
                case RecordOutcome.Skipped(String kind) -> skipped.merge(kind, 1, Integer::sum);
            }
        } catch (IOException | RuntimeException e) {
            fail(lastOffset, "the record is truncated or corrupt: " + message(e));
        }
    }

    private void release() {
        if (held != null) {
            pages++;
            ready.add(held);
            held = null;
        }
    }

    private void fail(long offset, String message) {
        failures++;
        ready.add(new ReadResult.Failed(Rejection.of(file.source() + "#" + offset, RejectCode.MALFORMED, message)));
        floor = Math.max(floor, offset);
        try {
            OptionalLong next = RecordStart.find(channel, floor + 1, gzip);
            if (next.isEmpty()) {
                end();
                return;
            }
            floor = next.getAsLong();
            reader.position(next.getAsLong());
            lastOffset = -1;
        } catch (IOException | RuntimeException e) {
            ready.add(new ReadResult.Failed(Rejection.of(file.source(), RejectCode.UNREADABLE,
                    "cannot read on after the corrupt record at offset " + offset + ": " + message(e))));
            end();
        }
    }

    private void end() {
        ended = true;
        if (pages == 0 && failures == 0) {
            String held = skipped.isEmpty() ? "no records at all" : skipped.entrySet().stream()
                    .map(e -> e.getValue() + " × " + e.getKey()).collect(Collectors.joining(", "));
            ready.add(new ReadResult.Failed(Rejection.of(file.source(), RejectCode.NO_ARTICLE,
                    "no HTML or text pages in this WARC: it holds " + held)));
        }
        close();
    }

    private void close() {
        try {
            reader.close();
            channel.close();
        } catch (IOException e) {
            // read-only file: nothing was lost by failing to close it
        }
    }

    private static String message(Exception e) {
        String m = e instanceof org.netpreserve.jwarc.ParsingException p ? p.getBaseMessage() : e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
