package org.scriptorium.core.drafts;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.store.IdPrefix;
import org.scriptorium.core.store.Ids;
import org.scriptorium.core.store.TextIndex;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Everything a creator does with drafts. Safe to call from any thread; every call is one transaction,
 * and writes are serialised so an autosave and a rename never race on the same row.
 */
public final class DraftService implements AutoCloseable {
    public static final int MAX_TITLE_LENGTH = 500;
    private static final int SEARCH_LIMIT = 500;
    private static final int REINDEX_BATCH = 200;

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final Path indexFolder;
    private final DraftRepository repository = new DraftRepository();
    private final WriteLock writes = new WriteLock();
    private final Object indexGuard = new Object();
    private volatile Runnable betweenIndexLocks = () -> { };
    private TextIndex index;

    public DraftService(SessionFactory sessions, Clock clock, UUID deviceId, Path indexFolder) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
        this.indexFolder = indexFolder;
    }

    public DraftDocument create(NewDraft draft) {
        return create(Ids.newId(), draft, null);
    }

    /** Creates a draft with a known id (an import from another machine keeps its identity). */
    DraftDocument create(UUID id, NewDraft draft, Instant createdAt) {
        String title = validTitle(draft.title());
        return write(session -> {
            Instant now = clock.instant();
            Draft entity = new Draft(id, title, draft.body(), draft.status(), createdAt != null ? createdAt : now, deviceId);
            if (createdAt != null) {
                entity.touch(now, deviceId);
            }
            replaceTags(session, entity, draft.tags());
            session.persist(entity);
            session.flush();
            return DraftDocument.of(entity);
        });
    }

    public DraftDocument get(UUID id) {
        return sessions.fromTransaction(session -> DraftDocument.of(live(session, id)));
    }

    public boolean exists(UUID id) {
        return sessions.fromTransaction(session -> repository.find(session, id).isPresent());
    }

    /** Accepts a whole id or a unique prefix of at least six characters, as a CLI user types it. */
    public UUID resolveId(String text) {
        return IdPrefix.resolve(text, "drafts", () -> sessions.fromTransaction(repository::allIds), DraftNotFound::new);
    }

    public DraftDocument update(UUID id, DraftChanges changes) {
        String title = changes.title() == null ? null : validTitle(changes.title());
        return write(session -> {
            Draft draft = live(session, id);
            boolean changed = false;
            if (title != null && !title.equals(draft.getTitle())) {
                draft.setTitle(title);
                changed = true;
            }
            if (changes.body() != null && !changes.body().equals(draft.getBody())) {
                draft.setBody(changes.body());
                changed = true;
            }
            if (changes.status() != null && changes.status() != draft.getStatus()) {
                draft.setStatus(changes.status());
                changed = true;
            }
            if (changes.tags() != null && !normalisedTags(changes.tags()).equals(new HashSet<>(lower(draft.tagNames())))) {
                replaceTags(session, draft, changes.tags());
                changed = true;
            }
            if (changed) {
                draft.touch(clock.instant(), deviceId);
                session.flush();
            }
            return DraftDocument.of(draft);
        });
    }

    public DraftDocument rename(UUID id, String title) {
        return update(id, DraftChanges.title(title));
    }

    public DraftDocument saveBody(UUID id, String body) {
        return update(id, DraftChanges.body(body));
    }

    public DraftDocument setStatus(UUID id, DraftStatus status) {
        return update(id, DraftChanges.status(status));
    }

    public DraftDocument setTags(UUID id, List<String> tags) {
        return update(id, DraftChanges.tags(tags));
    }

    /** Sets the day a draft is planned to be published, or clears it with null. */
    public DraftDocument planPublishing(UUID id, LocalDate on) {
        return write(session -> {
            Draft draft = live(session, id);
            if (!Objects.equals(on, draft.getPlannedOn())) {
                draft.setPlannedOn(on);
                draft.touch(clock.instant(), deviceId);
                session.flush();
            }
            return DraftDocument.of(draft);
        });
    }

    /** The drafts outside the trash planned for a day from {@code from} to {@code to}, both included. */
    public List<PlannedDraft> planned(LocalDate from, LocalDate to) {
        return sessions.fromTransaction(session -> repository.planned(session, from, to));
    }

    /** Moves a draft to the trash; it keeps everything and can be restored. */
    public DraftDocument trash(UUID id) {
        return write(session -> {
            Draft draft = live(session, id);
            if (draft.getTrashedAt() == null) {
                Instant now = clock.instant();
                draft.setTrashedAt(now);
                draft.touch(now, deviceId);
                session.flush();
            }
            return DraftDocument.of(draft);
        });
    }

    public DraftDocument restore(UUID id) {
        return write(session -> {
            Draft draft = live(session, id);
            if (draft.getTrashedAt() != null) {
                draft.setTrashedAt(null);
                draft.touch(clock.instant(), deviceId);
                session.flush();
            }
            return DraftDocument.of(draft);
        });
    }

    /** Deletes every draft in the trash for good (a tombstone stays for sync). Returns how many. */
    public int emptyTrash() {
        return writes.holding(() -> {
            List<UUID> buried = sessions.fromTransaction(session -> {
                List<UUID> ids = new ArrayList<>();
                for (DraftSummary summary : repository.summaries(session, DraftFilter.TRASH)) {
                    Draft draft = live(session, summary.id());
                    Instant now = clock.instant();
                    draft.bury(now);
                    draft.touch(now, deviceId);
                    ids.add(draft.getId());
                }
                return ids;
            });
            withIndexIfOpen(index -> index.removeAll(buried));
            return buried.size();
        });
    }

    public List<DraftSummary> list(DraftFilter filter) {
        return sessions.fromTransaction(session -> repository.summaries(session, filter));
    }

    /** Drafts whose title, text or tags hold every word of the query (words may be typed in part). */
    public List<DraftSummary> search(String query, DraftFilter filter) {
        if (query == null || query.isBlank()) {
            return list(filter);
        }
        List<UUID> ids = searchIndex().search(query, SEARCH_LIMIT);
        return sessions.fromTransaction(session -> repository.summaries(session, ids, filter));
    }

    /** How many drafts there are outside and inside the trash. */
    public DraftCounts counts() {
        return sessions.fromTransaction(repository::counts);
    }

    /** Tag names in use, with how many drafts outside the trash carry each. */
    public Map<String, Long> tags() {
        return sessions.fromTransaction(repository::tagCounts);
    }

    // ---- revisions ----

    /** Takes a snapshot unless the latest one already holds exactly this title and text. */
    public boolean snapshot(UUID id, RevisionReason reason) {
        return Boolean.TRUE.equals(sessions.fromTransaction(session -> {
            Draft draft = live(session, id);
            boolean unchanged = repository.latestRevision(session, id)
                    .map(last -> last.getBody().equals(draft.getBody()) && last.getTitle().equals(draft.getTitle()))
                    .orElse(false);
            if (unchanged) {
                return false;
            }
            session.persist(new DraftRevision(Ids.newId(), draft, reason, clock.instant(), deviceId));
            return true;
        }));
    }

    public List<RevisionSummary> revisions(UUID draftId) {
        return sessions.fromTransaction(session -> {
            live(session, draftId);
            return repository.revisions(session, draftId);
        });
    }

    /** Line diff from a revision to the draft's current text. */
    public List<DiffLine> diffAgainstCurrent(UUID draftId, UUID revisionId) {
        return sessions.fromTransaction(session -> {
            Draft draft = live(session, draftId);
            DraftRevision revision = revisionOf(session, draftId, revisionId);
            return DiffLine.between(revision.getBody(), draft.getBody());
        });
    }

    public String revisionBody(UUID draftId, UUID revisionId) {
        return sessions.fromTransaction(session -> revisionOf(session, draftId, revisionId).getBody());
    }

    /** Puts a revision's title and text back; the current text is snapshotted first so nothing is lost. */
    public DraftDocument restoreRevision(UUID draftId, UUID revisionId) {
        snapshot(draftId, RevisionReason.BEFORE_RESTORE);
        DraftRevision revision = sessions.fromTransaction(session -> revisionOf(session, draftId, revisionId));
        return update(draftId, new DraftChanges(revision.getTitle(), revision.getBody(), null, null));
    }

    // ---- search index upkeep ----

    /** Opens the search index and reconciles it with the database; call early, off the UI thread. */
    public void prepareSearch() {
        searchIndex();
    }

    // Opening takes the write lock before the index guard, as every save does, so a save while the index opens
    // waits its turn instead of holding the one lock the opening needs.
    private TextIndex searchIndex() {
        synchronized (indexGuard) {
            if (index != null) {
                return index;
            }
        }
        return writes.holding(() -> {
            betweenIndexLocks.run();
            synchronized (indexGuard) {
                if (index == null) {
                    TextIndex opened = TextIndex.open(indexFolder, IndexedDraft.FIELD_BOOSTS);
                    reconcile(opened);
                    index = opened;
                }
                return index;
            }
        });
    }

    private void reconcile(TextIndex target) {
        Map<UUID, Long> inDatabase = sessions.fromTransaction(repository::liveRevisions);
        Map<UUID, Long> inIndex = target.indexedRevisions();
        List<UUID> stale = inDatabase.entrySet().stream()
                .filter(e -> !Objects.equals(inIndex.get(e.getKey()), e.getValue()))
                .map(Map.Entry::getKey).toList();
        List<UUID> gone = inIndex.keySet().stream().filter(id -> !inDatabase.containsKey(id)).toList();
        for (int from = 0; from < stale.size(); from += REINDEX_BATCH) {
            List<UUID> batch = stale.subList(from, Math.min(stale.size(), from + REINDEX_BATCH));
            target.putAll(sessions.fromTransaction(session -> repository.findAll(session, batch).stream()
                    .map(d -> IndexedDraft.of(DraftDocument.of(d))).toList()));
        }
        target.removeAll(gone);
        if (!stale.isEmpty() || !gone.isEmpty()) {
            target.commit();
        }
    }

    private void withIndexIfOpen(java.util.function.Consumer<TextIndex> action) {
        synchronized (indexGuard) {
            if (index != null) {
                action.accept(index);
            }
        }
    }

    @Override
    public void close() {
        synchronized (indexGuard) {
            if (index != null) {
                index.commit();
                index.close();
                index = null;
            }
        }
    }

    // ---- internals ----

    /** What sync reads and writes of the drafts. */
    public DraftSyncPort syncPort() {
        return new DraftSyncPort(this, sessions, clock, deviceId);
    }

    /** A save made by sync: the same lock and index upkeep; a draft deleted for good leaves the index. */
    DraftDocument writeSynced(java.util.function.Function<Session, DraftDocument> work, boolean deleted) {
        if (!deleted) {
            return write(work);
        }
        return writes.holding(() -> {
            DraftDocument written = sessions.fromTransaction(work);
            withIndexIfOpen(index -> index.remove(written.id()));
            return written;
        });
    }

    void replaceTagsOf(Session session, Draft draft, List<String> names) {
        replaceTags(session, draft, names);
    }

    private DraftDocument write(java.util.function.Function<Session, DraftDocument> work) {
        return writes.holding(() -> {
            DraftDocument written = sessions.fromTransaction(work);
            withIndexIfOpen(index -> index.put(IndexedDraft.of(written)));
            return written;
        });
    }

    /** Test seam: runs while the index opens, between its two locks, so a test can line a save up against it. */
    void betweenIndexLocks(Runnable step) {
        this.betweenIndexLocks = step;
    }

    private Draft live(Session session, UUID id) {
        return repository.find(session, id).orElseThrow(() -> new DraftNotFound(id.toString()));
    }

    private DraftRevision revisionOf(Session session, UUID draftId, UUID revisionId) {
        DraftRevision revision = session.find(DraftRevision.class, revisionId);
        if (revision == null || !revision.getDraftId().equals(draftId) || revision.getDeletedAt() != null) {
            throw new DraftNotFound("revision", revisionId.toString());
        }
        return revision;
    }

    private void replaceTags(Session session, Draft draft, List<String> names) {
        Map<String, String> wanted = new LinkedHashMap<>();
        for (String name : names) {
            String clean = cleanTag(name);
            if (!clean.isEmpty()) {
                wanted.putIfAbsent(clean.toLowerCase(java.util.Locale.ROOT), clean);
            }
        }
        draft.tags().removeIf(tag -> !wanted.containsKey(tag.getName().toLowerCase(java.util.Locale.ROOT)));
        Set<String> present = new HashSet<>(lower(draft.tagNames()));
        for (var entry : wanted.entrySet()) {
            if (present.contains(entry.getKey())) {
                continue;
            }
            Tag tag = repository.findTag(session, entry.getValue()).orElseGet(() -> {
                Tag created = new Tag(Ids.newId(), entry.getValue(), clock.instant(), deviceId);
                session.persist(created);
                return created;
            });
            draft.tags().add(tag);
        }
    }

    private static Set<String> normalisedTags(List<String> names) {
        Set<String> set = new HashSet<>();
        for (String name : names) {
            String clean = cleanTag(name);
            if (!clean.isEmpty()) {
                set.add(clean.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return set;
    }

    private static List<String> lower(List<String> names) {
        return names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    /** Tags are single labels: "#Java " becomes "Java"; inner runs of spaces become one. */
    static String cleanTag(String name) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        while (clean.startsWith("#")) {
            clean = clean.substring(1).strip();
        }
        if (clean.length() > 100) {
            throw new InvalidInput("A tag can be at most 100 characters long.");
        }
        return clean;
    }

    private static String validTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("A draft needs a title.");
        }
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInput("A title can be at most " + MAX_TITLE_LENGTH + " characters long.");
        }
        return clean;
    }
}
