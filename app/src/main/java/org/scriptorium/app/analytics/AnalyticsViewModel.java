package org.scriptorium.app.analytics;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.scriptorium.app.common.AreaMessage;
import org.scriptorium.app.common.TaskRunner;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.analytics.BestTimes;
import org.scriptorium.core.analytics.Snapshot;
import org.scriptorium.core.publishing.Publishing;
import org.scriptorium.core.scheduling.Scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The Analytics area: over a chosen period, for every account or one, what the published posts did (totals, engagement
 * day by day, the top posts), a chosen post's numbers as they grew, and for one account when its posts do best, which
 * can become its posting slots. Everything is read in the background; the numbers come from the snapshots the
 * recurring job takes (Refresh now reads them at once).
 */
public final class AnalyticsViewModel {
    /** The periods offered, in days. */
    public static final List<Integer> PERIODS = List.of(7, 30, 90);

    /** What the area shows for the period and account chosen. */
    public record Overview(int posts, long engagement, long reactions, long comments, long shares, List<Day> days, List<Row> top,
                           List<NetworkTotal> byNetwork) {
        static final Overview EMPTY = new Overview(0, 0, 0, 0, 0, List.of(), List.of(), List.of());
    }

    /** One network's posts in the period and their engagement together. */
    public record NetworkTotal(String network, int posts, long engagement) {
    }

    /** The engagement of the posts that went out on one day. */
    public record Day(LocalDate day, long engagement, int posts) {
    }

    /**
     * A post in the top list: its start, its account, when it went out and what it did; {@code note} is what its
     * network said of its numbers (not available with the account's permissions, and how to get them), or null.
     */
    public record Row(UUID postId, String text, String account, Instant publishedAt, long engagement, Long reactions, Long comments, Long shares,
                      Long views, String note) {
    }

    private final Analytics analytics;
    private final Publishing publishing;
    private final Scheduling scheduling;
    private final TaskRunner tasks;
    private final Clock clock;
    private final AreaMessage said = new AreaMessage();
    private final ObjectProperty<Integer> periodDays = new SimpleObjectProperty<>(30);
    private final ObjectProperty<Account> account = new SimpleObjectProperty<>();
    private final ObservableList<Account> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Overview> overview = new ReadOnlyObjectWrapper<>(Overview.EMPTY);
    private final ObjectProperty<Row> selectedPost = new SimpleObjectProperty<>();
    private final ObservableList<Snapshot> curve = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BestTimes.Result> bestTimes = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ZoneId> bestTimesZone = new ReadOnlyObjectWrapper<>();
    private final ObservableList<WorkResults.Row> byDraft = FXCollections.observableArrayList();
    private final ObservableList<WorkResults.Row> byTopic = FXCollections.observableArrayList();
    private org.scriptorium.core.drafts.DraftService drafts;
    private org.scriptorium.core.research.topics.TopicService topics;
    private long generation;

    public AnalyticsViewModel(Analytics analytics, Publishing publishing, Scheduling scheduling, TaskRunner tasks, Clock clock) {
        this.analytics = analytics;
        this.publishing = publishing;
        this.scheduling = scheduling;
        this.tasks = tasks;
        this.clock = clock;
        // A choice made before the area first loads (a remembered period) is read by that load, not by one of its own.
        periodDays.addListener((o, a, b) -> reload());
        account.addListener((o, a, b) -> reload());
        selectedPost.addListener((o, a, row) -> loadCurve(row));
    }

    public void setNotices(org.scriptorium.app.common.Notices notices) {
        said.showIn(notices);
    }

    /** Where the titles of drafts and topics come from, to tell what each one's posts did; without them only posts are shown. */
    public void setWork(org.scriptorium.core.drafts.DraftService drafts, org.scriptorium.core.research.topics.TopicService topics) {
        this.drafts = drafts;
        this.topics = topics;
    }

    private record Loaded(List<Account> accounts, Overview overview, BestTimes.Result best, ZoneId zone, List<Analytics.PostResult> results) {
    }

    private record Work(List<WorkResults.Row> byDraft, List<WorkResults.Row> byTopic) {
    }

    private void reload() {
        if (generation > 0) {
            load();
        }
    }

    /** Reads the period's numbers (and, for one account, its best times) in the background; the last request wins. */
    public void load() {
        long asked = ++generation;
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(periodDays.get()));
        Account chosen = account.get();
        ZoneId zone = clock.getZone();
        var draftService = drafts;
        var topicService = topics;
        tasks.run(() -> {
            List<Account> all = publishing.accounts().list();
            var results = analytics.results(from, to, chosen == null ? null : chosen.id());
            Map<UUID, Account> byId = new java.util.HashMap<>();
            all.forEach(a -> byId.put(a.id(), a));
            Overview shown = overview(results, byId, zone);
            BestTimes.Result best = null;
            ZoneId slotsZone = zone;
            if (chosen != null) {
                slotsZone = scheduling.slots(chosen.id()).map(org.scriptorium.core.scheduling.PostingSlots::zone).orElse(zone);
                best = analytics.bestTimes(chosen.id(), slotsZone, 3, 2);
            }
            return new Loaded(all, shown, best, slotsZone, results);
        }, loaded -> {
            if (asked != generation) {
                return; // a newer choice is on its way
            }
            if (!loaded.accounts().equals(accounts)) {
                accounts.setAll(loaded.accounts());
            }
            overview.set(loaded.overview());
            bestTimes.set(loaded.best());
            bestTimesZone.set(loaded.zone());
            loadWork(asked, loaded.results(), draftService, topicService);
        }, said::failure);
    }

    /** The same posts added up by draft and by topic: read after the charts are shown, which matter first. */
    private void loadWork(long asked, List<Analytics.PostResult> results, org.scriptorium.core.drafts.DraftService draftService,
                          org.scriptorium.core.research.topics.TopicService topicService) {
        tasks.run(() -> new Work(draftService == null ? List.of() : WorkResults.byDraft(results, draftService),
                topicService == null ? List.of() : WorkResults.byTopic(results, topicService)), work -> {
            if (asked == generation) {
                byDraft.setAll(work.byDraft());
                byTopic.setAll(work.byTopic());
            }
        }, said::failure);
    }

    static Overview overview(List<Analytics.PostResult> results, Map<UUID, Account> accounts, ZoneId zone) {
        TreeMap<LocalDate, long[]> byDay = new TreeMap<>();
        long reactions = 0;
        long comments = 0;
        long shares = 0;
        List<Row> rows = new ArrayList<>();
        for (Analytics.PostResult result : results) {
            long[] day = byDay.computeIfAbsent(result.publishedAt().atZone(zone).toLocalDate(), d -> new long[2]);
            day[0] += result.engagement();
            day[1]++;
            Snapshot latest = result.latest();
            if (latest != null) {
                reactions += n(latest.counts().reactions());
                comments += n(latest.counts().comments());
                shares += n(latest.counts().shares());
            }
            Account account = accounts.get(result.post().accountId());
            rows.add(new Row(result.post().id(), result.post().text().replaceAll("\\s+", " "),
                    account == null ? "a disconnected account" : account.network().label() + " · " + account.name(), result.publishedAt(),
                    result.engagement(), latest == null ? null : latest.counts().reactions(), latest == null ? null : latest.counts().comments(),
                    latest == null ? null : latest.counts().shares(), latest == null ? null : latest.counts().impressions(),
                    latest == null ? null : latest.detail()));
        }
        List<Day> days = new ArrayList<>();
        byDay.forEach((day, sums) -> days.add(new Day(day, sums[0], (int) sums[1])));
        List<NetworkTotal> byNetwork = new ArrayList<>();
        new TreeMap<>(org.scriptorium.core.analytics.ResultsByWork.byNetwork(results, id -> accounts.containsKey(id)
                ? accounts.get(id).network().label() : "A disconnected account"))
                .forEach((network, done) -> byNetwork.add(new NetworkTotal(network, done.posts(), done.engagement())));
        rows.sort(Comparator.comparingLong(Row::engagement).reversed().thenComparing(Row::publishedAt));
        return new Overview(results.size(), reactions + comments + shares + results.stream().mapToLong(r -> r.latest() == null ? 0
                : n(r.latest().counts().quotes())).sum(), reactions, comments, shares, days, List.copyOf(rows.subList(0, Math.min(20, rows.size()))),
                List.copyOf(byNetwork));
    }

    private static long n(Long count) {
        return count == null ? 0 : count;
    }

    private void loadCurve(Row row) {
        if (row == null) {
            curve.clear();
            return;
        }
        tasks.run(() -> analytics.of(row.postId()), snapshots -> {
            if (row.equals(selectedPost.get())) {
                curve.setAll(snapshots);
            }
        }, said::failure);
    }

    /** Reads every published post's numbers from the networks now, then shows them. */
    public void refreshNow() {
        Account chosen = account.get();
        tasks.run(() -> analytics.refresh(chosen == null ? null : chosen.id(), false, () -> false), done -> {
            if (done.problems().isEmpty()) {
                said.info("Read the numbers of " + done.measured() + (done.measured() == 1 ? " post." : " posts."));
            } else {
                said.error(String.join(" ", done.problems()));
            }
            load();
        }, said::failure);
    }

    /** Writes what the shown period's posts did, every snapshot, to {@code file}: CSV or JSON by its name's ending. */
    public void export(java.nio.file.Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        String format = name.endsWith(".json") ? "json" : "csv";
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(periodDays.get()));
        Account chosen = account.get();
        tasks.run(() -> {
            java.nio.file.Files.writeString(file, analytics.export(format, from, to, chosen == null ? null : chosen.id()));
            return file;
        }, written -> said.info("Wrote " + written.getFileName() + "."), said::failure);
    }

    /** Makes the chosen account's best times its posting slots, in its queue's zone. */
    public void useBestTimesAsSlots() {
        Account chosen = account.get();
        BestTimes.Result best = bestTimes.get();
        ZoneId zone = bestTimesZone.get();
        if (chosen == null || best == null || best.best().isEmpty()) {
            said.info("Choose an account with enough measured posts first.");
            return;
        }
        String slots = best.slots(zone);
        tasks.run(() -> scheduling.setSlots(chosen.id(), slots, zone), saved -> said.info("Posting slots of " + chosen.name() + " are now "
                + saved.spec() + "."), said::failure);
    }

    public ObjectProperty<Integer> periodDaysProperty() {
        return periodDays;
    }

    /** The account shown; null for every account. */
    public ObjectProperty<Account> accountProperty() {
        return account;
    }

    public ObservableList<Account> accounts() {
        return accounts;
    }

    public ReadOnlyObjectProperty<Overview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ObjectProperty<Row> selectedPostProperty() {
        return selectedPost;
    }

    /** What each draft's posts in the period did, best first. */
    public ObservableList<WorkResults.Row> byDraft() {
        return byDraft;
    }

    /** What each topic's posts in the period did (through the drafts started from it), best first. */
    public ObservableList<WorkResults.Row> byTopic() {
        return byTopic;
    }

    /** The selected post's snapshots, oldest first. */
    public ObservableList<Snapshot> curve() {
        return curve;
    }

    /** For one account: when its posts do best (null while every account is shown). */
    public ReadOnlyObjectProperty<BestTimes.Result> bestTimesProperty() {
        return bestTimes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ZoneId> bestTimesZoneProperty() {
        return bestTimesZone.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyStringProperty messageProperty() {
        return said.property();
    }
}
