package org.scriptorium.core.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.scriptorium.core.ScriptoriumException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A full-text index (Lucene, in the data directory) of rows that have an id, a revision and some text
 * fields. The database is the truth: the index is a cache its owner brings back in line with
 * {@link #indexedRevisions} after a crash or an edit made while it was closed.
 */
public final class TextIndex implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TextIndex.class);
    private static final String ID = "id";
    private static final String REVISION = "revision";
    private static final int PREFIX_MIN_LENGTH = 2;
    // Lucene warns on stderr (JUL) that the incubating Vector API is off; we use no vectors, and the CLI's stderr must stay clean.
    private static final java.util.logging.Logger VECTOR_LOG = java.util.logging.Logger.getLogger("org.apache.lucene.internal.vectorization");

    static {
        VECTOR_LOG.setLevel(java.util.logging.Level.SEVERE);
    }

    /** One row as the index sees it: its text by field name. */
    public record Entry(UUID id, long revision, Map<String, String> fields) {
    }

    private final Map<String, Float> fieldBoosts;
    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;

    private TextIndex(Map<String, Float> fieldBoosts, Directory directory, IndexWriter writer) throws IOException {
        this.fieldBoosts = Map.copyOf(fieldBoosts);
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Opens the index, starting afresh when the files are unreadable (it is only a cache).
     *
     * @param fieldBoosts the searched fields and how much a match in each counts
     */
    public static TextIndex open(Path folder, Map<String, Float> fieldBoosts) {
        try {
            return openIn(folder, fieldBoosts);
        } catch (IOException | RuntimeException first) {
            LOG.warn("Search index in {} is unreadable ({}); rebuilding it", folder, first.toString());
            try {
                deleteIndexFiles(folder);
                return openIn(folder, fieldBoosts);
            } catch (IOException second) {
                throw new ScriptoriumException("Cannot open the search index in " + folder + ": " + second.getMessage(), second);
            }
        }
    }

    private static TextIndex openIn(Path folder, Map<String, Float> fieldBoosts) throws IOException {
        Files.createDirectories(folder);
        Directory directory = FSDirectory.open(folder);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer(CharArraySet.EMPTY_SET))
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        try {
            return new TextIndex(fieldBoosts, directory, new IndexWriter(directory, config));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The revision of every row the index holds. */
    public Map<UUID, Long> indexedRevisions() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return revisionsIn(searcher.getIndexReader());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<UUID, Long> revisionsIn(IndexReader reader) throws IOException {
        Map<UUID, Long> revisions = new HashMap<>();
        for (LeafReaderContext context : reader.leaves()) {
            LeafReader leaf = context.reader();
            Bits live = leaf.getLiveDocs();
            StoredFields fields = leaf.storedFields();
            for (int doc = 0; doc < leaf.maxDoc(); doc++) {
                if (live == null || live.get(doc)) {
                    Document stored = fields.document(doc, Set.of(ID, REVISION));
                    revisions.put(UUID.fromString(stored.get(ID)), stored.getField(REVISION).numericValue().longValue());
                }
            }
        }
        return revisions;
    }

    public void put(Entry entry) {
        try {
            writer.updateDocument(new Term(ID, entry.id().toString()), toDocument(entry));
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void putAll(List<Entry> entries) {
        try {
            for (Entry entry : entries) {
                writer.updateDocument(new Term(ID, entry.id().toString()), toDocument(entry));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void remove(UUID id) {
        removeAll(List.of(id));
    }

    public void removeAll(List<UUID> ids) {
        try {
            for (UUID id : ids) {
                writer.deleteDocuments(new Term(ID, id.toString()));
            }
            searchers.maybeRefresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ids of matching rows, best first. Every word must match, as a word or the start of one. */
    public List<UUID> search(String text, int limit) {
        Query query = parse(text);
        if (query == null) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                StoredFields fields = searcher.storedFields();
                List<UUID> ids = new ArrayList<>();
                for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                    ids.add(UUID.fromString(fields.document(hit.doc, Set.of(ID)).get(ID)));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Query parse(String text) {
        List<String> words = words(text == null ? "" : text);
        if (words.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String word : words) {
            BooleanQuery.Builder anyField = new BooleanQuery.Builder();
            for (Map.Entry<String, Float> field : fieldBoosts.entrySet()) {
                float boost = field.getValue();
                anyField.add(new BoostQuery(new TermQuery(new Term(field.getKey(), word)), boost), BooleanClause.Occur.SHOULD);
                if (word.length() >= PREFIX_MIN_LENGTH) {
                    anyField.add(new BoostQuery(new PrefixQuery(new Term(field.getKey(), word)), boost / 2), BooleanClause.Occur.SHOULD);
                }
            }
            all.add(anyField.build(), BooleanClause.Occur.MUST);
        }
        return all.build();
    }

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream("query", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(term.toString());
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    private static Document toDocument(Entry entry) {
        Document doc = new Document();
        doc.add(new StringField(ID, entry.id().toString(), Field.Store.YES));
        doc.add(new StoredField(REVISION, entry.revision()));
        entry.fields().forEach((field, text) -> doc.add(new TextField(field, text == null ? "" : text, Field.Store.NO)));
        return doc;
    }

    /** Makes what was indexed durable; what is lost to a crash before this is redone by reconcile. */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try (directory; analyzer) {
            searchers.close();
            writer.close();
        } catch (IOException e) {
            LOG.warn("Search index did not close cleanly; it will be reconciled on next start", e);
        }
    }

    /** Lucene keeps an index in plain files; a folder inside is not the index's to delete. */
    private static void deleteIndexFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path file : paths.filter(Files::isRegularFile).toList()) {
                Files.delete(file);
            }
        }
    }
}
