package org.scriptorium.core.store;

import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.AccountStore;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.scheduling.PostStatus;
import org.scriptorium.core.scheduling.ScheduledPost;
import org.scriptorium.core.scheduling.SocialPosts;
import org.scriptorium.core.secrets.EncryptedFileSecretStore;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The same check on H2 and PostgreSQL: schema 6 takes a post held by its network and its hand-off in the log, and nothing unknown. */
final class HeldPostSchema {
    private HeldPostSchema() {
    }

    static void heldPostsFit(Database database, Path folder) throws SQLException {
        Clock clock = new StoreClock(Clock.systemUTC());
        UUID device = UUID.randomUUID();
        AccountStore accounts = new AccountStore(database.sessions(), clock, device,
                new AccountSecrets(() -> new EncryptedFileSecretStore(folder.resolve("secrets"))));
        Account page = accounts.save(new Account(null, Network.FACEBOOK, "Ada's Bakery", null, "101", URI.create("https://graph.facebook.com"),
                null, List.of(), null, AccountStatus.CONNECTED, null, null));
        SocialPosts posts = new SocialPosts(database.sessions(), clock, device);
        ScheduledPost post = posts.create(page.id(), null, "Held by Facebook", List.of(), null, Instant.now().plusSeconds(3600), ZoneId.of("UTC"));
        try (Connection connection = database.dataSource().getConnection()) {
            assertThat(update(connection, "UPDATE social_posts SET status = 'ON_PLATFORM', hand_off = TRUE WHERE id = ?", post.id())).isEqualTo(1);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_attempts (id, post_id, started_at, finished_at, outcome, "
                    + "response_id, created_at, updated_at, revision, device_id) VALUES (?, ?, ?, ?, 'HANDED_OFF', '101_9001', ?, ?, 1, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                insert.setObject(1, UUID.randomUUID());
                insert.setObject(2, post.id());
                insert.setTimestamp(3, now);
                insert.setTimestamp(4, now);
                insert.setTimestamp(5, now);
                insert.setTimestamp(6, now);
                insert.setObject(7, device);
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            assertThatThrownBy(() -> update(connection, "UPDATE social_posts SET status = 'ELSEWHERE' WHERE id = ?", post.id()))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(posts.get(post.id()).status()).isEqualTo(PostStatus.ON_PLATFORM);
        assertThat(posts.attempts(post.id())).singleElement().satisfies(a -> assertThat(a.responseId()).isEqualTo("101_9001"));
    }

    private static int update(Connection connection, String sql, UUID id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            return statement.executeUpdate();
        }
    }
}
