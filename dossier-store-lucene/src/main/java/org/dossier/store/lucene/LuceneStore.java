package org.dossier.store.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.dossier.model.Entity;
import org.dossier.model.EntityMention;
import org.dossier.model.Reuse;
import org.dossier.model.Story;
import org.dossier.store.CommitInfo;
import org.dossier.store.Correction;
import org.dossier.store.IoFaults;
import org.dossier.store.Page;
import org.dossier.store.QuoteHit;
import org.dossier.store.QuoteQuery;
import org.dossier.store.SearchQuery;
import org.dossier.store.SearchResult;
import org.dossier.store.Store;
import org.dossier.store.StoreBatch;
import org.dossier.store.StoreBusyException;
import org.dossier.store.StoreException;
import org.dossier.store.StoreStats;
import org.dossier.store.StoredArticle;
import org.dossier.store.Stores;
import org.dossier.store.StoryDossier;

/**
 * A store in a directory: a Lucene index under {@code DIR/index}. Each batch is one
 * {@link IndexWriter#commit()}, which Lucene makes atomic (a new {@code segments_N} file is written,
 * synced and then renamed into place), so a process killed mid-batch leaves the previous commit.
 * Readers search the last commit through a {@link SearcherManager} over the directory, so they
 * never see a batch in progress; a read-only store looks for a newer commit before every read, so it
 * sees another process's commit on its next read.
 *
 * <p>One writer per store, any number of readers: the writer holds Lucene's lock on the index and
 * leaves a {@link #WRITER_NOTE} beside it saying who it is, so that a second writer is told who
 * writes and what else it can do ({@link StoreBusyException}).
 */
public final class LuceneStore implements Store {
    /** The index's subdirectory, leaving room beside it for files of later versions. */
    public static final String INDEX = "index";
    /** Beside the index: who holds the write lock (pid, since, command), while they hold it. */
    public static final String WRITER_NOTE = "writer.properties";
    static final String SEQUENCE_KEY = "dossier.sequence";
    /** Commits kept on disk: the last, and the one before it to fall back to when the last is damaged. */
    static final int KEPT_COMMITS = 2;

    private final String location;
    private final Directory directory;
    private final Analyzer analyzer = Schema.analyzer();
    private final FacetsConfig facets = Schema.facetsConfig();
    private final SearcherManager searchers;
    private final boolean readOnly;
    private final Path note;
    private IndexWriter writer;
    private long sequence;
    private IndexReader facetReader;
    private Optional<SortedSetDocValuesReaderState> facetState = Optional.empty();
    private final List<String> notices = new java.util.concurrent.CopyOnWriteArrayList<>();

    private LuceneStore(String location, Directory directory, IndexWriter writer, Path note, CommitRecovery start)
            throws IOException {
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        this.readOnly = writer == null;
        this.note = note;
        // the commit found intact, not whatever is newest: a damaged last commit is never read
        this.searchers = new SearcherManager(DirectoryReader.open(start.commit()), null);
        String seq = start.commit().getUserData().get(SEQUENCE_KEY);
        this.sequence = seq == null ? 0 : Long.parseLong(seq);
        start.notice().ifPresent(notices::add);
    }

    /** Opens the store at {@code location} (a directory, or {@code lucene://DIR}). */
    public static LuceneStore open(String location, Access access) {
        Path dir = Path.of(Stores.withoutScheme(location));
        Path index = dir.resolve(INDEX);
        IndexWriter writer = null;
        Directory directory = null;
        try {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new StoreException("store " + location + " is a file, not a directory");
            }
            if (access == Access.READ_ONLY) {
                if (!Files.isDirectory(index)) {
                    throw new StoreException("no store at " + location + " (analyse with --store " + location + " first)");
                }
                directory = FSDirectory.open(index);
                if (!DirectoryReader.indexExists(directory)) {
                    throw new StoreException("no store at " + location + " (the directory holds no committed index)");
                }
                return new LuceneStore(location, directory, null, null, CommitRecovery.newestIntact(directory, location));
            }
            Files.createDirectories(index);
            directory = FSDirectory.open(index);
            Optional<String> notice = Optional.empty();
            if (DirectoryReader.indexExists(directory)) {
                CommitRecovery found = CommitRecovery.newestIntact(directory, location);
                if (!found.damaged().isEmpty()) {
                    // the writer holds no lock yet: take it first, so no other writer sees the index mid-move
                    try (var lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                        Path aside = found.setAside(dir, index);
                        notice = found.notice().map(n -> n + " (its commit file is kept in " + aside + ")");
                    } catch (LockObtainFailedException e) {
                        throw busy(location, dir.resolve(WRITER_NOTE), e);
                    }
                }
            }
            writer = newWriter(directory, location, dir.resolve(WRITER_NOTE));
            WriterNote.write(dir.resolve(WRITER_NOTE));
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            CommitRecovery start = CommitRecovery.newestIntact(directory, location);
            return new LuceneStore(location, directory, writer, dir.resolve(WRITER_NOTE),
                    new CommitRecovery(start.commit(), List.of(), notice));
        } catch (IOException e) {
            closeQuietly(writer, directory);
            throw new StoreException("cannot open store " + location + (access == Access.READ_WRITE ? " for writing" : "")
                    + ": " + IoFaults.describe(e) + (access == Access.READ_WRITE ? "; the store is unchanged" : ""), e);
        } catch (RuntimeException e) {
            closeQuietly(writer, directory);
            throw e;
        }
    }

    /** A writer keeping the last {@link #KEPT_COMMITS} commits, so a damaged last one can fall back to the one before. */
    private static IndexWriter newWriter(Directory directory, String location, Path note) throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Schema.analyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64)
                .setCommitOnClose(false)
                .setIndexDeletionPolicy(new KeepLastCommits(KEPT_COMMITS));
        try {
            return new IndexWriter(directory, config);
        } catch (LockObtainFailedException e) {
            throw busy(location, note, e);
        }
    }

    private static StoreBusyException busy(String location, Path note, LockObtainFailedException e) {
        return new StoreBusyException(location, WriterNote.read(note), "A store takes one writer at a time: wait"
                + " until that one finishes and run again, or, while a 'dossier serve' serves this store, add"
                + " pages through its ingest API (POST /api/ingest) instead", e);
    }

    private static void closeQuietly(AutoCloseable... all) {
        for (AutoCloseable c : all) {
            try {
                if (c != null) {
                    c.close();
                }
            } catch (Exception ignored) {
                // already failing with the first error
            }
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized CommitInfo add(StoreBatch batch) {
        if (writer == null) {
            throw new UnsupportedOperationException("store " + location + " is open read-only");
        }
        checkDimension(batch);
        IndexSearcher before = acquire();
        try {
            BatchApplier.Outcome o = new BatchApplier(writer, before, facets).apply(batch);
            if (!o.changed() && sequence > 0) {
                return commits().getLast();
            }
            return commit(new Records.CommitRecord(sequence + 1, System.currentTimeMillis(), batch.label(),
                    o.articles(), o.newArticles(), o.stories()));
        } catch (IOException | RuntimeException e) {
            rollback();
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new StoreException("store " + location + ": the batch '" + batch.label() + "' was not stored ("
                    + (e instanceof IOException io ? IoFaults.describe(io) : e.getMessage())
                    + "); the store holds its previous commit", e);
        } finally {
            release(before);
        }
    }

    @Override
    public synchronized CommitInfo review(Correction correction) {
        if (writer == null) {
            throw new UnsupportedOperationException("store " + location + " is open read-only");
        }
        try {
            Records.CommitRecord c = new Records.CommitRecord(sequence + 1, System.currentTimeMillis(),
                    "review: " + correction.kind().label() + " " + correction.target() + " by " + correction.by(), 0, 0, 0);
            writer.addDocument(Schema.review(new Records.ReviewRecord(c.sequence(), correction.fields())));
            return commit(c);
        } catch (IOException | RuntimeException e) {
            rollback();
            throw new StoreException("store " + location + ": the correction " + correction.id() + " was not stored ("
                    + (e instanceof IOException io ? IoFaults.describe(io) : e.getMessage())
                    + "); the review log is as before", e);
        }
    }

    /** Adds the commit's record and commits everything the writer holds, as one Lucene commit. */
    private CommitInfo commit(Records.CommitRecord c) throws IOException {
        writer.addDocument(Schema.commit(c));
        writer.setLiveCommitData(Map.of(SEQUENCE_KEY, Long.toString(c.sequence())).entrySet());
        writer.commit();
        sequence = c.sequence();
        searchers.maybeRefreshBlocking();
        return info(c);
    }

    @Override
    public List<Correction> corrections() {
        return read(s -> {
            int n = Math.max(1, s.count(SearcherReads.kind(Schema.K_REVIEW)));
            TopDocs top = s.search(SearcherReads.kind(Schema.K_REVIEW), n,
                    new Sort(new SortField(Schema.SEQUENCE, SortField.Type.LONG)));
            return SearcherReads.records(s, top.scoreDocs, Records.ReviewRecord.class).stream()
                    .map(r -> Correction.fromFields(r.fields())).toList();
        });
    }

    private void checkDimension(StoreBatch batch) {
        if (batch.embeddings().isEmpty()) {
            return;
        }
        int dim = batch.embeddings().values().iterator().next().length;
        OptionalInt stored = stats().dimension();
        if (stored.isPresent() && stored.getAsInt() != dim) {
            throw new StoreException("store " + location + " holds " + stored.getAsInt() + "-dimensional embeddings;"
                    + " the batch '" + batch.label() + "' brings " + dim + "-dimensional ones (another model?)");
        }
    }

    /** Drops whatever the failed batch wrote and opens a fresh writer on the last commit. */
    private void rollback() {
        try {
            writer.rollback();
        } catch (IOException | RuntimeException ignored) {
            // the writer is closed either way; the next one starts from the last commit
        }
        try {
            writer = newWriter(directory, location, note);
        } catch (IOException | StoreException e) {
            writer = null;
            deleteNote();
            throw new StoreException("store " + location + ": cannot reopen for writing after a failed batch: "
                    + e.getMessage(), e);
        }
    }

    private static CommitInfo info(Records.CommitRecord c) {
        return new CommitInfo(c.sequence(), Instant.ofEpochMilli(c.millis()), c.label(), c.articles(), c.newArticles(),
                c.stories());
    }

    @FunctionalInterface
    private interface Read<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private IndexSearcher acquire() {
        try {
            if (readOnly) {
                refresh();
            }
            return searchers.acquire();
        } catch (IOException e) {
            throw new StoreException("store " + location + ": cannot read the index: " + e.getMessage(), e);
        }
    }

    /**
     * Read-only: another process may have committed since; the check reads one small file. A newer
     * commit that does not open (damaged on disk) is not read: the store keeps its view and says so
     * once, until a writer commits again over it.
     */
    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            String notice = "store " + location + ": a newer commit does not open (" + e.getMessage()
                    + "); reads stay on the commit before it";
            if (!notices.contains(notice)) {
                notices.add(notice);
            }
        }
    }

    private void release(IndexSearcher s) {
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw new StoreException("store " + location + ": " + e.getMessage(), e);
        }
    }

    private <T> T read(Read<T> r) {
        IndexSearcher s = acquire();
        try {
            return r.apply(s);
        } catch (IOException e) {
            throw new StoreException("store " + location + ": cannot read the index: " + e.getMessage(), e);
        } finally {
            release(s);
        }
    }

    @Override
    public Set<String> knownArticles(Collection<String> articleIds) {
        if (articleIds.isEmpty()) {
            return Set.of();
        }
        return read(s -> {
            Set<String> known = new HashSet<>();
            TopDocs top = s.search(SearcherReads.keys(Schema.K_ARTICLE, articleIds), articleIds.size());
            var stored = s.storedFields();
            for (var h : top.scoreDocs) {
                known.add(stored.document(h.doc, Set.of(Schema.ID)).get(Schema.ID));
            }
            return known;
        });
    }

    @Override
    public Optional<StoredArticle> article(String id) {
        return read(s -> stored(s, id));
    }

    private static Optional<StoredArticle> stored(IndexSearcher s, String id) throws IOException {
        int doc = SearcherReads.docOf(s, Schema.K_ARTICLE, id);
        if (doc < 0) {
            return Optional.empty();
        }
        Records.ArticleRecord r = SearcherReads.record(s.storedFields().document(doc, Set.of(Schema.RECORD)),
                Records.ArticleRecord.class);
        return Optional.of(new StoredArticle(r.analysed(), r.anchored(), r.story(), SearcherReads.vector(s, doc)));
    }

    @Override
    public List<StoredArticle> articles(Collection<String> ids) {
        return read(s -> {
            List<StoredArticle> out = new ArrayList<>();
            for (String id : ids) {
                stored(s, id).ifPresent(out::add);
            }
            return out;
        });
    }

    @Override
    public Optional<Entity> entity(String id) {
        return read(s -> {
            Optional<Records.EntityRecord> r = SearcherReads.byKey(s, Schema.K_ENTITY, id, Records.EntityRecord.class);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            List<EntityMention> mentions = new ArrayList<>();
            var q = new BooleanQuery.Builder()
                    .add(SearcherReads.kind(Schema.K_MENTION), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Schema.ENTITY, id)),
                            BooleanClause.Occur.FILTER)
                    .build();
            SearcherReads.all(s, q, Records.MentionRecord.class).forEach(m -> mentions.addAll(m.mentions()));
            mentions.sort(null);
            return Optional.of(r.get().with(mentions));
        });
    }

    @Override
    public Page<Story> stories(int offset, int limit) {
        SearchQuery.requirePage(offset, limit);
        return read(s -> {
            SortField last = new SortField(Schema.LAST_DAY, SortField.Type.LONG, true);
            last.setMissingValue(Schema.NO_DAY);
            Sort sort = new Sort(last, new SortField(Schema.ID_SORT, SortField.Type.STRING));
            TopDocs top = s.search(SearcherReads.kind(Schema.K_STORY), offset + limit, sort);
            var page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length),
                    top.scoreDocs.length);
            List<Story> stories = SearcherReads.records(s, page, Records.StoryRecord.class).stream()
                    .map(Records.StoryRecord::story).toList();
            return new Page<>(s.count(SearcherReads.kind(Schema.K_STORY)), stories);
        });
    }

    @Override
    public Optional<StoryDossier> story(String id) {
        return read(s -> {
            Optional<Records.StoryRecord> r = SearcherReads.byKey(s, Schema.K_STORY, id, Records.StoryRecord.class);
            if (r.isEmpty()) {
                return Optional.empty();
            }
            List<String> ids = r.get().story().articles();
            Set<String> members = Set.copyOf(ids);
            List<StoredArticle> articles = new ArrayList<>();
            for (String a : ids) {
                stored(s, a).ifPresent(articles::add);
            }
            Map<String, List<EntityMention>> here = new LinkedHashMap<>();
            for (Records.MentionRecord m : SearcherReads.all(s, SearcherReads.kindWithAny(Schema.K_MENTION, Schema.ARTICLE, ids),
                    Records.MentionRecord.class)) {
                here.computeIfAbsent(m.entity(), k -> new ArrayList<>()).addAll(m.mentions());
            }
            List<Entity> entities = new ArrayList<>();
            if (!here.isEmpty()) {
                for (Records.EntityRecord e : SearcherReads.all(s, SearcherReads.keys(Schema.K_ENTITY, here.keySet()), Records.EntityRecord.class)) {
                    List<EntityMention> mentions = new ArrayList<>(here.get(e.id()));
                    mentions.sort(null);
                    entities.add(e.with(mentions));
                }
            }
            List<Reuse> reuses = SearcherReads.all(s, SearcherReads.kindWithAny(Schema.K_REUSE, Schema.ARTICLE, ids), Reuse.class).stream()
                    .filter(x -> members.contains(x.a()) && members.contains(x.b())).toList();
            return Optional.of(new StoryDossier(r.get().story(), articles, entities, r.get().claims(),
                    r.get().timeline(), reuses));
        });
    }

    @Override
    public SearchResult search(SearchQuery query) {
        return read(s -> new ArticleSearch(s, analyzer, facetState(s.getIndexReader())).search(query));
    }

    /** The facet ordinals of a reader, built once per reader (it walks every segment's doc values). */
    private synchronized Optional<SortedSetDocValuesReaderState> facetState(IndexReader reader) throws IOException {
        if (reader != facetReader) {
            facetReader = reader;
            boolean any = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
            facetState = any ? Optional.of(new DefaultSortedSetDocValuesReaderState(reader, facets)) : Optional.empty();
        }
        return facetState;
    }

    @Override
    public Page<QuoteHit> quotes(QuoteQuery query) {
        return read(s -> new QuoteSearch(s, analyzer).search(query));
    }

    @Override
    public StoreStats stats() {
        return read(s -> {
            FieldInfo vectors = FieldInfos.getMergedFieldInfos(s.getIndexReader()).fieldInfo(Schema.VECTOR);
            return new StoreStats(s.count(SearcherReads.kind(Schema.K_ARTICLE)), s.count(SearcherReads.kind(Schema.K_ENTITY)),
                    s.count(SearcherReads.kind(Schema.K_QUOTE)), s.count(SearcherReads.kind(Schema.K_STORY)), sum(s, Schema.CLAIMS),
                    s.count(SearcherReads.kind(Schema.K_REUSE)), s.count(SearcherReads.kind(Schema.K_COMMIT)),
                    vectors == null || vectors.getVectorDimension() == 0 ? OptionalInt.empty()
                            : OptionalInt.of(vectors.getVectorDimension()));
        });
    }

    private static long sum(IndexSearcher s, String field) throws IOException {
        long total = 0;
        for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
            NumericDocValues values = leaf.reader().getNumericDocValues(field);
            Bits live = leaf.reader().getLiveDocs();
            if (values == null) {
                continue;
            }
            for (int d = values.nextDoc(); d != NumericDocValues.NO_MORE_DOCS; d = values.nextDoc()) {
                if (live == null || live.get(d)) {
                    total += values.longValue();
                }
            }
        }
        return total;
    }

    @Override
    public List<CommitInfo> commits() {
        return read(s -> {
            int n = Math.max(1, s.count(SearcherReads.kind(Schema.K_COMMIT)));
            TopDocs top = s.search(SearcherReads.kind(Schema.K_COMMIT), n, new Sort(new SortField(Schema.SEQUENCE, SortField.Type.LONG)));
            Map<Long, CommitInfo> bySeq = new LinkedHashMap<>();
            for (Records.CommitRecord c : SearcherReads.records(s, top.scoreDocs, Records.CommitRecord.class)) {
                bySeq.put(c.sequence(), info(c));
            }
            return List.copyOf(bySeq.values());
        });
    }

    private void deleteNote() {
        try {
            Files.deleteIfExists(note);
        } catch (IOException e) {
            // a note left behind names a process that is gone, which WriterNote.read ignores
        }
    }

    @Override
    public List<String> notices() {
        return List.copyOf(notices);
    }

    @Override
    public synchronized void close() {
        try {
            searchers.close();
            if (writer != null) {
                writer.rollback();
                deleteNote();
            }
            directory.close();
        } catch (IOException e) {
            throw new StoreException("store " + location + ": cannot close: " + e.getMessage(), e);
        }
    }
}
