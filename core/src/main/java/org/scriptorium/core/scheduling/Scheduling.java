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

    public Scheduling(SocialPosts posts, Publishing publishing, Clock clock, PublishEngine.Policy policy) {
        this.posts = posts;
        this.publishing = publishing;
        this.clock = clock;
        this.engine = new PublishEngine(posts, clock, publishing.accounts(), publishing::publisher, policy, PublishEngine.CrashPoints.NONE);
    }

    public SocialPosts posts() {
        return posts;
    }

    public PublishEngine engine() {
        return engine;
    }

    /** Plans a post (a draft when {@code when} is null) after checking it against the account's network. */
    public ScheduledPost plan(Account account, UUID draftId, String text, List<PostImage> media, String firstComment, PlannedTime when) {
        requireValid(account, new OutgoingPost(text, media, firstComment, null));
        return posts.create(account.id(), draftId, text, media, firstComment, when == null ? null : when.instant(), when == null ? null : when.zone());
    }

    /** A new text for a post not yet out, checked again against its network. */
    public ScheduledPost edit(UUID postId, String text, List<PostImage> media, String firstComment) {
        ScheduledPost post = posts.get(postId);
        requireValid(publishing.accounts().find(post.accountId()).orElseThrow(() -> new InvalidInput("The post's account was disconnected.")),
                new OutgoingPost(text, media, firstComment, null));
        return posts.edit(postId, text, media, firstComment);
    }

    /** The posts planned between two instants (either may be null) as "ics", "csv" or "json". */
    public String export(String format, java.time.Instant from, java.time.Instant to) {
        List<ScheduledPost> planned = posts.list(from, to, null);
        java.util.Map<UUID, Account> accounts = publishing.accounts().list().stream()
                .collect(java.util.stream.Collectors.toMap(Account::id, a -> a));
        return switch (format == null ? "" : format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "ics" -> ScheduleExport.ics(planned, accounts);
            case "csv" -> ScheduleExport.csv(planned, accounts);
            case "json" -> ScheduleExport.json(planned, accounts);
            default -> throw new InvalidInput("Export as ics, csv or json; got \"" + format + "\".");
        };
    }

    /** Plans every post of a CSV or JSON file, each checked first; all of them, or none with every row's problem. */
    public List<ScheduledPost> importPosts(String content, String fileName) {
        List<ScheduleImport.Planned> planned = new ScheduleImport(publishing.accounts()::get, publishing::validate, clock).read(content, fileName);
        return posts.createAll(planned);
    }

    private void requireValid(Account account, OutgoingPost post) {
        List<Problem> problems = publishing.validate(account, post);
        if (!problems.isEmpty()) {
            throw new InvalidInput(account.network().label() + " would refuse the post: "
                    + String.join(" ", problems.stream().map(Problem::message).toList()));
        }
    }
}
