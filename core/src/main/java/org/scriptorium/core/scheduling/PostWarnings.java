package org.scriptorium.core.scheduling;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.publishing.Problem;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What will go wrong with a planned post, said before it does: its account is gone or must be connected again, its
 * sign-in expires before the post is due, or its network would refuse it. Pure: the calendar and the list show it.
 */
public final class PostWarnings {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private PostWarnings() {
    }

    public static List<String> of(ScheduledPost post, Optional<Account> account, List<Problem> problems, Instant now, ZoneId zone) {
        List<String> warnings = new ArrayList<>();
        if (post.status() != PostStatus.SCHEDULED && post.status() != PostStatus.DRAFT) {
            return warnings;
        }
        if (account.isEmpty()) {
            warnings.add("Its account was disconnected: connect it again or move the post to another account.");
            return warnings;
        }
        Account a = account.get();
        if (a.statusAt(now) == AccountStatus.NEEDS_REAUTHORIZATION) {
            warnings.add(a.network().label() + " needs the account to be connected again before it can publish.");
        } else if (post.scheduledAt() != null && a.expiresAt() != null && !a.expiresAt().isAfter(post.scheduledAt())) {
            warnings.add("The " + a.network().label() + " sign-in expires " + DAY.format(a.expiresAt().atZone(zone))
                    + ", before this post is due: connect the account again.");
        }
        problems.forEach(p -> warnings.add(p.message()));
        return warnings;
    }
}
