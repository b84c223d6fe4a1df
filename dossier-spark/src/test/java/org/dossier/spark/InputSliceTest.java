package org.dossier.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import org.dossier.ingest.Limits;
import org.dossier.ingest.PageReader;
import org.dossier.ingest.ReadResult;
import org.junit.jupiter.api.Test;

/** A slice carries what listing found to executors: an unreadable entry keeps its reason. */
class InputSliceTest {

    @Test
    void aSliceOfADirectoryThatCouldNotBeListedReachesTheReaderWithItsReason() throws Exception {
        InputSlice slice = roundTrip(new InputSlice(0, "/crawl/locked", "crawl/locked", 0, 1,
                "cannot list the directory crawl/locked: permission denied; none of its files were read"));
        assertEquals(Optional.of("cannot list the directory crawl/locked: permission denied; none of its files were read"),
                slice.input().unreadable());
        List<ReadResult> read = new PageReader(Limits.DEFAULT).read(slice.input()).toList();
        ReadResult.Failed failed = (ReadResult.Failed) read.getFirst();
        assertEquals("unreadable", failed.rejection().code());
        assertEquals("crawl/locked", failed.rejection().source());
    }

    @Test
    void aSliceOfAReadableFileHasNoReason() throws Exception {
        assertEquals(Optional.empty(), roundTrip(new InputSlice(3, "/crawl/a.warc.gz", "crawl/a.warc.gz", 1, 4)).input().unreadable());
    }

    /** Through Java serialization, as Spark ships slices to executors. */
    private static InputSlice roundTrip(InputSlice s) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(s);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (InputSlice) in.readObject();
        }
    }
}
