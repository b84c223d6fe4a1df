package org.dossier.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.dossier.store.StoreException;

/**
 * Finds the newest commit of a store whose files open, for a store whose last commit was damaged on
 * disk (a file truncated by a full disk, a crash of the file system, a bad copy). Opening a commit
 * reads every segment's header and checks that each file ends in its checksum footer, which finds
 * truncated and cut-off files without reading the whole index.
 *
 * @param commit  the newest commit that opens
 * @param damaged the commit files ({@code segments_N}) of the newer commits that do not, newest first
 * @param notice  when the newest commit was damaged, a sentence for the person opening the store
 */
record CommitRecovery(IndexCommit commit, List<String> damaged, Optional<String> notice) {
    /** Beside the index: where a writer moves the commit files of damaged commits, never deleting them. */
    static final String DAMAGED = "damaged";

    CommitRecovery {
        damaged = List.copyOf(damaged);
    }

    /**
     * The newest intact commit of the index in {@code directory}, which must hold at least one.
     *
     * @throws StoreException when no commit opens, naming the first damage found
     */
    static CommitRecovery newestIntact(Directory directory, String location) throws IOException {
        List<String> damaged = new ArrayList<>();
        Exception newestDamage = null;
        for (String segments : commitFilesNewestFirst(directory)) {
            try {
                IndexCommit c = new FileCommit(directory, SegmentInfos.readCommit(directory, segments));
                DirectoryReader.open(c).close();
                Optional<String> notice = newestDamage == null ? Optional.empty() : Optional.of("store " + location
                        + ": its last commit is damaged on disk (" + newestDamage.getMessage() + "); it was set aside"
                        + " and the store holds its previous commit, " + sequence(c)
                        + ". Add the last run's inputs again to restore it");
                return new CommitRecovery(c, damaged, notice);
            } catch (IOException | RuntimeException e) {
                damaged.add(segments);
                newestDamage = newestDamage == null ? e : newestDamage;
            }
        }
        throw new StoreException("store " + location + " is damaged and holds no intact commit to fall back to ("
                + (newestDamage == null ? "no commit" : newestDamage.getMessage()) + "); restore it from a backup,"
                + " or move it aside and analyse its inputs (the WARCs it was made from) into a new store",
                newestDamage);
    }

    /**
     * Moves the damaged commits' files out of the index into {@code store/damaged/}, so that the
     * intact commit is the newest again and nothing is deleted; a writer does this, never a reader.
     *
     * @return where they went
     */
    Path setAside(Path store, Path index) throws IOException {
        Path aside = store.resolve(DAMAGED).resolve(Long.toString(System.currentTimeMillis()));
        Files.createDirectories(aside);
        for (String segments : damaged) {
            Files.move(index.resolve(segments), aside.resolve(segments), StandardCopyOption.ATOMIC_MOVE);
        }
        return aside;
    }

    private static List<String> commitFilesNewestFirst(Directory directory) throws IOException {
        return Arrays.stream(directory.listAll())
                .filter(f -> f.startsWith(IndexFileNames.SEGMENTS + "_"))
                .sorted(Comparator.comparingLong(SegmentInfos::generationFromSegmentsFileName).reversed())
                .toList();
    }

    private static String sequence(IndexCommit c) throws IOException {
        String seq = c.getUserData().get(LuceneStore.SEQUENCE_KEY);
        return seq == null ? "the empty store" : "commit " + seq;
    }
}
