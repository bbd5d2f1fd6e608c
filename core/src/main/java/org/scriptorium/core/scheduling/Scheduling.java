package org.scriptorium.core.scheduling;

import org.scriptorium.core.InvalidInput;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.Problem;
import org.scriptorium.core.publishing.Publishing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Planning and publishing social posts, built once by the Studio: the posts and their log, the engine, and the
 * checks a post passes before it is planned (its network's rules, an account that is connected).
 */
public final class Scheduling {
    private final SocialPosts posts;
    private final PublishEngine engine;
    private final Publishing publishing;
    private final Clock clock;

    private final org.scriptorium.core.settings.SettingsRepository settings;
    private final PostAlerts alerts;
    private final LinkTagging tagging;

    public Scheduling(SocialPosts posts, Publishing publishing, Clock clock, PublishEngine.Policy policy,
                      org.scriptorium.core.settings.SettingsRepository settings) {
        this(posts, publishing, clock, policy, settings, new LinkTagging(settings, draft -> java.util.Optional.empty(),
                draft -> java.util.Optional.empty()));
    }

    /** {@code tagging}: how each account's links are tagged for the creator's web analytics (UTM), applied when a post is planned or edited. */
    public Scheduling(SocialPosts posts, Publishing publishing, Clock clock, PublishEngine.Policy policy,
                      org.scriptorium.core.settings.SettingsRepository settings, LinkTagging tagging) {
        this.tagging = tagging;
        this.settings = settings;
        this.posts = posts;
        this.publishing = publishing;
        this.clock = clock;
        this.engine = new PublishEngine(posts, clock, publishing.accounts(), publishing::publisher,
                () -> policy.withPublishIfLateBy(catchUpWindow().orElse(policy.publishIfLateBy())), PublishEngine.CrashPoints.NONE);
        this.alerts = new PostAlerts(posts, publishing.accounts(), settings, clock);
    }

    static final String CATCH_UP_SETTING = "publish.catch-up";
    static final java.time.Duration LONGEST_CATCH_UP = java.time.Duration.ofDays(7);
    /** Rounds run every half minute and may wait behind a feed poll: a shorter window would miss posts sent on time. */
    static final java.time.Duration SHORTEST_CATCH_UP = java.time.Duration.ofMinutes(15);

    /** How late a post that came due while the app was closed may still go out, when the user has chosen it. */
    public java.util.Optional<java.time.Duration> catchUpWindow() {
        return settings.get(CATCH_UP_SETTING).map(java.time.Duration::parse);
    }

    /** The user's catch-up policy: later than this, a post is marked missed for them to decide. */
    public void setCatchUpWindow(java.time.Duration late) {
        if (late.compareTo(SHORTEST_CATCH_UP) < 0 || late.compareTo(LONGEST_CATCH_UP) > 0) {
            throw new InvalidInput("A late post may go out from 15 minutes to 7 days late; got " + LateWindow.format(late) + ".");
        }
        settings.put(CATCH_UP_SETTING, late.toString());
    }

    public SocialPosts posts() {
        return posts;
    }

    /** UTM tagging of links, per account. */
    public LinkTagging tagging() {
        return tagging;
    }

    public PublishEngine engine() {
        return engine;
    }

    /** Each account's posts waiting to go out, in order, and reordering them. */
    public PostQueue queue() {
        return new PostQueue(posts, clock);
    }

    /** Plans a post for the next free slot of its account's queue. */
    public ScheduledPost addToQueue(Account account, UUID draftId, String text, List<PostImage> media, String firstComment) {
        return plan(account, draftId, text, media, firstComment, nextQueueSlot(account));
    }

    /** Failed and missed posts to tell the user about, each once. */
    public PostAlerts alerts() {
        return alerts;
    }

    /** Plans a post (a draft when {@code when} is null) after checking it against the account's network. */
    public ScheduledPost plan(Account account, UUID draftId, String text, List<PostImage> media, String firstComment, PlannedTime when) {
        String sent = tagging.tag(account, draftId, text);
        requireValid(account, new OutgoingPost(sent, media, firstComment, null));
        return posts.create(account.id(), draftId, sent, media, firstComment, when == null ? null : when.instant(), when == null ? null : when.zone());
    }

    /**
     * Plans a post and hands it to its network at once. Everything the network would refuse (it cannot hold posts, the
     * time is too soon or too far, a first comment it cannot hold) is refused before anything is stored; if only the
     * hand-off call fails, the post stays planned here and {@link HandOffFailed} says so.
     */
    public ScheduledPost planOnPlatform(Account account, UUID draftId, String text, List<PostImage> media, String firstComment, PlannedTime when) {
        if (when == null) {
            throw new InvalidInput("A post handed to its network needs a time.");
        }
        if (!holdsPosts(account)) {
            throw new InvalidInput(account.network().label() + " cannot hold a post until its time; plan it without handing it off, "
                    + "and Scriptorium sends it then.");
        }
        List<Problem> problems = publishing.validate(account, new OutgoingPost(tagging.tag(account, draftId, text), media, firstComment, when.instant()));
        if (!problems.isEmpty()) {
            throw new InvalidInput(account.network().label() + " would not hold the post: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
        return handOff(plan(account, draftId, text, media, firstComment, when).id());
    }

    /**
     * Plans one text for several accounts at once, each at the time {@code when} gives it (one moment for all, or
     * each account's next queue slot). Every account's network checks the post first; when any would refuse it,
     * nothing is planned and the refusal names each account and why. A first comment goes only where the network
     * takes one.
     */
    public List<ScheduledPost> planEach(List<Account> accounts, UUID draftId, String text, List<PostImage> media, String firstComment,
                                        java.util.function.Function<Account, PlannedTime> when) {
        if (accounts.isEmpty()) {
            throw new InvalidInput("Choose at least one account to post to.");
        }
        List<String> refusals = new java.util.ArrayList<>();
        List<SocialPosts.NewPost> planned = new java.util.ArrayList<>();
        for (Account account : accounts) {
            String comment = publishing.publisher(account).capabilities().firstComment() ? firstComment : null;
            String sent = tagging.tag(account, draftId, text); // each account's links carry its own network as the source
            List<Problem> problems = publishing.validate(account, new OutgoingPost(sent, media, comment, null));
            if (!problems.isEmpty()) {
                refusals.add(account.network().label() + " (" + account.name() + "): "
                        + String.join(" ", problems.stream().map(Problem::message).toList()));
                continue;
            }
            planned.add(new SocialPosts.NewPost(account.id(), draftId, sent, media, comment, when.apply(account)));
        }
        if (!refusals.isEmpty()) {
            throw new InvalidInput("Nothing was planned; " + (refusals.size() == 1 ? "one network" : refusals.size() + " networks")
                    + " would refuse the post. " + String.join(" ", refusals));
        }
        return posts.createAll(planned);
    }

    /** How close together the same text to the same account counts as sent twice. */
    public static final java.time.Duration SAME_TEXT_WINDOW = java.time.Duration.ofMinutes(10);

    /**
     * Publishes a post now, through the same door as every planned post: it is stored as a post planned for now, with
     * its publish log, and the engine sends it at once (intent first, then the call, then the result), so it shows in
     * Posts whatever happens and is never sent twice by a retry. Refused before anything is stored when its network
     * would refuse it. Returns the post as it ended this attempt: published, retrying later, or failed with the reason.
     */
    public ScheduledPost publishNow(Account account, String text, List<PostImage> media) {
        String sent = tagging.tag(account, null, text);
        requireValid(account, new OutgoingPost(sent, media, null, null));
        ScheduledPost planned = posts.create(account.id(), null, sent, media, null, clock.instant(), clock.getZone());
        engine.publishNow(planned.id());
        return posts.get(planned.id());
    }

    /**
     * A post with the same text for the same account that went out, or is going out, within
     * {@link #SAME_TEXT_WINDOW} of now: sending it again is probably a double click.
     */
    public java.util.Optional<ScheduledPost> sameTextRecently(UUID accountId, String text) {
        java.time.Instant now = clock.instant();
        String wanted = text == null ? "" : text.strip();
        return posts.list(now.minus(SAME_TEXT_WINDOW), now.plus(SAME_TEXT_WINDOW), null).stream()
                .filter(p -> p.accountId().equals(accountId) && p.text().strip().equals(wanted))
                .filter(p -> p.status() == PostStatus.PUBLISHED || p.status() == PostStatus.PUBLISHING || p.status() == PostStatus.SCHEDULED
                        || p.status() == PostStatus.ON_PLATFORM)
                .findFirst();
    }

    /**
     * Send now, for a post already in Posts: a planned one moves to now, a failed, missed or cancelled one is sent
     * again; the next round (which the caller starts) publishes it. A post its network holds is moved there instead.
     */
    public ScheduledPost sendNow(UUID postId) {
        ScheduledPost post = posts.get(postId);
        if (post.status() == PostStatus.ON_PLATFORM) {
            throw new InvalidInput("It is held by its network until its time; move it there, or cancel it and send it from here.");
        }
        return post.status() == PostStatus.SCHEDULED || post.status() == PostStatus.DRAFT
                ? posts.reschedule(postId, clock.instant(), post.zone())
                : posts.retry(postId);
    }

    /** A new text for a post not yet out, checked again against its network. */
    public ScheduledPost edit(UUID postId, String text, List<PostImage> media, String firstComment) {
        ScheduledPost post = posts.get(postId);
        Account account = publishing.accounts().find(post.accountId()).orElseThrow(() -> new InvalidInput("The post's account was disconnected."));
        String sent = tagging.tag(account, post.draftId(), text);
        requireValid(account, new OutgoingPost(sent, media, firstComment, null));
        return posts.edit(postId, sent, media, firstComment);
    }

    /** Whether the account's network can hold a post until its time, so a post handed to it goes out with this computer off. */
    public boolean holdsPosts(Account account) {
        try {
            return engine.holdsPosts(account);
        } catch (InvalidInput networkNotInThisBuild) {
            return false;
        }
    }

    /**
     * Hands a planned post to its network, which publishes it at its time itself.
     *
     * @throws HandOffFailed when the network does not hold it (the post stays planned here) or it is not known yet
     */
    public ScheduledPost handOff(UUID postId) {
        return engine.handOff(postId);
    }

    /** Moves a post that has not gone out; one its network holds is moved there first, and only here when it agreed. */
    public ScheduledPost reschedule(UUID postId, java.time.Instant at, java.time.ZoneId zone) {
        return posts.get(postId).status() == PostStatus.ON_PLATFORM ? engine.moveHeld(postId, at, zone) : posts.reschedule(postId, at, zone);
    }

    /** Cancels a post that has not gone out; one its network holds is deleted there first, and only cancelled here when it agreed. */
    public ScheduledPost cancel(UUID postId) {
        return posts.get(postId).status() == PostStatus.ON_PLATFORM ? engine.cancelHeld(postId) : posts.cancel(postId);
    }

    /** The posts planned between two instants (either may be null) as "ics", "csv" or "json". */
    public String export(String format, java.time.Instant from, java.time.Instant to) {
        List<ScheduledPost> planned = posts.list(from, to, null);
        java.util.Map<UUID, Account> accounts = publishing.accounts().list().stream()
                .collect(java.util.stream.Collectors.toMap(Account::id, a -> a));
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ics" -> ScheduleExport.ics(planned, accounts, clock.instant());
            case "csv" -> ScheduleExport.csv(planned, accounts);
            case "json" -> ScheduleExport.json(planned, accounts);
            default -> throw new InvalidInput("Export as ics, csv or json; got \"" + format + "\".");
        };
    }

    /** Plans every post of a CSV or JSON file, each checked first; all of them, or none with every row's problem. */
    public List<ScheduledPost> importPosts(String content, String fileName) {
        List<ScheduleImport.Planned> planned = new ScheduleImport(publishing.accounts()::get, publishing::validate, clock).read(content, fileName);
        return posts.createAll(planned.stream().map(ScheduleImport.Planned::post).toList());
    }

    /** The account's posting slots, if it has any. */
    public java.util.Optional<PostingSlots> slots(UUID accountId) {
        return settings.get("queue." + accountId).map(stored -> {
            int bar = stored.lastIndexOf('|');
            return PostingSlots.parse(stored.substring(0, bar), java.time.ZoneId.of(stored.substring(bar + 1)));
        });
    }

    public PostingSlots setSlots(UUID accountId, String spec, java.time.ZoneId zone) {
        PostingSlots slots = PostingSlots.parse(spec, zone);
        settings.put("queue." + accountId, slots.spec() + "|" + zone.getId());
        return slots;
    }

    /** The next slot of the account's queue no scheduled post has yet. */
    public PlannedTime nextQueueSlot(Account account) {
        PostingSlots slots = slots(account.id()).orElseThrow(() -> new InvalidInput("The account has no posting slots yet; set them with "
                + "`scriptorium queue slots ACCOUNT --set \"Mon-Fri 09:00,17:00\"`."));
        java.util.Set<java.time.Instant> taken = new java.util.HashSet<>();
        posts.list(clock.instant(), null, null).stream()
                .filter(p -> p.accountId().equals(account.id()) && p.status() != PostStatus.CANCELLED)
                .forEach(p -> taken.add(p.scheduledAt()));
        java.time.Instant at = slots.nextFree(clock.instant(), taken);
        return new PlannedTime(at, slots.zone(), null);
    }

    /**
     * What will go wrong with a planned post, before it does (see {@link PostWarnings}). {@code accounts} are the
     * connected accounts by id, read once by the caller for all the posts it shows.
     */
    public List<String> warnings(ScheduledPost post, java.util.Map<UUID, Account> accounts) {
        if (post.status() != PostStatus.SCHEDULED && post.status() != PostStatus.DRAFT) {
            return List.of(); // out, failed or cancelled: nothing ahead to warn about, and no check to run
        }
        java.util.Optional<Account> account = java.util.Optional.ofNullable(accounts.get(post.accountId()));
        List<Problem> problems = List.of();
        if (account.isPresent()) {
            try {
                problems = publishing.validate(account.get(), new OutgoingPost(post.text(), post.media(), post.firstComment(), null));
            } catch (InvalidInput networkNotInThisBuild) {
                problems = List.of();
            }
        }
        return PostWarnings.of(post, account, problems, clock.instant(), clock.getZone());
    }

    private void requireValid(Account account, OutgoingPost post) {
        List<Problem> problems = publishing.validate(account, post);
        if (!problems.isEmpty()) {
            throw new InvalidInput(account.network().label() + " would refuse the post: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
    }
}
