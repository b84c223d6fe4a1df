package org.dossier.store.lucene;

import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * One commit of an index, read from its own {@code segments_N} file. Lucene lists commits only all
 * together, and a damaged newer commit makes the whole listing fail; this opens one at a time.
 */
final class FileCommit extends IndexCommit {
    private final Directory directory;
    private final SegmentInfos infos;

    FileCommit(Directory directory, SegmentInfos infos) {
        this.directory = directory;
        this.infos = infos;
    }

    @Override
    public String getSegmentsFileName() {
        return infos.getSegmentsFileName();
    }

    @Override
    public Collection<String> getFileNames() throws IOException {
        return infos.files(true);
    }

    @Override
    public Directory getDirectory() {
        return directory;
    }

    /** Only a writer's deletion policy deletes commits; this one is for reading. */
    @Override
    public void delete() {
        throw new UnsupportedOperationException("a commit opened from its file is not deleted through it");
    }

    @Override
    public boolean isDeleted() {
        return false;
    }

    @Override
    public int getSegmentCount() {
        return infos.size();
    }

    @Override
    public long getGeneration() {
        return infos.getGeneration();
    }

    @Override
    public Map<String, String> getUserData() {
        return infos.getUserData();
    }
}
