package org.scriptorium.publishers.linkedin;

import com.fasterxml.jackson.databind.JsonNode;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scriptorium.core.Studio;
import org.scriptorium.core.TestStudios;
import org.scriptorium.core.accounts.Account;
import org.scriptorium.core.accounts.AccountSecrets;
import org.scriptorium.core.accounts.AccountStatus;
import org.scriptorium.core.accounts.Network;
import org.scriptorium.core.publishing.OutgoingPost;
import org.scriptorium.core.publishing.PostImage;
import org.scriptorium.core.publishing.PublishException;
import org.scriptorium.core.publishing.PublishJob;
import org.scriptorium.core.publishing.Published;
import org.scriptorium.core.publishing.Publisher;
import org.scriptorium.core.publishing.PublishingContext;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Publishing to a LinkedIn member against a loopback LinkedIn: text, images, the refresh before expiry, a lost answer and reconciling. */
class LinkedInPublishTest {
    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final String MEMBER = "urn:li:person:" + FakeLinkedIn.MEMBER_SUB;

    @TempDir
    Path dir;
    private FakeLinkedIn linkedIn;
    private Studio studio;
    private Account account;

    @BeforeEach
    void open() throws IOException {
        linkedIn = new FakeLinkedIn();
        studio = Studio.open(dir, new TestStudios.ManualClock(NOW));
        studio.publishing().endpoints().set(Network.LINKEDIN, "api", linkedIn.base());
        studio.publishing().endpoints().set(Network.LINKEDIN, "auth", linkedIn.base());
        account = connectedMember(studio, NOW.plus(Duration.ofDays(50)));
    }

    @AfterEach
    void close() {
        studio.close();
        linkedIn.close();
    }

    /** A member as the connector leaves one: the account row, its token in the secret store, and the app's credentials. */
    static Account connectedMember(Studio studio, Instant expiresAt) {
        Account saved = studio.publishing().accounts().save(new Account(null, Network.LINKEDIN, "Ada Lovelace", null, MEMBER,
                studio.publishing().endpoints().api(Network.LINKEDIN), null, List.of("openid", "profile", "w_member_social"), expiresAt,
                AccountStatus.CONNECTED, null, null));
        AccountSecrets secrets = studio.publishing().accounts().secrets();
        secrets.put(saved.id(), AccountSecrets.Kind.ACCESS_TOKEN, FakeLinkedIn.ACCESS_TOKEN);
        secrets.putClientId(Network.LINKEDIN, FakeLinkedIn.CLIENT_ID);
        secrets.putClientSecret(Network.LINKEDIN, FakeLinkedIn.CLIENT_SECRET);
        return saved;
    }

    static PublishJob job(OutgoingPost post) {
        return new PublishJob(UUID.randomUUID(), UUID.randomUUID().toString(), NOW, post);
    }

    @Test
    void aTextPostGoesOutAsLinkedInsPostsApiExpectsIt() throws IOException {
        Published published = publisher().publish(job(OutgoingPost.text("Release day (finally): #Java 25 is out!")));

        assertThat(published.postId()).startsWith("urn:li:share:");
        assertThat(published.url()).isEqualTo(URI.create("https://www.linkedin.com/feed/update/" + published.postId() + "/"));
        RecordedRequest post = linkedIn.requests("POST", "/rest/posts").getFirst();
        assertThat(post.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeLinkedIn.ACCESS_TOKEN);
        assertThat(post.getHeaders().get("LinkedIn-Version")).isEqualTo("202511");
        assertThat(post.getHeaders().get("X-Restli-Protocol-Version")).isEqualTo("2.0.0");
        assertThat(post.getHeaders().get("Content-Type")).startsWith("application/json");
        JsonNode body = FakeLinkedIn.json(post);
        assertThat(body.path("author").asText()).isEqualTo(MEMBER);
        assertThat(body.path("commentary").asText()).isEqualTo("Release day \\(finally\\): {hashtag|\\#|Java} 25 is out!");
        assertThat(body.path("visibility").asText()).isEqualTo("PUBLIC");
        assertThat(body.path("distribution").path("feedDistribution").asText()).isEqualTo("MAIN_FEED");
        assertThat(body.path("distribution").path("targetEntities").isArray()).isTrue();
        assertThat(body.path("distribution").path("thirdPartyDistributionChannels").isArray()).isTrue();
        assertThat(body.path("lifecycleState").asText()).isEqualTo("PUBLISHED");
        assertThat(body.path("isReshareDisabledByAuthor").isBoolean()).isTrue();
        assertThat(body.has("content")).isFalse();
    }

    @Test
    void oneImageIsUploadedThenAttachedAsMedia() throws IOException {
        Path chart = image("chart.png", 40, 30);

        publisher().publish(job(new OutgoingPost("Our numbers", List.of(new PostImage(chart, "A bar chart of sales by month")), null, null)));

        RecordedRequest init = linkedIn.requests("POST", "/rest/images").getFirst();
        assertThat(init.getUrl().queryParameter("action")).isEqualTo("initializeUpload");
        assertThat(init.getHeaders().get("LinkedIn-Version")).isEqualTo("202511");
        assertThat(FakeLinkedIn.json(init).path("initializeUploadRequest").path("owner").asText()).isEqualTo(MEMBER);
        RecordedRequest upload = linkedIn.requests().stream().filter(r -> r.getMethod().equals("PUT")).findFirst().orElseThrow();
        assertThat(upload.getBody().toByteArray()).isEqualTo(Files.readAllBytes(chart));
        assertThat(upload.getHeaders().get("Authorization")).isEqualTo("Bearer " + FakeLinkedIn.ACCESS_TOKEN);
        String imageUrn = "urn:li:image:C4E" + upload.getUrl().pathSegments().getLast();

        JsonNode media = FakeLinkedIn.json(linkedIn.requests("POST", "/rest/posts").getFirst()).path("content").path("media");
        assertThat(media.path("id").asText()).isEqualTo(imageUrn);
        assertThat(media.path("altText").asText()).isEqualTo("A bar chart of sales by month");
        assertThat(indexOf("POST", "/rest/posts")).isGreaterThan(indexOf("PUT", upload.getUrl().encodedPath()));
    }

    @Test
    void severalImagesBecomeAMultiImagePostInTheirOrder() throws IOException {
        List<PostImage> images = List.of(new PostImage(image("a.png", 10, 10), "First"), new PostImage(image("b.jpg", 10, 10), "Second"),
                new PostImage(image("c.png", 10, 10), null));

        publisher().publish(job(new OutgoingPost("Three views", images, null, null)));

        List<String> uploaded = linkedIn.requests().stream().filter(r -> r.getMethod().equals("PUT"))
                .map(r -> "urn:li:image:C4E" + r.getUrl().pathSegments().getLast()).toList();
        assertThat(uploaded).hasSize(3);
        JsonNode list = FakeLinkedIn.json(linkedIn.requests("POST", "/rest/posts").getFirst()).path("content").path("multiImage").path("images");
        assertThat(list).hasSize(3);
        assertThat(list.get(0).path("id").asText()).isEqualTo(uploaded.get(0));
        assertThat(list.get(0).path("altText").asText()).isEqualTo("First");
        assertThat(list.get(1).path("id").asText()).isEqualTo(uploaded.get(1));
        assertThat(list.get(2).path("id").asText()).isEqualTo(uploaded.get(2));
        assertThat(list.get(2).has("altText")).isFalse();
    }

    @Test
    void aTimeoutAfterThePostWasSentIsAnUnknownOutcomeAndIsNotRetried() {
        linkedIn.answerNext("POST /rest/posts", new MockResponse.Builder().code(201).addHeader("x-restli-id", "urn:li:share:1")
                .headersDelay(3, TimeUnit.SECONDS).build());
        OkHttpClient impatient = new OkHttpClient.Builder().readTimeout(300, TimeUnit.MILLISECONDS).build();
        PublishingContext context = studio.publishing().context();
        Publisher publisher = new LinkedInPublisher(account,
                new PublishingContext(impatient, context.clock(), context.endpoints(), context.accounts()));

        assertThatThrownBy(() -> publisher.publish(job(OutgoingPost.text("Lost in transit"))))
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.OUTCOME_UNKNOWN))
                .hasMessageContaining("may or may not have been published");
        assertThat(linkedIn.requests("POST", "/rest/posts")).hasSize(1);
    }

    @Test
    void reconcileFindsThePostAnEarlierAttemptCreated() {
        String text = "Release day (finally): #Java 25 is out!";
        // Among the latest posts: another text, an older post with the same text (not this job's), then this job's.
        linkedIn.recentPosts("{\"elements\":[" + String.join(",",
                listed("urn:li:share:900", "Something else", NOW.plusSeconds(60)),
                listed("urn:li:share:100", LittleText.commentary(text), NOW.minus(Duration.ofDays(30))),
                listed("urn:li:share:801", LittleText.commentary(text), NOW.plusSeconds(5))) + "]}");

        Optional<Published> found = publisher().reconcile(job(OutgoingPost.text(text)));

        assertThat(found).contains(new Published("urn:li:share:801", URI.create("https://www.linkedin.com/feed/update/urn:li:share:801/")));
        RecordedRequest listing = linkedIn.requests("GET", "/rest/posts").getFirst();
        assertThat(listing.getTarget()).contains("author=urn%3Ali%3Aperson%3A" + FakeLinkedIn.MEMBER_SUB);
        assertThat(listing.getUrl().queryParameter("q")).isEqualTo("author");
        assertThat(listing.getUrl().queryParameter("count")).isEqualTo("20");
        assertThat(listing.getHeaders().get("X-RestLi-Method")).isEqualTo("FINDER");
        assertThat(listing.getHeaders().get("LinkedIn-Version")).isEqualTo("202511");
    }

    @Test
    void reconcileIsEmptyOnlyWhenTheListingAnsweredWithoutThePost() {
        linkedIn.recentPosts("{\"elements\":[" + listed("urn:li:share:900", "Something else", NOW) + "]}");
        assertThat(publisher().reconcile(job(OutgoingPost.text("Never sent")))).isEmpty();

        linkedIn.answerNext("GET /rest/posts", FakeLinkedIn.error(503, "{\"message\":\"Service Unavailable\",\"status\":503}"));
        assertThatThrownBy(() -> publisher().reconcile(job(OutgoingPost.text("Never sent"))))
                .isInstanceOfSatisfying(PublishException.class, e -> assertThat(e.kind()).isEqualTo(PublishException.Kind.RETRYABLE));
    }

    @Test
    void aTokenCloseToExpiryIsRenewedBeforePublishing() {
        studio.publishing().accounts().secrets().put(account.id(), AccountSecrets.Kind.REFRESH_TOKEN, FakeLinkedIn.REFRESH_TOKEN);
        Account expiring = studio.publishing().accounts().update(account.id(), a -> new Account(a.id(), a.network(), a.name(), a.handle(),
                a.externalId(), a.apiBase(), a.avatarUrl(), a.scopes(), NOW.plus(Duration.ofDays(3)), a.status(), null, a.owner()));

        new LinkedInPublisher(expiring, studio.publishing().context()).publish(job(OutgoingPost.text("Still here")));

        assertThat(FakeLinkedIn.form(linkedIn.requests("POST", "/oauth/v2/accessToken").getFirst()))
                .containsEntry("grant_type", "refresh_token").containsEntry("refresh_token", FakeLinkedIn.REFRESH_TOKEN)
                .containsEntry("client_id", FakeLinkedIn.CLIENT_ID).containsEntry("client_secret", FakeLinkedIn.CLIENT_SECRET);
        assertThat(linkedIn.requests("POST", "/rest/posts").getFirst().getHeaders().get("Authorization"))
                .isEqualTo("Bearer " + FakeLinkedIn.RENEWED_TOKEN);
        assertThat(studio.publishing().accounts().secrets().get(account.id(), AccountSecrets.Kind.ACCESS_TOKEN)).contains(FakeLinkedIn.RENEWED_TOKEN);
        assertThat(studio.publishing().accounts().find(account.id()).orElseThrow().expiresAt()).isEqualTo(NOW.plusSeconds(FakeLinkedIn.EXPIRES_IN));
    }

    @Test
    void aTokenFarFromExpiryIsUsedAsItIs() {
        studio.publishing().accounts().secrets().put(account.id(), AccountSecrets.Kind.REFRESH_TOKEN, FakeLinkedIn.REFRESH_TOKEN);

        publisher().publish(job(OutgoingPost.text("No renewal needed")));

        assertThat(linkedIn.requests("POST", "/oauth/v2/accessToken")).isEmpty();
    }

    private Publisher publisher() {
        return new LinkedInPublisher(account, studio.publishing().context());
    }

    private int indexOf(String method, String path) {
        List<RecordedRequest> all = linkedIn.requests();
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).getMethod().equals(method) && all.get(i).getUrl().encodedPath().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private Path image(String name, int width, int height) throws IOException {
        Path file = dir.resolve(name);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), name.endsWith(".jpg") ? "jpeg" : "png", file.toFile());
        return file;
    }

    /** A post as GET /rest/posts?q=author lists it. */
    private static String listed(String urn, String commentary, Instant createdAt) {
        return "{\"id\":\"" + urn + "\",\"author\":\"" + MEMBER + "\",\"commentary\":" + quoted(commentary)
                + ",\"lifecycleState\":\"PUBLISHED\",\"createdAt\":" + createdAt.toEpochMilli() + "}";
    }

    private static String quoted(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
