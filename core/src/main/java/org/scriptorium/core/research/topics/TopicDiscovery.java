package org.scriptorium.core.research.topics;

import org.scriptorium.core.Progress;
import org.scriptorium.core.research.documents.DocumentStore;
import org.scriptorium.core.research.documents.DocumentSummary;
import org.scriptorium.core.research.documents.DocumentText;
import org.scriptorium.core.research.sources.SourceLabel;
import org.scriptorium.core.research.sources.SourceService;
import org.scriptorium.core.research.sources.SourceSummary;
import org.scriptorium.core.research.text.ClusterInput;
import org.scriptorium.core.research.text.ClusterOptions;
import org.scriptorium.core.research.text.TopicCluster;
import org.scriptorium.core.research.text.TopicClusterer;
import org.scriptorium.core.store.Ids;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Groups recent documents into candidate topics, names and scores them, and recognises stories it found
 * before (by shared documents or shared key terms) so their growth can be measured and a user's edits kept.
 */
public final class TopicDiscovery {
    public static final Duration WINDOW = Duration.ofDays(7);
    private static final int MAX_DOCUMENTS = 2000;
    private static final double FRESHNESS_HALF_LIFE_HOURS = 36;

    private final TopicService topics;
    private final DocumentStore documents;
    private final SourceService sources;

    public TopicDiscovery(TopicService topics, DocumentStore documents, SourceService sources) {
        this.topics = topics;
        this.documents = documents;
        this.sources = sources;
    }

    /** What a discovery run did. */
    public record Result(List<TopicSummary> created, List<TopicSummary> updated, int documentsConsidered) {
        public List<TopicSummary> all() {
            List<TopicSummary> all = new ArrayList<>(created);
            all.addAll(updated);
            all.sort(Comparator.comparingDouble((TopicSummary t) -> t.measures().score()).reversed());
            return all;
        }
    }

    public Result discover(Progress progress) {
        Instant now = topics.clock().instant();
        progress.update(0, "Reading recent documents");
        List<DocumentSummary> recent = documents.since(now.minus(WINDOW), MAX_DOCUMENTS);
        Map<UUID, DocumentSummary> byId = recent.stream().collect(Collectors.toMap(DocumentSummary::id, Function.identity()));
        // A story syndicated by several outlets is one input to clustering; its copies still count as sources.
        Map<UUID, List<DocumentSummary>> stories = new HashMap<>();
        for (DocumentSummary d : recent) {
            UUID head = d.nearDuplicateOf() != null && byId.containsKey(d.nearDuplicateOf()) ? d.nearDuplicateOf() : d.id();
            stories.computeIfAbsent(head, k -> new ArrayList<>()).add(d);
        }
        progress.checkCancelled();
        Map<UUID, DocumentText> texts = documents.texts(stories.keySet()).stream()
                .collect(Collectors.toMap(DocumentText::id, Function.identity()));
        List<ClusterInput<UUID>> inputs = stories.keySet().stream().sorted()
                .filter(texts::containsKey)
                .map(id -> new ClusterInput<>(id, texts.get(id).title(), texts.get(id).text())).toList();
        progress.update(0.2, "Grouping " + inputs.size() + " stories into topics");
        List<TopicCluster<UUID>> clusters = new TopicClusterer().cluster(inputs, ClusterOptions.defaults());
        progress.checkCancelled();
        progress.update(0.8, "Scoring " + clusters.size() + " topics");
        Map<UUID, SourceLabel> labels = sources.list().stream().collect(Collectors.toMap(SourceSummary::id, SourceSummary::label));
        Result result = topics.write(session -> {
            List<Topic> known = session.createSelectionQuery("from Topic t where t.deletedAt is null and t.origin = :origin", Topic.class)
                    .setParameter("origin", TopicOrigin.DISCOVERED).getResultList();
            List<TopicSummary> created = new ArrayList<>();
            List<TopicSummary> updated = new ArrayList<>();
            Set<UUID> claimed = new HashSet<>();
            for (TopicCluster<UUID> cluster : clusters) {
                List<DocumentSummary> members = cluster.members().stream().flatMap(id -> stories.get(id).stream()).toList();
                Set<UUID> memberIds = members.stream().map(DocumentSummary::id).collect(Collectors.toSet());
                Set<String> fingerprint = fingerprintOf(cluster);
                Topic topic = match(known, claimed, memberIds, fingerprint);
                int before = topic == null ? 0 : topic.documentIds().size();
                boolean isNew = topic == null;
                if (isNew) {
                    topic = new Topic(Ids.newId(), truncate(cluster.name()), TopicOrigin.DISCOVERED, now, topics.deviceId());
                } else {
                    claimed.add(topic.getId());
                    memberIds.addAll(topic.documentIds());
                    members = new ArrayList<>(members);
                }
                topic.describe(cluster.keywords(), cluster.entities(), fingerprint, commonLabel(members, labels));
                topic.replaceDocuments(memberIds);
                topic.measure(measure(members, isNew ? 0 : before, memberIds.size(), now));
                if (isNew) {
                    session.persist(topic);
                    created.add(TopicSummary.of(topic));
                } else {
                    topic.touch(now, topics.deviceId());
                    updated.add(TopicSummary.of(topic));
                }
            }
            return new Result(created, updated, recent.size());
        });
        progress.update(1, "Found " + result.created().size() + " new topics, updated " + result.updated().size());
        return result;
    }

    private static Topic match(List<Topic> known, Set<UUID> claimed, Set<UUID> members, Set<String> fingerprint) {
        Topic best = null;
        double bestScore = 0;
        for (Topic topic : known) {
            if (claimed.contains(topic.getId())) {
                continue;
            }
            Set<UUID> had = topic.documentIds();
            long shared = had.stream().filter(members::contains).count();
            double overlap = had.isEmpty() ? 0 : (double) shared / Math.min(had.size(), members.size());
            double terms = jaccard(topic.fingerprint(), fingerprint);
            double score = Math.max(overlap, terms);
            if ((overlap >= 0.5 || terms >= 0.5) && score > bestScore) {
                best = topic;
                bestScore = score;
            }
        }
        return best;
    }

    static TopicMeasures measure(List<DocumentSummary> members, int documentsBefore, int documentsNow, Instant now) {
        Instant latest = members.stream().map(DocumentSummary::when).max(Comparator.naturalOrder()).orElse(now);
        double ageHours = Math.max(0, Duration.between(latest, now).toMinutes() / 60.0);
        double freshness = Math.pow(0.5, ageHours / FRESHNESS_HALF_LIFE_HOURS);
        int independent = (int) members.stream().map(DocumentSummary::sourceId).filter(Objects::nonNull).distinct().count();
        int engagement = members.stream().mapToInt(DocumentSummary::engagement).sum();
        double growth = documentsBefore == 0 ? 1.0 : (double) (documentsNow - documentsBefore) / documentsBefore;
        double score = TopicMeasures.parts(freshness, independent, engagement, growth, Duration.between(latest, now)).stream()
                .mapToDouble(TopicMeasures.Part::points).sum();
        return new TopicMeasures(Math.round(score * 10) / 10.0, freshness, independent, engagement, growth, documentsNow, latest, now);
    }

    private static Set<String> fingerprintOf(TopicCluster<UUID> cluster) {
        Set<String> terms = new HashSet<>();
        cluster.keywords().forEach(k -> terms.add(k.toLowerCase(Locale.ROOT)));
        cluster.entities().forEach(e -> terms.add(e.toLowerCase(Locale.ROOT)));
        return terms;
    }

    private static SourceLabel commonLabel(List<DocumentSummary> members, Map<UUID, SourceLabel> labels) {
        return members.stream().map(d -> labels.get(d.sourceId())).filter(Objects::nonNull).filter(l -> !l.isEmpty())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(SourceLabel.NONE);
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        long shared = a.stream().filter(b::contains).count();
        return (double) shared / (a.size() + b.size() - shared);
    }

    private static String truncate(String title) {
        String clean = title == null || title.isBlank() ? "Untitled topic" : title.strip();
        // Names built from keywords start in lower case ("bike lanes council vote"); a title starts with a capital.
        clean = clean.substring(0, 1).toUpperCase(Locale.ROOT) + clean.substring(1);
        return clean.length() <= TopicService.MAX_TITLE_LENGTH ? clean : clean.substring(0, TopicService.MAX_TITLE_LENGTH - 1) + "…";
    }
}
