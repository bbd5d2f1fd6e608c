package org.scriptorium.core.research.documents;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.fetch.UrlCanonicalizer;
import org.scriptorium.core.research.text.MinHasher;
import org.scriptorium.core.research.text.NearDuplicateIndex;
import org.scriptorium.core.settings.SettingsRepository;
import org.scriptorium.core.store.IdPrefix;
import org.scriptorium.core.store.Ids;
import org.scriptorium.core.store.TextIndex;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps documents: exact duplicates (same canonical URL or same content) are stored once, near-duplicates
 * (the same story told by several outlets) are stored and grouped under the first one seen, and everything
 * is searchable. Any thread; writes are serialised.
 */
public final class DocumentStore implements AutoCloseable {
    public static final double DEFAULT_NEAR_DUPLICATE_THRESHOLD = NearDuplicateIndex.DEFAULT_THRESHOLD;
    static final String THRESHOLD_SETTING = "research.near-duplicate-threshold";
    private static final Map<String, Float> FIELD_BOOSTS = Map.of("title", 3f, "text", 1f);
    private static final int SEARCH_LIMIT = 200;

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final SettingsRepository settings;
    private final Path indexFolder;
    private final MinHasher hasher = MinHasher.standard();
    private final ReentrantLock writes = new ReentrantLock();
    private NearDuplicateIndex<UUID> nearDuplicates;
    private TextIndex textIndex;

    public DocumentStore(SessionFactory sessions, Clock clock, UUID deviceId, SettingsRepository settings, Path indexFolder) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.settings = settings;
        this.indexFolder = indexFolder;
    }

    /** Stores what is new among the documents a source brought, in one transaction. */
    public List<AddedDocument> addAll(UUID sourceId, List<IncomingDocument> incoming) {
        java.util.Map<UUID, List<IncomingDocument>> one = new java.util.HashMap<>();
        one.put(sourceId, incoming);
        return addAll(one).get(sourceId);
    }

    /**
     * Stores what several sources brought in one transaction: a poll commits in batches, since each commit
     * is a write to the database file. Keys may be null (documents research fetched from the web).
     */
    public java.util.Map<UUID, List<AddedDocument>> addAll(java.util.Map<UUID, List<IncomingDocument>> bySource) {
        writes.lock();
        try {
            NearDuplicateIndex<UUID> near = nearDuplicateIndex();
            Batch batch = new Batch();
            java.util.Map<UUID, List<AddedDocument>> results;
            try {
                results = sessions.fromTransaction(session -> {
                    // Lookups must not flush the batch's pending inserts each time: the batch checks itself in memory.
                    session.setHibernateFlushMode(org.hibernate.FlushMode.COMMIT);
                    java.util.Map<UUID, List<AddedDocument>> added = new java.util.HashMap<>();
                    bySource.forEach((sourceId, incoming) -> {
                        List<AddedDocument> outcomes = new ArrayList<>();
                        for (IncomingDocument document : incoming) {
                            outcomes.add(addOne(session, sourceId, document, near, batch));
                        }
                        added.put(sourceId, outcomes);
                    });
                    return added;
                });
            } catch (RuntimeException e) {
                nearDuplicates = null; // it may hold documents that were rolled back; rebuilt from the database on next use
                throw e;
            }
            // Searchable at once; made durable at close. What a crash loses is re-indexed from the database at the next open.
            textIndex().putAll(batch.stored.stream().map(DocumentStore::entry).toList());
            return results;
        } finally {
            writes.unlock();
        }
    }

    public AddedDocument add(UUID sourceId, IncomingDocument incoming) {
        return addAll(sourceId, List.of(incoming)).getFirst();
    }

    /** What one transaction has stored so far, so a batch finds its own duplicates without asking the database. */
    private static final class Batch {
        final java.util.Map<String, ResearchDocument> byUrl = new java.util.HashMap<>();
        final java.util.Map<String, ResearchDocument> byHash = new java.util.HashMap<>();
        final List<ResearchDocument> stored = new ArrayList<>();

        void add(ResearchDocument d) {
            byUrl.putIfAbsent(d.getCanonicalUrl(), d);
            byHash.putIfAbsent(d.getContentHash(), d);
            stored.add(d);
        }
    }

    private AddedDocument addOne(Session session, UUID sourceId, IncomingDocument in, NearDuplicateIndex<UUID> near, Batch batch) {
        String canonical = canonical(in.url());
        String text = in.contentText();
        String hash = sha256(normalised(text));
        ResearchDocument existing = batch.byUrl.get(canonical);
        if (existing == null) {
            existing = batch.byHash.get(hash);
        }
        if (existing == null) {
            // Two lookups, one per index: H2 answers an OR across two columns with a full scan.
            existing = session.createSelectionQuery(
                            "from ResearchDocument d where d.canonicalUrl = :url and d.deletedAt is null", ResearchDocument.class)
                    .setParameter("url", canonical).setMaxResults(1).getResultList().stream().findFirst()
                    .or(() -> session.createSelectionQuery(
                                    "from ResearchDocument d where d.contentHash = :hash and d.deletedAt is null", ResearchDocument.class)
                            .setParameter("hash", hash).setMaxResults(1).getResultList().stream().findFirst())
                    .orElse(null);
        }
        if (existing != null) {
            if ((in.points() != null || in.comments() != null)
                    && (!Objects.equals(existing.getPoints(), in.points()) || !Objects.equals(existing.getComments(), in.comments()))) {
                existing.updateEngagement(in.points(), in.comments());
                existing.touch(clock.instant(), deviceId);
            }
            return new AddedDocument(AddedDocument.Outcome.DUPLICATE, existing.getId(), existing.getNearDuplicateOf());
        }
        int[] signature = hasher.signature(text);
        UUID leader = near.matches(signature).stream().findFirst().orElse(null);
        // The same address makes the same id on every device, so two devices that fetch one article sync one document.
        UUID id = UUID.nameUUIDFromBytes(("research-document:" + canonical).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (session.find(ResearchDocument.class, id) != null) {
            id = Ids.newId(); // that one was deleted: this is a new document
        }
        ResearchDocument document = new ResearchDocument(id, sourceId, in, canonical, hash,
                Base64.getEncoder().encodeToString(MinHasher.toBytes(signature)), clock.instant(), deviceId);
        if (leader != null) {
            ResearchDocument head = session.find(ResearchDocument.class, leader);
            UUID groupLeader = head != null && head.getNearDuplicateOf() != null ? head.getNearDuplicateOf() : leader;
            document.setNearDuplicateOf(groupLeader);
        }
        session.persist(document);
        // Indexed at once so the rest of the batch sees it; a rolled-back batch drops the whole index (see addAll).
        near.add(document.getId(), signature);
        batch.add(document);
        return new AddedDocument(leader == null ? AddedDocument.Outcome.NEW : AddedDocument.Outcome.NEAR_DUPLICATE,
                document.getId(), document.getNearDuplicateOf());
    }

    public DocumentSummary get(UUID id) {
        return sessions.fromTransaction(session -> DocumentSummary.of(live(session, id)));
    }

    public DocumentText text(UUID id) {
        return sessions.fromTransaction(session -> toText(live(session, id)));
    }

    public List<DocumentText> texts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "from ResearchDocument d where d.id in :ids and d.deletedAt is null", ResearchDocument.class)
                .setParameter("ids", ids).getResultList().stream().map(DocumentStore::toText).toList());
    }

    public List<DocumentSummary> summaries(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "from ResearchDocument d where d.id in :ids and d.deletedAt is null", ResearchDocument.class)
                .setParameter("ids", ids).getResultList().stream().map(DocumentSummary::of)
                .sorted(java.util.Comparator.comparing(DocumentSummary::when).reversed()).toList());
    }

    /** Documents first seen or published since the instant, newest first. */
    public List<DocumentSummary> since(Instant since, int limit) {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "from ResearchDocument d where d.deletedAt is null and (d.publishedAt >= :since or (d.publishedAt is null and d.fetchedAt >= :since)) "
                        + "order by coalesce(d.publishedAt, d.fetchedAt) desc", ResearchDocument.class)
                .setParameter("since", since).setMaxResults(limit).getResultList().stream().map(DocumentSummary::of).toList());
    }

    public long count() {
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                "select count(d) from ResearchDocument d where d.deletedAt is null", Long.class).getSingleResult());
    }

    /** Full-text search over titles and texts, best first. */
    public List<DocumentSummary> search(String query) {
        List<UUID> ids = textIndex().search(query, SEARCH_LIMIT);
        Map<UUID, DocumentSummary> found = new java.util.HashMap<>();
        summaries(ids).forEach(d -> found.put(d.id(), d));
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    public UUID resolveId(String text) {
        return IdPrefix.resolve(text, "documents", () -> sessions.fromTransaction(session -> session.createSelectionQuery(
                "select d.id from ResearchDocument d where d.deletedAt is null", UUID.class).getResultList()), DocumentNotFound::new);
    }

    /** Keeps the article text fetched for a document (research fetches pages on demand). */
    public void attachArticle(UUID id, String text, String language) {
        writes.lock();
        try {
            ResearchDocument document = sessions.fromTransaction(session -> {
                ResearchDocument d = live(session, id);
                d.setArticle(text, language);
                d.touch(clock.instant(), deviceId);
                return d;
            });
            textIndex().put(entry(document));
        } finally {
            writes.unlock();
        }
    }

    public double threshold() {
        return settings.get(THRESHOLD_SETTING).map(Double::parseDouble).orElse(DEFAULT_NEAR_DUPLICATE_THRESHOLD);
    }

    /** Changes how alike two documents must be to count as one story, and regroups every document. */
    public void setThreshold(double threshold) {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new InvalidInput("The near-duplicate threshold is a similarity between 0 and 1 (e.g. 0.5); got " + threshold + ".");
        }
        writes.lock();
        try {
            settings.put(THRESHOLD_SETTING, Double.toString(threshold));
            nearDuplicates = null;
            regroup();
        } finally {
            writes.unlock();
        }
    }

    // Regroups in arrival order, so the first document of a story stays its group's head.
    private void regroup() {
        NearDuplicateIndex<UUID> fresh = new NearDuplicateIndex<>(hasher, threshold());
        sessions.inTransaction(session -> {
            for (ResearchDocument d : session.createSelectionQuery(
                    "from ResearchDocument d where d.deletedAt is null order by d.createdAt, d.id", ResearchDocument.class).getResultList()) {
                int[] signature = signatureOf(d.getMinhash());
                UUID match = fresh.matches(signature).stream().findFirst().orElse(null);
                UUID leader = null;
                if (match != null) {
                    ResearchDocument head = session.find(ResearchDocument.class, match);
                    leader = head.getNearDuplicateOf() != null ? head.getNearDuplicateOf() : match;
                }
                if (!Objects.equals(leader, d.getNearDuplicateOf())) {
                    d.setNearDuplicateOf(leader);
                    d.touch(clock.instant(), deviceId);
                }
                fresh.add(d.getId(), signature);
            }
        });
        nearDuplicates = fresh;
    }

    private NearDuplicateIndex<UUID> nearDuplicateIndex() {
        if (nearDuplicates == null) {
            NearDuplicateIndex<UUID> index = new NearDuplicateIndex<>(hasher, threshold());
            sessions.inTransaction(session -> session.createSelectionQuery(
                    "select d.id, d.minhash from ResearchDocument d where d.deletedAt is null", Object[].class).getResultList()
                    .forEach(row -> index.add((UUID) row[0], signatureOf((String) row[1]))));
            nearDuplicates = index;
        }
        return nearDuplicates;
    }

    private synchronized TextIndex textIndex() {
        if (textIndex == null) {
            TextIndex opened = TextIndex.open(indexFolder, FIELD_BOOSTS);
            Map<UUID, Long> inIndex = opened.indexedRevisions();
            sessions.inTransaction(session -> {
                List<ResearchDocument> all = session.createSelectionQuery(
                        "from ResearchDocument d where d.deletedAt is null", ResearchDocument.class).getResultList();
                List<TextIndex.Entry> stale = all.stream().filter(d -> !Objects.equals(inIndex.get(d.getId()), d.getRevision()))
                        .map(DocumentStore::entry).toList();
                java.util.Set<UUID> live = new java.util.HashSet<>();
                all.forEach(d -> live.add(d.getId()));
                opened.putAll(stale);
                opened.removeAll(inIndex.keySet().stream().filter(id -> !live.contains(id)).toList());
            });
            opened.commit();
            textIndex = opened;
        }
        return textIndex;
    }

    /** Other devices' documents arrived (sync): the indexes read the store again when next used. */
    public synchronized void changedElsewhere() {
        if (textIndex != null) {
            textIndex.commit();
            textIndex.close();
            textIndex = null;
        }
        nearDuplicates = null;
    }

    @Override
    public synchronized void close() {
        if (textIndex != null) {
            textIndex.commit();
            textIndex.close();
            textIndex = null;
        }
    }

    private static TextIndex.Entry entry(ResearchDocument d) {
        String body = (d.getSummary() == null ? "" : d.getSummary()) + "\n" + (d.getArticleText() == null ? "" : d.getArticleText());
        return new TextIndex.Entry(d.getId(), d.getRevision(), Map.of("title", d.getTitle(), "text", body));
    }

    private static DocumentText toText(ResearchDocument d) {
        String text = d.getArticleText() != null && !d.getArticleText().isBlank() ? d.getArticleText()
                : (d.getSummary() == null ? "" : d.getSummary());
        return new DocumentText(d.getId(), d.getTitle(), text);
    }

    private ResearchDocument live(Session session, UUID id) {
        ResearchDocument d = session.find(ResearchDocument.class, id);
        if (d == null || d.getDeletedAt() != null) {
            throw new DocumentNotFound(id.toString());
        }
        return d;
    }

    // Signatures are stored as Base64 text, which both databases hold as plain VARCHAR.
    private static int[] signatureOf(String stored) {
        return MinHasher.fromBytes(Base64.getDecoder().decode(stored));
    }

    static String canonical(String url) {
        try {
            return UrlCanonicalizer.canonical(URI.create(url)).toString();
        } catch (IllegalArgumentException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }

    private static String normalised(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
