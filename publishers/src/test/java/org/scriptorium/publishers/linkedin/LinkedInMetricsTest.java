package org.scriptorium.publishers.linkedin;

import mockwebserver3.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.analytics.Analytics;
import org.scriptorium.core.analytics.Snapshot;
import org.scriptorium.core.publishing.MetricsReader;
import org.scriptorium.core.scheduling.ScheduledPost;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What LinkedIn posts did, through the real client against LinkedIn's analytics finders, with and without the permission. */
class LinkedInMetricsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final List<String> WITH_ANALYTICS = List.of("openid", "profile", "w_member_social", "w_organization_social",
            "r_organization_admin", "r_organization_social", "r_member_postAnalytics");

    @TempDir
    Path dir;
    private final TestStudios.ManualClock clock = new TestStudios.ManualClock(NOW);
    private FakeLinkedIn linkedIn;
    private Studio studio;

    @BeforeEach
    void open() throws Exception {
        linkedIn = new FakeLinkedIn();
        studio = Studio.open(dir, clock);
        studio.publishing().endpoints().set(Network.LINKEDIN, "api", linkedIn.base());
        studio.publishing().endpoints().set(Network.LINKEDIN, "auth", linkedIn.base());
    }

    @AfterEach
    void close() {
        studio.close();
        linkedIn.close();
    }

    @Test
    void aMembersPostsAreReadMetricByMetricAndADeletedOneIsGone() {
        Account member = withScopes(LinkedInPublishTest.connectedMember(studio, NOW.plus(Duration.ofDays(50))), WITH_ANALYTICS);
        List<ScheduledPost> out = publish(member, 2);
        linkedIn.analytics.counts(urn(out.get(0)), 1_840, 1_210, 37, 6, 4); // the second post was deleted on LinkedIn
        clock.advance(Duration.ofHours(1));

        Analytics.Refresh refresh = studio.analytics().refresh(null, true, () -> false);

        assertThat(refresh.measured()).isEqualTo(1);
        assertThat(refresh.gone()).isEqualTo(1);
        assertThat(studio.analytics().of(out.get(0).id())).singleElement().satisfies(s -> {
            assertThat(s.counts().impressions()).isEqualTo(1_840);
            assertThat(s.counts().reach()).isEqualTo(1_210);
            assertThat(s.counts().reactions()).isEqualTo(37);
            assertThat(s.counts().comments()).isEqualTo(6);
            assertThat(s.counts().shares()).isEqualTo(4);
            assertThat(s.counts().quotes()).isNull(); // LinkedIn has no quotes: not available, not zero
        });
        assertThat(studio.analytics().of(out.get(1).id())).singleElement().extracting(Snapshot::state).isEqualTo(MetricsReader.State.GONE);
        var reads = linkedIn.requests("GET", "/rest/memberCreatorPostAnalytics");
        assertThat(reads).hasSize(5 + 1); // five metrics of the first; the second's first read said 404
        assertThat(reads.getFirst().getUrl().encodedQuery()).contains("entity=(share:urn%3Ali%3Ashare%3A");
        assertThat(reads).allSatisfy(r -> assertThat(r.getHeaders().get("LinkedIn-Version")).isNotBlank());
    }

    @Test
    void withoutThePermissionNothingIsAskedAndThePostSaysHowToGetIt() {
        Account member = LinkedInPublishTest.connectedMember(studio, NOW.plus(Duration.ofDays(50))); // openid, profile, w_member_social
        ScheduledPost post = publish(member, 1).getFirst();
        clock.advance(Duration.ofHours(1));

        Analytics.Refresh refresh = studio.analytics().refresh(null, true, () -> false);

        assertThat(refresh.unavailable()).isEqualTo(1);
        assertThat(linkedIn.requests("GET", "/rest/memberCreatorPostAnalytics")).isEmpty();
        assertThat(studio.analytics().of(post.id())).singleElement().satisfies(s -> {
            assertThat(s.state()).isEqualTo(MetricsReader.State.UNAVAILABLE);
            assertThat(s.detail()).contains("Not available with this account's permissions").contains("r_member_postAnalytics")
                    .contains("Community Management API");
        });
    }

    @Test
    void aRefusalFromLinkedInIsNotAvailableTooWhenTheGrantWasNotKnown() {
        Account member = withScopes(LinkedInPublishTest.connectedMember(studio, NOW.plus(Duration.ofDays(50))), List.of());
        ScheduledPost post = publish(member, 1).getFirst();
        linkedIn.analytics.forbid();
        clock.advance(Duration.ofHours(1));

        assertThat(studio.analytics().refresh(null, true, () -> false).unavailable()).isEqualTo(1);
        assertThat(studio.analytics().of(post.id())).singleElement().extracting(Snapshot::detail).asString().contains("r_member_postAnalytics");
    }

    @Test
    void aPagesPostsAreReadTogetherInOneCall() {
        Account member = LinkedInPublishTest.connectedMember(studio, NOW.plus(Duration.ofDays(50)));
        Account page = studio.publishing().accounts().save(new Account(null, Network.LINKEDIN, "Devtestco", "devtestco", FakeLinkedIn.ORGANIZATION,
                member.apiBase(), null, WITH_ANALYTICS, member.expiresAt(), AccountStatus.CONNECTED, null, null));
        studio.publishing().accounts().secrets().put(page.id(), org.scriptorium.core.accounts.AccountSecrets.Kind.ACCESS_TOKEN, FakeLinkedIn.ACCESS_TOKEN);
        List<ScheduledPost> out = publish(page, 3);
        for (int i = 0; i < 3; i++) {
            linkedIn.analytics.counts(urn(out.get(i)), 500 + i, 400 + i, 10 + i, 2, 1);
        }
        clock.advance(Duration.ofHours(1));

        Analytics.Refresh refresh = studio.analytics().refresh(null, true, () -> false);

        assertThat(refresh.measured()).isEqualTo(3);
        assertThat(refresh.calls()).isEqualTo(1);
        var reads = linkedIn.requests("GET", "/rest/organizationalEntityShareStatistics");
        assertThat(reads).singleElement().satisfies(r -> assertThat(r.getUrl().encodedQuery())
                .contains("organizationalEntity=urn%3Ali%3Aorganization%3A2414183").contains("shares=List(urn%3Ali%3Ashare%3A"));
        assertThat(studio.analytics().of(out.get(2).id())).singleElement().satisfies(s -> {
            assertThat(s.counts().impressions()).isEqualTo(502);
            assertThat(s.counts().reach()).isEqualTo(402);
            assertThat(s.counts().reactions()).isEqualTo(12);
        });
    }

    @Test
    void aThrottledReadStopsTheAccountsRoundAfterOneCall() {
        Account member = withScopes(LinkedInPublishTest.connectedMember(studio, NOW.plus(Duration.ofDays(50))), WITH_ANALYTICS);
        List<ScheduledPost> out = publish(member, 2);
        out.forEach(p -> linkedIn.analytics.counts(urn(p), 10, 8, 1, 0, 0));
        linkedIn.answerNext("GET /rest/memberCreatorPostAnalytics", new MockResponse.Builder().code(429).addHeader("Retry-After", "60")
                .body("{\"status\":429,\"message\":\"Resource level throttle APPLICATION MINUTE limit for calls to this resource is reached.\"}").build());
        clock.advance(Duration.ofHours(1));

        Analytics.Refresh refresh = studio.analytics().refresh(null, true, () -> false);

        assertThat(refresh.measured()).isZero();
        assertThat(refresh.problems()).singleElement().asString().contains("LinkedIn").contains("next round");
        assertThat(linkedIn.requests("GET", "/rest/memberCreatorPostAnalytics")).hasSize(1);
        assertThat(studio.analytics().refresh(null, true, () -> false).measured()).isEqualTo(2); // still due, read next round
    }

    private Account withScopes(Account account, List<String> scopes) {
        return studio.publishing().accounts().save(new Account(account.id(), account.network(), account.name(), account.handle(),
                account.externalId(), account.apiBase(), account.avatarUrl(), scopes, account.expiresAt(), account.status(), null, null));
    }

    private List<ScheduledPost> publish(Account account, int count) {
        List<ScheduledPost> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            clock.advance(Duration.ofSeconds(1));
            out.add(studio.scheduling().publishNow(account, "Notes from the workshop, part " + i, List.of()));
        }
        return out;
    }

    private String urn(ScheduledPost post) {
        return studio.scheduling().posts().get(post.id()).platformPostId();
    }
}
