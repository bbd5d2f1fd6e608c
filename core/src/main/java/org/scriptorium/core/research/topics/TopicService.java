package org.scriptorium.core.research.topics;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.store.IdPrefix;
import org.scriptorium.core.store.Ids;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/** Topics written down by hand or found by discovery: list, open, rename, move through statuses, delete. */
public final class TopicService {
    public static final int MAX_TITLE_LENGTH = 500;

    private final SessionFactory sessions;
    private final Clock clock;
    private final UUID deviceId;
    private final ReentrantLock writes = new ReentrantLock();

    public TopicService(SessionFactory sessions, Clock clock, UUID deviceId) {
        this.sessions = sessions;
        this.clock = clock;
        this.deviceId = deviceId;
    }

    /** A topic the user writes down; it starts validated, since a person chose it. */
    public TopicSummary create(String title, SourceLabel label) {
        String clean = validTitle(title);
        return write(session -> {
            Topic topic = new Topic(Ids.newId(), clean, TopicOrigin.MANUAL, clock.instant(), deviceId);
            topic.describe(List.of(), List.of(), Set.of(), label == null ? SourceLabel.NONE : label);
            session.persist(topic);
            return TopicSummary.of(topic);
        });
    }

    public TopicSummary get(UUID id) {
        return sessions.fromTransaction(session -> TopicSummary.of(live(session, id)));
    }

    public List<TopicSummary> list(TopicFilter filter) {
        return list(filter, java.util.Map.of());
    }

    /**
     * The topics the filter keeps, in its order; {@link TopicFilter.TopicOrder#RESULTS} puts first the topics whose
     * drafts' posts did most ({@code pastEngagement} by topic id; what analytics measured), then by score.
     */
    public List<TopicSummary> list(TopicFilter filter, java.util.Map<UUID, Long> pastEngagement) {
        Comparator<TopicSummary> byScore = Comparator.comparingDouble((TopicSummary t) -> t.measures().score()).reversed()
                .thenComparing(TopicSummary::freshAt, Comparator.reverseOrder());
        Comparator<TopicSummary> order = switch (filter.order()) {
            case FRESHNESS -> Comparator.comparing(TopicSummary::freshAt).reversed();
            case RESULTS -> Comparator.comparingLong((TopicSummary t) -> pastEngagement.getOrDefault(t.id(), -1L)).reversed().thenComparing(byScore);
            case SCORE -> byScore;
            case PRIORITY -> Comparator.comparingInt(TopicSummary::priority).reversed().thenComparing(byScore);
            case TRENDING -> Comparator.comparing((TopicSummary t) -> t.fields().trending(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byScore);
            case DEMAND -> Comparator.comparing((TopicSummary t) -> t.fields().demand(), Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byScore);
        };
        return sessions.fromTransaction(session -> session.createSelectionQuery(
                        "from Topic t where t.deletedAt is null", Topic.class).getResultList().stream()
                .map(TopicSummary::of)
                .filter(t -> filter.status() == null || t.status() == filter.status())
                .filter(t -> filter.domain() == null || filter.domain().equalsIgnoreCase(Objects.toString(t.label().domain(), "")))
                .filter(t -> filter.intent() == null || t.fields().intent() == filter.intent())
                .filter(t -> filter.market() == null || filter.market().equalsIgnoreCase(Objects.toString(t.label().market(), "")))
                .sorted(order.thenComparing(TopicSummary::id))
                .toList());
    }

    /** Remembers that {@code draftId} was started from this topic (a draft has one topic; a later link replaces it). */
    public void linkDraft(UUID topicId, UUID draftId) {
        write(session -> {
            List<DraftTopic> links = session.createSelectionQuery("from DraftTopic l where l.draftId = :draft and l.deletedAt is null",
                    DraftTopic.class).setParameter("draft", draftId).getResultList();
            if (links.isEmpty()) {
                session.persist(new DraftTopic(Ids.newId(), draftId, topicId, clock.instant(), deviceId));
            } else { // the same row changes, so every device ends with one link whichever it hears of first
                links.getFirst().moveTo(topicId, clock.instant(), deviceId);
                links.subList(1, links.size()).forEach(extra -> extra.retire(clock.instant(), deviceId));
            }
            return null;
        });
    }

    /** The topic each draft was started from, by draft id. */
    public java.util.Map<UUID, UUID> draftTopics() {
        java.util.Map<UUID, UUID> links = new java.util.HashMap<>();
        sessions.inTransaction(session -> session.createSelectionQuery("from DraftTopic l where l.deletedAt is null", DraftTopic.class)
                .getResultList().forEach(link -> links.put(link.draftId(), link.topicId())));
        return links;
    }

    public UUID resolveId(String text) {
        return IdPrefix.resolve(text, "topics", () -> sessions.fromTransaction(session -> session.createSelectionQuery(
                "select t.id from Topic t where t.deletedAt is null", UUID.class).getResultList()), TopicNotFound::new);
    }

    public TopicSummary setStatus(UUID id, TopicStatus status) {
        return write(session -> {
            Topic topic = live(session, id);
            if (topic.getStatus() != status) {
                topic.setStatus(status);
                topic.touch(clock.instant(), deviceId);
            }
            return TopicSummary.of(topic);
        });
    }

    /** Moves a topic forward to the status, never back (research on a drafted topic keeps it drafted). */
    public TopicSummary advance(UUID id, TopicStatus atLeast) {
        return write(session -> {
            Topic topic = live(session, id);
            if (topic.getStatus().ordinal() < atLeast.ordinal()) {
                topic.setStatus(atLeast);
                topic.touch(clock.instant(), deviceId);
            }
            return TopicSummary.of(topic);
        });
    }

    /** Sets what the user decides of a topic: its intent and its priority (1–10; null goes back to the suggested one). */
    public TopicSummary plan(UUID id, SearchIntent intent, Integer priority) {
        if (priority != null && (priority < 1 || priority > 10)) {
            throw new InvalidInput("A priority is 1 (least) to 10 (most); got " + priority + ".");
        }
        return write(session -> {
            Topic topic = live(session, id);
            topic.plan(intent, priority);
            topic.touch(clock.instant(), deviceId);
            return TopicSummary.of(topic);
        });
    }

    /** What keyword research found: the intent it suggests (kept only while the user has set none), trend and demand. */
    public TopicSummary searched(UUID id, SearchIntent suggestedIntent, Double trending, Integer demand) {
        return write(session -> {
            Topic topic = live(session, id);
            topic.searched(suggestedIntent, trending, demand);
            topic.touch(clock.instant(), deviceId);
            return TopicSummary.of(topic);
        });
    }

    public TopicSummary rename(UUID id, String title) {
        String clean = validTitle(title);
        return write(session -> {
            Topic topic = live(session, id);
            topic.setTitle(clean);
            topic.touch(clock.instant(), deviceId);
            return TopicSummary.of(topic);
        });
    }

    /** Sets what the topic is about, for whom and in which language (domain/market/language). */
    public TopicSummary relabel(UUID id, SourceLabel label) {
        return write(session -> {
            Topic topic = live(session, id);
            if (!topic.label().equals(label)) {
                topic.relabel(label);
                topic.touch(clock.instant(), deviceId);
            }
            return TopicSummary.of(topic);
        });
    }

    public void delete(UUID id) {
        write(session -> {
            Topic topic = live(session, id);
            topic.remove(clock.instant());
            topic.touch(clock.instant(), deviceId);
            return null;
        });
    }

    /** Runs discovery's changes in one transaction, so a cancelled or failed run changes nothing. */
    <T> T write(Function<Session, T> work) {
        writes.lock();
        try {
            return sessions.fromTransaction(work);
        } finally {
            writes.unlock();
        }
    }

    Clock clock() {
        return clock;
    }

    UUID deviceId() {
        return deviceId;
    }

    Topic live(Session session, UUID id) {
        Topic topic = session.find(Topic.class, id);
        if (topic == null || topic.getDeletedAt() != null) {
            throw new TopicNotFound(id.toString());
        }
        return topic;
    }

    static String validTitle(String title) {
        String clean = title == null ? "" : title.strip();
        if (clean.isEmpty()) {
            throw new InvalidInput("A topic needs a title.");
        }
        if (clean.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInput("A topic title can be at most " + MAX_TITLE_LENGTH + " characters long.");
        }
        return clean;
    }
}
